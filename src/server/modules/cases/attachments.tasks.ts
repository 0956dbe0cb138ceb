/**
 * The worker task of attachments: measuring an Office archive (DOCX/XLSX/PPTX are ZIP files) for
 * the zip-bomb guard means inflating up to `ARCHIVE_LIMITS.maxUncompressedBytes`, pure CPU work
 * that runs on the worker pool. The verdict (which limit is broken) is made by the caller.
 */
import { Unzip, UnzipInflate, unzipSync } from 'fflate';
import { createInlinePool, taskCaller, type WorkerPool } from '../../platform/worker-pool';

/** What the guard needs to know of an archive. */
export interface ArchiveMeasure {
  /** False when the archive cannot be read at all. */
  readable: boolean;
  entries: number;
  /** The uncompressed size the central directory declares. */
  declaredBytes: number;
  /** The size actually inflated (null when not inflated: too many entries or declared too large). */
  inflatedBytes: number | null;
}

/** The actual uncompressed size, counted while inflating; stops just past the cap. */
function inflatedSize(content: Uint8Array, cap: number): number {
  let total = 0;
  const unzip = new Unzip((file) => {
    file.ondata = (err, chunk) => {
      if (err) throw err;
      total += chunk.length;
      if (total > cap) file.terminate();
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  try {
    unzip.push(content, true);
  } catch {
    return Number.POSITIVE_INFINITY;
  }
  return total;
}

/** Reads the declared sizes in the central directory, then inflates with a hard cap. */
function measureArchive(input: {
  content: Uint8Array;
  maxEntries: number;
  maxUncompressedBytes: number;
}): ArchiveMeasure {
  let entries = 0;
  let declaredBytes = 0;
  try {
    unzipSync(input.content, {
      filter: (file) => {
        entries += 1;
        declaredBytes += file.originalSize;
        return false;
      },
    });
  } catch {
    return { readable: false, entries, declaredBytes, inflatedBytes: null };
  }
  const cap = input.maxUncompressedBytes;
  if (entries > input.maxEntries || declaredBytes > cap)
    return { readable: true, entries, declaredBytes, inflatedBytes: null };
  return {
    readable: true,
    entries,
    declaredBytes,
    inflatedBytes: inflatedSize(input.content, cap),
  };
}

/** The attachment tasks, by name (see `src/server/worker-tasks.ts`). */
export const ATTACHMENT_TASKS = { 'archive.measure': measureArchive } as const;

/** Runs an attachment task on a pool. */
export const runAttachmentTask = taskCaller(ATTACHMENT_TASKS);

/** The tasks run inline (for callers without a pool). */
export const INLINE_ATTACHMENT_POOL: WorkerPool = createInlinePool(ATTACHMENT_TASKS);
