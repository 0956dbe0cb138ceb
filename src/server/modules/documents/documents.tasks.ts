/**
 * The worker tasks of documents: rendering a document model (plain texts, see
 * documents.model.ts) as DOCX or PDF is pure CPU work, so it runs on the worker pool. Reading
 * the agenda for the viewer stays on the main thread; only the finished model crosses over.
 */
import { createInlinePool, taskCaller, type WorkerPool } from '../../platform/worker-pool';
import type { MeetingDocument } from './documents.model';
import { renderDocx } from './docx.render';
import { renderPdf } from './pdf.render';

/** The file formats. */
export type DocumentFormat = 'docx' | 'pdf';

async function renderTask(input: {
  doc: MeetingDocument;
  format: DocumentFormat;
}): Promise<Uint8Array> {
  return input.format === 'docx' ? renderDocx(input.doc) : renderPdf(input.doc);
}

/** The document tasks, by name (see `src/server/worker-tasks.ts`). */
export const DOCUMENT_TASKS = { 'document.render': renderTask } as const;

/** Runs a document task on a pool. */
export const runDocumentTask = taskCaller(DOCUMENT_TASKS);

/** The tasks run inline (for callers without a pool). */
export const INLINE_DOCUMENT_POOL: WorkerPool = createInlinePool(DOCUMENT_TASKS);

/** The rendered bytes as a Buffer (a worker's Buffer arrives as a plain Uint8Array). */
export function asBuffer(bytes: Uint8Array): Buffer {
  return Buffer.isBuffer(bytes)
    ? bytes
    : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
