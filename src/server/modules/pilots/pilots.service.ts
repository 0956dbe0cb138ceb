/**
 * Pilot use cases (issue 12): record and edit a pilot with its evaluation, raise it as a case
 * along the scale-up route, record the structured scale-up decision through the case's current
 * step, and follow the spread per municipality (feeding the plan's degrees where the pilot links
 * a plan initiative). Every change is one transaction with one audit row, and writes the pilot's
 * (and its decisions') knowledge-bank entries in that same transaction.
 */
import { createHash } from 'node:crypto';
import { and, eq, isNull } from 'drizzle-orm';
import { checkPilot, pilotOutcome } from '../../../domain/pilots/index';
import type { CaseType } from '../../../shared/cases.enums';
import type { IsoDate } from '../../../shared/dates';
import type { KnowledgeEntryInput } from '../../../shared/knowledge.contract';
import type { PilotInput } from '../../../shared/pilots.contract';
import type { Db } from '../../db/client';
import { mutate, type Actor } from '../../platform/audit';
import { notFound } from '../../platform/errors';
import { checkUpload, raiseCase, type CaseDeps, type Viewer } from '../cases/index';
import { recordKnowledgeEntry } from '../knowledge/index';
import { planInitiatives, plans } from '../plans/index';
import { partiesOnDay } from './pilots.org';
import { pilotDecisions, pilots } from './pilots.table';
import { pilotDomainError, pilotError } from './pilots.texts';
import { assertMaySeePilot } from './pilots.visibility';

export type PilotRow = typeof pilots.$inferSelect;
export type DecisionRow = typeof pilotDecisions.$inferSelect;

const PILOT = { da: 'Pilotprojektet', en: 'The pilot project' };

/** The pilot row, or 404. */
export async function requirePilot(db: Db, id: string): Promise<PilotRow> {
  const [row] = await db.select().from(pilots).where(eq(pilots.id, id)).limit(1);
  if (!row) throw notFound(PILOT);
  return row;
}

/** Locks the pilot row for a change (404 when gone). */
async function lockPilot(tx: Db, id: string): Promise<PilotRow> {
  const [row] = await tx.select().from(pilots).where(eq(pilots.id, id)).for('update').limit(1);
  if (!row) throw notFound(PILOT);
  return row;
}

/** The audit summary of a pilot: its title, withheld when confidential. */
const auditTitle = (row: { title: string; confidential: boolean }) =>
  row.confidential ? '[fortroligt]' : row.title;

/** The knowledge-bank entry of a pilot. */
export function pilotEntry(row: PilotRow): KnowledgeEntryInput {
  const summary = [row.hypothesis, row.results].filter((s) => s.trim() !== '').join('\n\n');
  return {
    kind: 'pilot',
    sourceId: row.id,
    collaborationId: row.collaborationId,
    clusterId: row.clusterId,
    forumId: row.forumId,
    confidential: row.confidential,
    title: row.title,
    summary,
    theme: row.theme,
    outcome: pilotOutcome(row.results),
    on: row.periodFrom,
  };
}

/** The knowledge-bank entry of a scale-up decision of a pilot. */
export function decisionEntry(pilot: PilotRow, decision: DecisionRow): KnowledgeEntryInput {
  return {
    kind: 'scaleUpDecision',
    sourceId: decision.id,
    collaborationId: pilot.collaborationId,
    clusterId: pilot.clusterId,
    forumId: decision.forumId,
    confidential: pilot.confidential,
    title: pilot.title,
    summary: [decision.text, pilot.hypothesis, pilot.results].filter((s) => s.trim()).join('\n\n'),
    theme: pilot.theme,
    outcome: decision.outcome,
    on: decision.decidedOn,
  };
}

/** Writes the pilot's entry and refreshes its decisions' entries (title, theme, confidentiality). */
async function refreshEntries(tx: Db, row: PilotRow): Promise<void> {
  await recordKnowledgeEntry(tx, pilotEntry(row));
  const decisions = await tx
    .select()
    .from(pilotDecisions)
    .where(eq(pilotDecisions.pilotId, row.id));
  for (const d of decisions) await recordKnowledgeEntry(tx, decisionEntry(row, d));
}

/**
 * Checks a pilot's fields against the organisation: the owning forum valid on the start day in the
 * collaboration (its cluster becomes the pilot's), the participants parties of the collaboration
 * on the start day, the initiative one of a plan of the collaboration.
 */
async function checkInput(
  deps: CaseDeps,
  collaborationId: string,
  input: Omit<PilotInput, 'collaborationId'>,
): Promise<{ clusterId: string | null; planId: string | null }> {
  const { db } = deps;
  const forum = await deps.org.findForum(db, input.forumId, input.periodFrom);
  if (!forum || forum.collaborationId !== collaborationId) {
    throw pilotError('unprocessable', 'forumNotFound');
  }
  const partyKinds = await partiesOnDay(db, collaborationId, input.periodFrom);
  const checked = checkPilot(input, new Set(partyKinds.keys()));
  if (!checked.ok) throw pilotDomainError(checked.error);
  let planId: string | null = null;
  if (input.initiativeId !== null) {
    const [row] = await db
      .select({ planId: planInitiatives.planId })
      .from(planInitiatives)
      .innerJoin(plans, eq(plans.id, planInitiatives.planId))
      .where(
        and(eq(planInitiatives.id, input.initiativeId), eq(plans.collaborationId, collaborationId)),
      )
      .limit(1);
    if (!row) throw pilotError('unprocessable', 'initiativeNotFound');
    planId = row.planId;
  }
  return { clusterId: forum.clusterId, planId };
}

const fields = (input: Omit<PilotInput, 'collaborationId'>) => ({
  forumId: input.forumId,
  title: input.title.trim(),
  hypothesis: input.hypothesis.trim(),
  theme: input.theme?.trim() || null,
  periodFrom: input.periodFrom,
  periodTo: input.periodTo,
  participantPartyIds: [...input.participantPartyIds],
  initiativeId: input.initiativeId,
  confidential: input.confidential,
  results: input.results.trim(),
  costsOre: input.costsOre,
});

/** Records a new pilot; returns its id. */
export async function createPilot(
  deps: CaseDeps,
  actor: Actor,
  input: PilotInput,
): Promise<string> {
  const { clusterId, planId } = await checkInput(deps, input.collaborationId, input);
  return mutate(deps.db, actor, async (tx) => {
    const [row] = await tx
      .insert(pilots)
      .values({
        ...fields(input),
        collaborationId: input.collaborationId,
        clusterId,
        planId,
        createdBy: actor.userId,
      })
      .returning();
    const pilot = row as PilotRow;
    await recordKnowledgeEntry(tx, pilotEntry(pilot));
    return {
      result: pilot.id,
      audit: {
        action: 'pilot.create',
        entityType: 'pilot',
        entityId: pilot.id,
        summary: `Pilotprojekt oprettet: ${auditTitle(pilot)}`,
        after: {
          ...fields(input),
          title: auditTitle(pilot),
          hypothesis: undefined,
          results: undefined,
        },
        relatedIds: [input.forumId, ...input.participantPartyIds],
      },
    };
  });
}

/** Edits a pilot (its fields and evaluation text). */
export async function updatePilot(
  deps: CaseDeps,
  actor: Actor,
  viewer: Viewer,
  id: string,
  input: Omit<PilotInput, 'collaborationId'>,
): Promise<void> {
  const before = await requirePilot(deps.db, id);
  await assertMaySeePilot(deps, viewer, before);
  const { clusterId, planId } = await checkInput(deps, before.collaborationId, input);
  await mutate(deps.db, actor, async (tx) => {
    await lockPilot(tx, id);
    const [row] = await tx
      .update(pilots)
      .set({ ...fields(input), clusterId, planId, updatedAt: new Date() })
      .where(eq(pilots.id, id))
      .returning();
    const pilot = row as PilotRow;
    await refreshEntries(tx, pilot);
    return {
      result: undefined,
      audit: {
        action: 'pilot.update',
        entityType: 'pilot',
        entityId: id,
        summary: `Pilotprojekt ændret: ${auditTitle(pilot)}`,
        after: {
          title: auditTitle(pilot),
          periodFrom: pilot.periodFrom,
          periodTo: pilot.periodTo,
          costsOre: pilot.costsOre,
          evaluated: pilotOutcome(pilot.results) === 'evaluated',
        },
        relatedIds: [pilot.forumId],
      },
    };
  });
}

/** Stores the evaluation file (one per pilot; a new upload replaces it), checked as attachments. */
export async function uploadPilotFile(
  deps: CaseDeps & { workers?: Parameters<typeof checkUpload>[3] },
  actor: Actor,
  viewer: Viewer,
  id: string,
  upload: { fileName: string; content: Buffer },
): Promise<{ fileName: string; mediaType: string; sizeBytes: number }> {
  const pilot = await requirePilot(deps.db, id);
  await assertMaySeePilot(deps, viewer, pilot);
  const checked = await checkUpload(upload.fileName, upload.content, undefined, deps.workers);
  const sha256 = createHash('sha256').update(upload.content).digest('hex');
  const meta = {
    fileName: checked.fileName,
    mediaType: checked.mediaType,
    sizeBytes: upload.content.length,
  };
  return mutate(deps.db, actor, async (tx) => {
    await lockPilot(tx, id);
    await tx
      .update(pilots)
      .set({
        fileName: meta.fileName,
        fileMediaType: meta.mediaType,
        fileSizeBytes: meta.sizeBytes,
        fileSha256: sha256,
        fileContent: upload.content,
        updatedAt: new Date(),
      })
      .where(eq(pilots.id, id));
    return {
      result: meta,
      audit: {
        action: 'pilot.file.upload',
        entityType: 'pilot',
        entityId: id,
        summary: `Evalueringsfil uploadet: ${pilot.confidential ? '[fortroligt]' : meta.fileName}`,
        after: { ...meta, fileName: pilot.confidential ? '[fortroligt]' : meta.fileName, sha256 },
        relatedIds: [pilot.forumId],
      },
    };
  });
}

/** The stored evaluation file (404 when none). */
export async function pilotFile(
  deps: CaseDeps,
  viewer: Viewer,
  id: string,
): Promise<{ fileName: string; mediaType: string; content: Buffer }> {
  const pilot = await requirePilot(deps.db, id);
  await assertMaySeePilot(deps, viewer, pilot);
  if (!pilot.fileContent || !pilot.fileName || !pilot.fileMediaType) {
    throw pilotError('notFound', 'noFile');
  }
  return { fileName: pilot.fileName, mediaType: pilot.fileMediaType, content: pilot.fileContent };
}

/** Deletes the evaluation file (confirmed by the caller). */
export async function deletePilotFile(
  deps: CaseDeps,
  actor: Actor,
  viewer: Viewer,
  id: string,
): Promise<void> {
  const pilot = await requirePilot(deps.db, id);
  await assertMaySeePilot(deps, viewer, pilot);
  if (!pilot.fileName) throw pilotError('notFound', 'noFile');
  await mutate(deps.db, actor, async (tx) => {
    await lockPilot(tx, id);
    await tx
      .update(pilots)
      .set({
        fileName: null,
        fileMediaType: null,
        fileSizeBytes: null,
        fileSha256: null,
        fileContent: null,
        updatedAt: new Date(),
      })
      .where(eq(pilots.id, id));
    return {
      result: undefined,
      audit: {
        action: 'pilot.file.delete',
        entityType: 'pilot',
        entityId: id,
        summary: 'Evalueringsfil slettet',
        before: { fileName: pilot.confidential ? '[fortroligt]' : pilot.fileName },
        relatedIds: [pilot.forumId],
      },
    };
  });
}

/**
 * Raises the pilot as a case along the chosen route (the first forum is where it is raised), and
 * links it to the pilot in the case's own transaction (one audit row: the case's raising).
 */
export async function raisePilotCase(
  deps: CaseDeps,
  actor: Actor,
  viewer: Viewer,
  id: string,
  input: { route: readonly string[]; type: CaseType },
  on?: IsoDate,
): Promise<string> {
  const pilot = await requirePilot(deps.db, id);
  await assertMaySeePilot(deps, viewer, pilot);
  if (pilot.caseId !== null) throw pilotError('conflict', 'alreadyRaised');
  const summary = pilot.hypothesis.slice(0, 1000);
  return raiseCase(
    deps,
    actor,
    {
      collaborationId: pilot.collaborationId,
      title: pilot.title,
      summary,
      body: [pilot.hypothesis, pilot.results].filter((s) => s.trim()).join('\n\n'),
      type: input.type,
      flags: [],
      confidential: pilot.confidential,
      raisedInForumId: input.route[0] as string,
      route: [...input.route],
    },
    {
      ...(on ? { on } : {}),
      alsoInTx: async (tx, caseId) => {
        const [locked] = await tx
          .update(pilots)
          .set({ caseId, updatedAt: new Date() })
          .where(and(eq(pilots.id, id), isNull(pilots.caseId)))
          .returning({ id: pilots.id });
        if (!locked) throw pilotError('conflict', 'alreadyRaised');
      },
    },
  );
}
