/**
 * Uploading a case attachment: checked first in the browser (size and type, the same limits as
 * the server), then sent as multipart with the CSRF token through XMLHttpRequest so the page
 * can show how far the upload has come. Failures are ApiErrors with the server's words.
 */
import { apiErrorFrom, type ApiError } from '../../api/api-error';
import { api, apiUrl } from '../../api/client';
import { CASE_LIMITS, type AttachmentMeta } from '../../../shared/cases.contract';

/** The file types the server accepts (docs/decisions/004). */
export const ALLOWED_EXTENSIONS = [
  'pdf',
  'docx',
  'xlsx',
  'pptx',
  'png',
  'jpg',
  'jpeg',
  'txt',
  'csv',
];

/** Why a file is refused before upload (an i18n key under `cases:attachments`). */
export type FileProblem =
  { code: 'tooLarge'; maxMb: number } | { code: 'typeNotAllowed' } | { code: 'empty' };

/** The problem with a file, or null when it may be sent. */
export function fileProblem(file: { name: string; size: number }): FileProblem | null {
  const extension = file.name.includes('.') ? (file.name.split('.').pop() ?? '').toLowerCase() : '';
  if (!ALLOWED_EXTENSIONS.includes(extension)) return { code: 'typeNotAllowed' };
  if (file.size === 0) return { code: 'empty' };
  if (file.size > CASE_LIMITS.attachmentBytes)
    return { code: 'tooLarge', maxMb: Math.round(CASE_LIMITS.attachmentBytes / (1024 * 1024)) };
  return null;
}

/** A size in Danish or English words: "1,2 MB", "340 kB". */
export function formatSize(bytes: number, locale: string): string {
  const kb = bytes / 1024;
  if (kb < 1024) return `${Math.max(1, Math.round(kb)).toLocaleString(locale)} kB`;
  return `${(kb / 1024).toLocaleString(locale, { maximumFractionDigits: 1 })} MB`;
}

function parse(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}

/** Uploads `file` to a case; `onProgress` gets 0–100. Rejects with an ApiError. */
export async function uploadAttachment(
  caseId: string,
  file: File,
  onProgress: (percent: number) => void,
): Promise<AttachmentMeta> {
  const { token } = await api.get<{ token: string }>('/auth/csrf');
  const form = new FormData();
  form.append('file', file, file.name);
  return new Promise<AttachmentMeta>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', apiUrl(`/cases/${encodeURIComponent(caseId)}/attachments`));
    xhr.setRequestHeader('x-csrf-token', token);
    xhr.setRequestHeader('accept', 'application/json');
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress((event.loaded / event.total) * 100);
    };
    xhr.onload = () => {
      const body = parse(xhr.responseText);
      if (xhr.status >= 200 && xhr.status < 300) resolve(body as AttachmentMeta);
      else reject(apiErrorFrom(xhr.status, body) satisfies ApiError);
    };
    xhr.onerror = () => reject(apiErrorFrom(0, null));
    xhr.send(form);
  });
}
