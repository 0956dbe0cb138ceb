/** The consultations module's queries (the only place that reads its tables). */
import {
  and,
  asc,
  count,
  desc,
  eq,
  ilike,
  inArray,
  isNotNull,
  isNull,
  sql,
  type SQL,
} from 'drizzle-orm';
import type { Db } from '../../db/client';
import type { ConsultationListQuery } from '../../../shared/consultations.contract';
import { fora, parties } from '../organisation/index';
import {
  consultationComments,
  consultationDocuments,
  consultationParties,
  consultations,
  consultationVersions,
} from './consultations.table';

export type ConsultationRow = typeof consultations.$inferSelect;
export type ConsultationPartyRow = typeof consultationParties.$inferSelect;

/** Columns of a consultation without the generated search columns. */
const ROW = {
  id: consultations.id,
  collaborationId: consultations.collaborationId,
  sender: consultations.sender,
  title: consultations.title,
  externalDeadline: consultations.externalDeadline,
  draftingForumId: consultations.draftingForumId,
  reviewForumIds: consultations.reviewForumIds,
  deadlines: consultations.deadlines,
  deadlinesComplete: consultations.deadlinesComplete,
  contributionDeadline: consultations.contributionDeadline,
  isPublic: consultations.isPublic,
  responseText: consultations.responseText,
  currentVersion: consultations.currentVersion,
  sentOn: consultations.sentOn,
  sentBy: consultations.sentBy,
  createdBy: consultations.createdBy,
  createdAt: consultations.createdAt,
};
export type Consultation = Omit<ConsultationRow, 'searchVector' | 'searchWords'>;

/** A consultation by id (`forUpdate` locks the row inside a transaction). */
export async function findConsultation(
  db: Db,
  id: string,
  forUpdate = false,
): Promise<Consultation | null> {
  const query = db.select(ROW).from(consultations).where(eq(consultations.id, id));
  const [row] = forUpdate ? await query.for('update') : await query;
  return row ?? null;
}

/** The participating parties in their order. */
export function partiesOf(db: Db, id: string): Promise<ConsultationPartyRow[]> {
  return db
    .select()
    .from(consultationParties)
    .where(eq(consultationParties.consultationId, id))
    .orderBy(asc(consultationParties.ordinal));
}

/** Names of parties (entityIds), from their latest version. */
export async function partyNames(db: Db, ids: readonly string[]): Promise<Map<string, string>> {
  if (!ids.length) return new Map();
  const rows = await db
    .selectDistinctOn([parties.entityId], {
      id: parties.entityId,
      name: parties.name,
      collaborationId: parties.collaborationId,
    })
    .from(parties)
    .where(inArray(parties.entityId, [...ids]))
    .orderBy(parties.entityId, desc(parties.validFrom));
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** The collaboration of each party or forum id (entityIds of any version). */
export async function collaborationsOf(
  db: Db,
  kind: 'party' | 'forum',
  ids: readonly string[],
): Promise<Map<string, string>> {
  if (!ids.length) return new Map();
  const table = kind === 'party' ? parties : fora;
  const rows = await db
    .selectDistinct({ id: table.entityId, collaborationId: table.collaborationId })
    .from(table)
    .where(inArray(table.entityId, [...ids]));
  return new Map(rows.map((r) => [r.id, r.collaborationId]));
}

/** Names of fora (entityIds), from their latest version. */
export async function forumNamesOf(db: Db, ids: readonly string[]): Promise<Map<string, string>> {
  if (!ids.length) return new Map();
  const rows = await db
    .selectDistinctOn([fora.entityId], { id: fora.entityId, name: fora.name })
    .from(fora)
    .where(inArray(fora.entityId, [...ids]))
    .orderBy(fora.entityId, desc(fora.validFrom));
  return new Map(rows.map((r) => [r.id, r.name]));
}

function listWhere(q: Omit<ConsultationListQuery, 'limit' | 'offset'>): SQL | undefined {
  const year = q.year;
  return and(
    q.collaborationId ? eq(consultations.collaborationId, q.collaborationId) : undefined,
    q.status === 'sent' ? isNotNull(consultations.sentOn) : undefined,
    q.status === 'draft' ? isNull(consultations.sentOn) : undefined,
    year !== undefined
      ? sql`coalesce(${consultations.sentOn}, ${consultations.externalDeadline}) between ${`${year}-01-01`}::date and ${`${year}-12-31`}::date`
      : undefined,
    q.sender
      ? ilike(consultations.sender, `%${q.sender.replace(/[\\%_]/g, (c) => `\\${c}`)}%`)
      : undefined,
  );
}

/** One page of consultations, newest first (sent ones by sending date), and the total. */
export async function listConsultationRows(
  db: Db,
  q: ConsultationListQuery,
): Promise<{ rows: Consultation[]; total: number }> {
  const where = listWhere(q);
  const order =
    q.status === 'sent'
      ? [desc(consultations.sentOn), desc(consultations.id)]
      : [desc(consultations.externalDeadline), desc(consultations.id)];
  const [rows, [totalRow]] = await Promise.all([
    db
      .select(ROW)
      .from(consultations)
      .where(where)
      .orderBy(...order)
      .limit(q.limit)
      .offset(q.offset),
    db.select({ n: count() }).from(consultations).where(where),
  ]);
  return { rows, total: Number(totalRow?.n ?? 0) };
}

/** Sent, public consultations of a collaboration sent in [from, to] (bounded by `limit`). */
export function sentPublicRows(
  db: Db,
  q: { collaborationId: string; from: string; to: string; limit: number },
): Promise<Consultation[]> {
  return db
    .select(ROW)
    .from(consultations)
    .where(
      and(
        eq(consultations.collaborationId, q.collaborationId),
        eq(consultations.isPublic, true),
        sql`${consultations.sentOn} between ${q.from}::date and ${q.to}::date`,
      ),
    )
    .orderBy(asc(consultations.sentOn), asc(consultations.id))
    .limit(q.limit);
}

/** The parties of many consultations, in their order. */
export function partiesOfMany(db: Db, ids: readonly string[]): Promise<ConsultationPartyRow[]> {
  if (!ids.length) return Promise.resolve([]);
  return db
    .select()
    .from(consultationParties)
    .where(inArray(consultationParties.consultationId, [...ids]))
    .orderBy(asc(consultationParties.consultationId), asc(consultationParties.ordinal));
}

/** Document metadata (no content). */
export function documentsOf(db: Db, id: string) {
  return db
    .select({
      id: consultationDocuments.id,
      fileName: consultationDocuments.fileName,
      mediaType: consultationDocuments.mediaType,
      sizeBytes: consultationDocuments.sizeBytes,
      uploadedAt: consultationDocuments.uploadedAt,
      uploadedBy: consultationDocuments.uploadedBy,
    })
    .from(consultationDocuments)
    .where(eq(consultationDocuments.consultationId, id))
    .orderBy(asc(consultationDocuments.uploadedAt));
}

/** One document with its content. */
export async function findDocument(db: Db, id: string, documentId: string) {
  const [row] = await db
    .select()
    .from(consultationDocuments)
    .where(
      and(eq(consultationDocuments.consultationId, id), eq(consultationDocuments.id, documentId)),
    );
  return row ?? null;
}

export function commentsOf(db: Db, id: string) {
  return db
    .select()
    .from(consultationComments)
    .where(eq(consultationComments.consultationId, id))
    .orderBy(asc(consultationComments.createdAt), asc(consultationComments.id));
}

/** The versions' metadata, newest first. */
export function versionsOf(db: Db, id: string) {
  return db
    .select({
      number: consultationVersions.number,
      savedBy: consultationVersions.savedBy,
      savedAt: consultationVersions.savedAt,
    })
    .from(consultationVersions)
    .where(eq(consultationVersions.consultationId, id))
    .orderBy(desc(consultationVersions.number));
}

/** One version's text (version 0 is the empty text before the first save). */
export async function versionText(db: Db, id: string, number: number): Promise<string | null> {
  if (number === 0) return '';
  const [row] = await db
    .select({ text: consultationVersions.text })
    .from(consultationVersions)
    .where(
      and(eq(consultationVersions.consultationId, id), eq(consultationVersions.number, number)),
    );
  return row?.text ?? null;
}
