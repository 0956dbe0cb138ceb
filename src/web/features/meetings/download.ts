/**
 * Downloading a file from the API (documents, calendar files, attachments): fetched with the
 * session, so a failure shows as a message instead of a saved error page, then offered to the
 * browser under the server's file name.
 */
import { apiErrorFrom } from '../../api/api-error';
import { apiUrl } from '../../api/client';

/** The file name in a Content-Disposition header (RFC 6266, `filename*` preferred). */
export function fileNameFrom(header: string | null, fallback: string): string {
  if (!header) return fallback;
  const star = /filename\*\s*=\s*UTF-8''([^;]+)/i.exec(header);
  if (star?.[1]) {
    try {
      return decodeURIComponent(star[1].trim());
    } catch {
      // A malformed encoding: fall through to the plain name.
    }
  }
  const plain = /filename\s*=\s*"?([^";]+)"?/i.exec(header);
  return plain?.[1]?.trim() || fallback;
}

/** Offers `blob` as a download named `fileName`. */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * Fetches `/api{path}` and saves it; throws an ApiError (with the server's words) on failure.
 * Returns the file name used.
 */
export async function downloadFromApi(path: string, fallbackName: string): Promise<string> {
  let response: Response;
  try {
    response = await fetch(apiUrl(path), { credentials: 'same-origin' });
  } catch {
    throw apiErrorFrom(0, null);
  }
  if (!response.ok) {
    const text = await response.text();
    let body: unknown = null;
    try {
      body = JSON.parse(text) as unknown;
    } catch {
      body = null;
    }
    throw apiErrorFrom(response.status, body);
  }
  const blob = await response.blob();
  const name = fileNameFrom(response.headers.get('content-disposition'), fallbackName);
  saveBlob(blob, name);
  return name;
}
