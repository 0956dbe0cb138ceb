/**
 * Upload checks for case attachments (ASVS 5.2.1–5.2.3): a size limit, an allowlist of types
 * checked by extension AND by content (magic bytes, `file-type`), text files that really are
 * text, and a zip-bomb guard for the Office formats (DOCX/XLSX/PPTX are ZIP archives): the
 * entry count and the uncompressed size, both as declared and as actually inflated. Inflating is
 * CPU work, done on the worker pool when the caller has one (attachments.tasks.ts).
 */
import { fileTypeFromBuffer } from 'file-type';
import { CASE_LIMITS } from '../../../shared/cases.contract';
import type { AppError } from '../../platform/errors';
import type { WorkerPool } from '../../platform/worker-pool';
import { INLINE_ATTACHMENT_POOL, runAttachmentTask } from './attachments.tasks';
import { appError } from './texts';

/** Zip-bomb limits of the Office formats. */
export interface ArchiveLimits {
  /** The most entries a document may hold. */
  maxEntries: number;
  /** The most a document may unpack to, declared or actual. */
  maxUncompressedBytes: number;
}

/** The limits in force (a real 15 MB DOCX holds a few hundred entries and unpacks to < 100 MB). */
export const ARCHIVE_LIMITS: ArchiveLimits = {
  maxEntries: 2_000,
  maxUncompressedBytes: 200 * 1024 * 1024,
};

interface AllowedType {
  mediaType: string;
  /** What `file-type` must detect; null for plain text, which has no magic bytes. */
  detected: string | null;
  archive: boolean;
}

/** The allowlist, by lower-case extension. */
export const ALLOWED_TYPES: Readonly<Record<string, AllowedType>> = {
  pdf: { mediaType: 'application/pdf', detected: 'pdf', archive: false },
  docx: {
    mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    detected: 'docx',
    archive: true,
  },
  xlsx: {
    mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    detected: 'xlsx',
    archive: true,
  },
  pptx: {
    mediaType: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
    detected: 'pptx',
    archive: true,
  },
  png: { mediaType: 'image/png', detected: 'png', archive: false },
  jpg: { mediaType: 'image/jpeg', detected: 'jpg', archive: false },
  jpeg: { mediaType: 'image/jpeg', detected: 'jpg', archive: false },
  txt: { mediaType: 'text/plain; charset=utf-8', detected: null, archive: false },
  csv: { mediaType: 'text/csv; charset=utf-8', detected: null, archive: false },
};

/** A file name safe to store and to put in a header: no path, no control characters. */
export function safeFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  const clean = base
    .normalize('NFC')
    .replace(/[\p{Cc}\p{Cf}"]/gu, '')
    .trim();
  return (clean === '' ? 'bilag' : clean).slice(0, 200);
}

/** The lower-case extension of a file name ('' when none). */
export function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot <= 0 ? '' : name.slice(dot + 1).toLowerCase();
}

/** Control characters allowed in text files: tab, line feed, form feed, carriage return. */
const TEXT_CONTROLS = new Set([0x09, 0x0a, 0x0c, 0x0d]);

/** True for UTF-8 text without NUL or other control characters than tab, LF, FF and CR. */
function isPlainText(content: Buffer): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(content);
  } catch {
    return false;
  }
  return content.every((byte) => (byte >= 0x20 && byte !== 0x7f) || TEXT_CONTROLS.has(byte));
}

/** A ZIP archive's local file header signature. */
const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

const mb = (bytes: number) => Math.round(bytes / (1024 * 1024));

/** Checks the declared sizes in the central directory, then inflates with a hard cap. */
async function checkArchive(
  content: Buffer,
  limits: ArchiveLimits,
  workers: WorkerPool,
): Promise<AppError | null> {
  const measure = await runAttachmentTask(workers, 'archive.measure', {
    content,
    maxEntries: limits.maxEntries,
    maxUncompressedBytes: limits.maxUncompressedBytes,
  });
  if (!measure.readable) return appError('unprocessable', 'cases', 'attachments.archiveInvalid');
  if (measure.entries > limits.maxEntries) {
    return appError('unprocessable', 'cases', 'attachments.archiveTooManyEntries', {
      max: limits.maxEntries,
    });
  }
  const tooLarge = appError('unprocessable', 'cases', 'attachments.archiveTooLarge', {
    maxMb: mb(limits.maxUncompressedBytes),
  });
  const inflated = measure.inflatedBytes ?? Number.POSITIVE_INFINITY;
  return measure.declaredBytes > limits.maxUncompressedBytes ||
    inflated > limits.maxUncompressedBytes
    ? tooLarge
    : null;
}

/** A checked upload: the stored name and media type. */
export interface CheckedFile {
  fileName: string;
  mediaType: string;
}

/**
 * Checks an upload; throws a 4xx problem+json error when it must be refused. The archive guard
 * inflates on `workers` (default inline).
 */
export async function checkUpload(
  fileName: string,
  content: Buffer,
  limits: ArchiveLimits = ARCHIVE_LIMITS,
  workers: WorkerPool = INLINE_ATTACHMENT_POOL,
): Promise<CheckedFile> {
  const name = safeFileName(fileName);
  if (content.length === 0) throw appError('unprocessable', 'cases', 'attachments.empty');
  if (content.length > CASE_LIMITS.attachmentBytes) {
    throw appError('payloadTooLarge', 'cases', 'attachments.tooLarge', {
      maxMb: mb(CASE_LIMITS.attachmentBytes),
    });
  }
  const extension = extensionOf(name);
  const allowed = ALLOWED_TYPES[extension];
  if (!allowed) throw appError('unsupportedMediaType', 'cases', 'attachments.typeNotAllowed');
  const mismatch = () =>
    appError('unsupportedMediaType', 'cases', 'attachments.contentMismatch', { extension });
  if (allowed.archive) {
    // The bomb guard runs before anything else inflates the archive (file-type reads entries).
    if (!content.subarray(0, 4).equals(ZIP_MAGIC)) throw mismatch();
    const refused = await checkArchive(content, limits, workers);
    if (refused) throw refused;
  }
  const detected = await fileTypeFromBuffer(content);
  const matches =
    allowed.detected === null
      ? detected === undefined && isPlainText(content)
      : detected?.ext === allowed.detected;
  if (!matches) throw mismatch();
  return { fileName: name, mediaType: allowed.mediaType };
}
