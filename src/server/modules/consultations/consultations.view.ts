/**
 * Reads of joint consultation responses: the paged list and archive, one consultation as the
 * caller may act on it, the word diff between two versions, and the sent public responses a
 * newsletter may show.
 */
import type { Db } from '../../db/client';
import type {
  ConsultationDetail,
  ConsultationListQuery,
  ConsultationSummary,
  DiffResult,
} from '../../../shared/consultations.contract';
import type { IsoDate } from '../../../shared/dates';
import { hasRole, type Role } from '../../../shared/roles';
import {
  contributionOpen,
  summarisePositions,
  wordDiff,
  type PartyStand,
  type PositionSummary,
} from '../../../domain/consultations/index';
import { grantKeysOf } from '../access/index';
import {
  commentsOf,
  documentsOf,
  forumNamesOf,
  listConsultationRows,
  partiesOf,
  partiesOfMany,
  partyNames,
  sentPublicRows,
  versionsOf,
  versionText,
  type Consultation,
} from './consultations.repo';
import { requireConsultation } from './consultations.service';
import { consultationError } from './consultations.texts';

function summary(row: Consultation, forumNames: Map<string, string>): ConsultationSummary {
  return {
    id: row.id,
    collaborationId: row.collaborationId,
    sender: row.sender,
    title: row.title,
    externalDeadline: row.externalDeadline,
    contributionDeadline: row.contributionDeadline,
    draftingForumId: row.draftingForumId,
    draftingForumName: forumNames.get(row.draftingForumId) ?? null,
    status: row.sentOn ? 'sent' : 'draft',
    sentOn: row.sentOn,
    isPublic: row.isPublic,
  };
}

/** One page of consultations (drafts, the archive of sent ones, or both) and the total. */
export async function listConsultations(
  db: Db,
  q: ConsultationListQuery,
): Promise<{ items: ConsultationSummary[]; total: number }> {
  const { rows, total } = await listConsultationRows(db, q);
  const names = await forumNamesOf(db, [...new Set(rows.map((r) => r.draftingForumId))]);
  return { items: rows.map((r) => summary(r, names)), total };
}

/** Who is asking: their account, their role where the call acts, and today in Denmark. */
export interface ConsultationViewer {
  userId: string;
  /** The role where the call acts (the scope hook's `effectiveRole`). */
  role: Role;
  today: IsoDate;
}

/**
 * True when the viewer may edit a party's contribution and position: the secretariat in scope,
 * or a member acting for the party (a scope grant for exactly that party).
 */
export function mayActForParty(role: Role, grants: ReadonlySet<string>, partyId: string): boolean {
  if (hasRole(role, 'secretariat')) return true;
  return hasRole(role, 'member') && grants.has(`party:${partyId}`);
}

/** One consultation as the viewer may act on it. */
export async function consultationDetail(
  db: Db,
  viewer: ConsultationViewer,
  id: string,
): Promise<ConsultationDetail> {
  const row = await requireConsultation(db, id);
  const [stands, documents, comments, versions, grants] = await Promise.all([
    partiesOf(db, id),
    documentsOf(db, id),
    commentsOf(db, id),
    versionsOf(db, id),
    grantKeysOf(db, viewer.userId),
  ]);
  const forumIds = [...new Set([row.draftingForumId, ...row.deadlines.map((s) => s.forumId)])];
  const [forumNames, names] = await Promise.all([
    forumNamesOf(db, forumIds),
    partyNames(
      db,
      stands.map((s) => s.partyId),
    ),
  ]);
  const draft = !row.sentOn;
  return {
    ...summary(row, forumNames),
    steps: row.deadlines.map((s) => ({ ...s, forumName: forumNames.get(s.forumId) ?? null })),
    deadlinesComplete: row.deadlinesComplete,
    contributionsOpen: draft && contributionOpen(row.contributionDeadline, viewer.today),
    text: row.responseText,
    currentVersion: row.currentVersion,
    parties: stands.map((s) => ({
      partyId: s.partyId,
      partyName: names.get(s.partyId) ?? '',
      contribution: s.contribution,
      contributionUpdatedAt: s.contributionUpdatedAt?.toISOString() ?? null,
      contributionBy: s.contributionBy,
      position: s.position,
      dissentText: s.dissentText,
      positionAt: s.positionAt?.toISOString() ?? null,
      positionBy: s.positionBy,
      mayEdit: draft && mayActForParty(viewer.role, grants, s.partyId),
    })),
    documents: documents.map((d) => ({ ...d, uploadedAt: d.uploadedAt.toISOString() })),
    comments: comments.map((c) => ({
      id: c.id,
      body: c.body,
      authorName: c.authorName,
      createdAt: c.createdAt.toISOString(),
    })),
    versions: versions.map((v) => ({ ...v, savedAt: v.savedAt.toISOString() })),
    mayManage: draft && hasRole(viewer.role, 'secretariat'),
  };
}

/** The word diff between two versions (0 = the empty text before the first save). */
export async function versionDiff(
  db: Db,
  id: string,
  from: number,
  to: number,
): Promise<DiffResult> {
  await requireConsultation(db, id);
  const [before, after] = await Promise.all([versionText(db, id, from), versionText(db, id, to)]);
  if (before === null) throw consultationError('notFound', 'versionNotFound', { number: from });
  if (after === null) throw consultationError('notFound', 'versionNotFound', { number: to });
  return { from, to, segments: wordDiff(before, after) };
}

/** The parties' positions of one consultation, named, in their order. */
export async function positionsOf(db: Db, id: string): Promise<PositionSummary> {
  const stands = await partiesOf(db, id);
  const names = await partyNames(
    db,
    stands.map((s) => s.partyId),
  );
  return summarisePositions(
    stands.map((s): PartyStand => ({
      partyId: s.partyId,
      partyName: names.get(s.partyId) ?? '',
      position: s.position,
      dissentText: s.dissentText,
    })),
  );
}

/** A sent public response, as a newsletter may show it. */
export interface SentConsultationResponse {
  id: string;
  collaborationId: string;
  sender: string;
  title: string;
  externalDeadline: IsoDate;
  sentOn: IsoDate;
  /** The web app's page of the consultation. */
  link: string;
  signatories: string[];
  abstentions: string[];
  dissents: { partyName: string; text: string }[];
}

/** The most responses one newsletter period returns. */
const NEWSLETTER_LIMIT = 200;

/**
 * The responses of a collaboration sent in [from, to] (inclusive) that may be published
 * (`isPublic`), oldest first: for newsletters. Drafts and non-public responses never appear.
 */
export async function sentConsultationResponses(
  db: Db,
  q: { collaborationId: string; from: IsoDate; to: IsoDate },
): Promise<SentConsultationResponse[]> {
  const rows = await sentPublicRows(db, { ...q, limit: NEWSLETTER_LIMIT });
  const stands = await partiesOfMany(
    db,
    rows.map((r) => r.id),
  );
  const names = await partyNames(db, [...new Set(stands.map((s) => s.partyId))]);
  return rows.map((r) => {
    const positions = summarisePositions(
      stands
        .filter((s) => s.consultationId === r.id)
        .map((s) => ({
          partyId: s.partyId,
          partyName: names.get(s.partyId) ?? '',
          position: s.position,
          dissentText: s.dissentText,
        })),
    );
    return {
      id: r.id,
      collaborationId: r.collaborationId,
      sender: r.sender,
      title: r.title,
      externalDeadline: r.externalDeadline,
      sentOn: r.sentOn as IsoDate,
      link: `/consultations/${r.id}`,
      signatories: positions.signatories,
      abstentions: positions.abstentions,
      dissents: positions.dissents,
    };
  });
}
