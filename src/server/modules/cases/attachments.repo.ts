/** The queries of case attachments. Listing never reads the content column. */
import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import type { AttachmentMeta } from '../../../shared/cases.contract';
import type { Db } from '../../db/client';
import { caseAttachments } from './cases.table';

const META = {
  id: caseAttachments.id,
  caseId: caseAttachments.caseId,
  fileName: caseAttachments.fileName,
  mediaType: caseAttachments.mediaType,
  sizeBytes: caseAttachments.sizeBytes,
  sha256: caseAttachments.sha256,
  uploadedBy: caseAttachments.uploadedBy,
  uploadedAt: caseAttachments.uploadedAt,
};

type MetaRow = {
  [K in keyof typeof META]: (typeof caseAttachments.$inferSelect)[K];
};

function presentMeta(row: MetaRow): AttachmentMeta {
  return { ...row, uploadedAt: row.uploadedAt.toISOString() };
}

/** The live (not deleted) attachments of the cases, per case id, oldest first. */
export async function attachmentsOf(
  db: Db,
  caseIds: readonly string[],
): Promise<Map<string, AttachmentMeta[]>> {
  const out = new Map<string, AttachmentMeta[]>(caseIds.map((id) => [id, []]));
  if (caseIds.length === 0) return out;
  const rows = await db
    .select(META)
    .from(caseAttachments)
    .where(and(inArray(caseAttachments.caseId, [...caseIds]), isNull(caseAttachments.deletedAt)))
    .orderBy(asc(caseAttachments.uploadedAt), asc(caseAttachments.id));
  for (const row of rows) out.get(row.caseId)?.push(presentMeta(row));
  return out;
}

/** Stores a new attachment and returns its metadata. */
export async function insertAttachment(
  tx: Db,
  values: Omit<typeof caseAttachments.$inferInsert, 'id' | 'uploadedAt'>,
): Promise<AttachmentMeta> {
  const [row] = await tx.insert(caseAttachments).values(values).returning(META);
  if (!row) throw new Error('attachment insert returned nothing');
  return presentMeta(row);
}

/** A live attachment of a case with its content, or null. */
export async function findAttachment(
  db: Db,
  caseId: string,
  attachmentId: string,
): Promise<(AttachmentMeta & { content: Buffer }) | null> {
  const [row] = await db
    .select({ ...META, content: caseAttachments.content })
    .from(caseAttachments)
    .where(
      and(
        eq(caseAttachments.id, attachmentId),
        eq(caseAttachments.caseId, caseId),
        isNull(caseAttachments.deletedAt),
      ),
    );
  return row ? { ...presentMeta(row), content: row.content } : null;
}

/** Soft-deletes a live attachment; false when there was none. */
export async function softDeleteAttachment(
  tx: Db,
  attachmentId: string,
  by: string,
  reason: string | null,
): Promise<boolean> {
  const rows = await tx
    .update(caseAttachments)
    .set({ deletedAt: new Date(), deletedBy: by, deleteReason: reason })
    .where(and(eq(caseAttachments.id, attachmentId), isNull(caseAttachments.deletedAt)))
    .returning({ id: caseAttachments.id });
  return rows.length > 0;
}
