/**
 * The task transfers' use cases. Each is one `mutate`: the change, the knowledge bank's entry
 * (kind `taskTransfer`, written in the same transaction so it never lags its source) and one
 * audit row. Deciding also records and places the orientation of the other clusters
 * (orientation.ts) in the same transaction.
 */
import { eq, sql } from 'drizzle-orm';
import {
  assertEditable,
  checkPrecedent,
  decide,
  knowledgeOutcome,
  withdraw,
} from '../../../domain/transfers/index';
import type { IsoDate } from '../../../shared/dates';
import { translate } from '../../../shared/i18n/translate';
import {
  emptyAssessment,
  type CreateTransfer,
  type DecideTransfer,
  type UpdateTransfer,
} from '../../../shared/transfers.contract';
import type { Db } from '../../db/client';
import { mutate, type Actor } from '../../platform/audit';
import type { CaseDeps } from '../cases/index';
import { recordKnowledgeEntry } from '../knowledge/index';
import { clusters, fora, parties } from '../organisation/index';
import { findCommittee, placeIfPossible, placementAudit, recordOrientation } from './orientation';
import {
  forumOn,
  lockTransfer,
  namesOf,
  orientationsOf,
  validEntities,
  type TransferRow,
} from './transfers.repo';
import { taskTransfers } from './transfers.table';
import { must, transferError, transferNotFound } from './transfers.texts';

export interface TransfersDeps {
  db: Db;
  cases: CaseDeps;
}

/** Changes a transfer's row, bumping its version; 404 when it is gone. */
async function saveTransferRow(
  tx: Db,
  id: string,
  set: Partial<typeof taskTransfers.$inferInsert>,
): Promise<TransferRow> {
  const [after] = await tx
    .update(taskTransfers)
    .set({ ...set, version: sql`${taskTransfers.version} + 1`, updatedAt: new Date() })
    .where(eq(taskTransfers.id, id))
    .returning();
  if (!after) throw transferNotFound();
  return after;
}

/** The knowledge bank's entry of a transfer, as it stands after the change. */
async function writeKnowledge(tx: Db, t: TransferRow): Promise<void> {
  const cluster = (await namesOf(tx, clusters, [t.clusterId])).get(t.clusterId) ?? '';
  const da = (key: string, p: Record<string, string> = {}) => translate('transfers', key, 'da', p);
  const assessment = Object.values(t.assessment)
    .map((d) => d.text.trim())
    .filter(Boolean)
    .join(' ');
  const summary = [
    da('knowledgeSummary', {
      kind: da(`kinds.${t.kind}`),
      cluster,
      status: da(`statuses.${t.status}`),
    }),
    t.precedent ? `${da('precedentBadge')}: ${t.precedentReason ?? ''}` : '',
    t.description.trim(),
    assessment,
  ]
    .filter(Boolean)
    .join('\n');
  await recordKnowledgeEntry(tx, {
    kind: 'taskTransfer',
    sourceId: t.id,
    collaborationId: t.collaborationId,
    clusterId: t.clusterId,
    forumId: t.forumId,
    confidential: false,
    title: t.title,
    summary,
    theme: t.theme,
    outcome: knowledgeOutcome(t.status, t.kind),
    on: t.decidedOn ?? t.openedOn,
  });
}

async function assertParties(db: Db, collaborationId: string, ids: readonly string[]) {
  const found = await validEntities(db, parties, collaborationId, ids, null);
  if (ids.some((id) => !found.has(id))) {
    throw transferError('unprocessable', 'partyNotInCollaboration');
  }
}

/** Creates a transfer under assessment in a cluster's forum. */
export async function createTransfer(
  deps: TransfersDeps,
  actor: Actor,
  input: CreateTransfer,
  today: IsoDate,
): Promise<string> {
  const openedOn = input.openedOn ?? today;
  const { db } = deps;
  const cluster = await validEntities(
    db,
    clusters,
    input.collaborationId,
    [input.clusterId],
    openedOn,
  );
  if (!cluster.has(input.clusterId)) {
    throw transferError('unprocessable', 'clusterNotInCollaboration');
  }
  const forum = await forumOn(db, input.forumId, openedOn);
  if (
    !forum ||
    forum.clusterId !== input.clusterId ||
    forum.collaborationId !== input.collaborationId
  ) {
    throw transferError('unprocessable', 'forumNotOfCluster');
  }
  await assertParties(db, input.collaborationId, [
    ...input.transferringPartyIds,
    ...input.receivingPartyIds,
  ]);
  const precedentReason = must(checkPrecedent(input.precedent, input.precedentReason));
  return mutate(db, actor, async (tx) => {
    const [row] = await tx
      .insert(taskTransfers)
      .values({
        collaborationId: input.collaborationId,
        clusterId: input.clusterId,
        forumId: input.forumId,
        title: input.title,
        description: input.description,
        theme: input.theme || null,
        kind: input.kind,
        transferringPartyIds: [...new Set(input.transferringPartyIds)],
        receivingPartyIds: [...new Set(input.receivingPartyIds)],
        assessment: input.assessment ?? emptyAssessment(),
        precedent: input.precedent,
        precedentReason,
        openedOn,
        createdBy: actor.userId,
      })
      .returning();
    if (!row) throw new Error('transfer insert returned nothing');
    await writeKnowledge(tx, row);
    return {
      result: row.id,
      audit: {
        action: 'transfer.create',
        entityType: 'transfer',
        entityId: row.id,
        after: { title: row.title, clusterId: row.clusterId, kind: row.kind, openedOn },
        relatedIds: [row.id, row.clusterId, row.forumId],
      },
    };
  });
}

/** Changes a transfer still under assessment (its fields and its assessment). */
export async function updateTransfer(
  deps: TransfersDeps,
  actor: Actor,
  id: string,
  patch: UpdateTransfer,
): Promise<void> {
  await mutate(deps.db, actor, async (tx) => {
    const before = await lockTransfer(tx, id);
    if (!before) throw transferNotFound();
    must(assertEditable(before.status));
    const transferring = patch.transferringPartyIds ?? before.transferringPartyIds;
    const receiving = patch.receivingPartyIds ?? before.receivingPartyIds;
    if (patch.transferringPartyIds || patch.receivingPartyIds) {
      await assertParties(tx, before.collaborationId, [...transferring, ...receiving]);
    }
    const precedent = patch.precedent ?? before.precedent;
    const precedentReason = must(
      checkPrecedent(
        precedent,
        patch.precedentReason !== undefined ? patch.precedentReason : before.precedentReason,
      ),
    );
    const after = await saveTransferRow(tx, id, {
      ...(patch.title !== undefined ? { title: patch.title } : {}),
      ...(patch.description !== undefined ? { description: patch.description } : {}),
      ...(patch.theme !== undefined ? { theme: patch.theme || null } : {}),
      ...(patch.kind !== undefined ? { kind: patch.kind } : {}),
      ...(patch.assessment !== undefined ? { assessment: patch.assessment } : {}),
      transferringPartyIds: [...new Set(transferring)],
      receivingPartyIds: [...new Set(receiving)],
      precedent,
      precedentReason,
    });
    await writeKnowledge(tx, after);
    return {
      result: undefined,
      audit: {
        action: 'transfer.update',
        entityType: 'transfer',
        entityId: id,
        before: { title: before.title, kind: before.kind, precedent: before.precedent },
        after: { changed: Object.keys(patch).sort() },
        relatedIds: [id],
      },
    };
  });
}

/**
 * Decides a transfer in a forum on a day and informs the other clusters: the orientation row
 * (one per transfer) is recorded and placed on the committee's next meeting. A repeated
 * identical decision (a retry) changes nothing but places a still-pending orientation when the
 * committee now has a meeting; a different second decision is refused (409).
 */
export async function decideTransfer(
  deps: TransfersDeps,
  actor: Actor,
  id: string,
  input: DecideTransfer,
): Promise<void> {
  await mutate(deps.db, actor, async (tx) => {
    const row = await lockTransfer(tx, id);
    if (!row) throw transferNotFound();
    const decision = {
      kind: input.kind ?? row.kind,
      decidingForumId: input.decidingForumId ?? row.forumId,
      decidedOn: input.decidedOn,
    };
    const outcome = must(decide(row, decision));
    if (outcome.repeat) {
      const existing = (await orientationsOf(tx, [id])).get(id);
      const placed = existing ? await placeIfPossible(tx, deps.cases, actor, row, existing) : null;
      return {
        result: undefined,
        audit: {
          action: 'transfer.decide',
          entityType: 'transfer',
          entityId: id,
          after: {
            repeated: true,
            orientationPlacedNow: Boolean(placed?.agendaItemId && !existing?.agendaItemId),
          },
          relatedIds: [id, ...(placed?.agendaItemId ? [placed.agendaItemId] : [])],
        },
      };
    }
    const forum = await forumOn(tx, decision.decidingForumId, decision.decidedOn);
    if (!forum || forum.collaborationId !== row.collaborationId) {
      throw transferError('unprocessable', 'decidingForumInvalid');
    }
    const committee = await findCommittee(tx, row, decision.decidingForumId, decision.decidedOn);
    if (!committee) throw transferError('unprocessable', 'noCommittee');
    const after = await saveTransferRow(tx, id, {
      status: 'decided',
      kind: decision.kind,
      decidingForumId: decision.decidingForumId,
      decidedOn: decision.decidedOn,
    });
    const orientation = await recordOrientation(
      tx,
      deps.cases,
      actor,
      after,
      committee,
      decision.decidedOn,
    );
    await writeKnowledge(tx, after);
    return {
      result: undefined,
      audit: {
        action: 'transfer.decide',
        entityType: 'transfer',
        entityId: id,
        after: {
          ...decision,
          precedent: after.precedent,
          committeeForumId: committee.id,
          orientation: orientation.agendaItemId ? 'placed' : 'pending',
          meetingId: orientation.meetingId,
          agendaItemId: orientation.agendaItemId,
        },
        relatedIds: [
          id,
          committee.id,
          ...(orientation.meetingId ? [orientation.meetingId] : []),
          ...(orientation.agendaItemId ? [orientation.agendaItemId] : []),
        ],
      },
    };
  });
}

/** Places a pending orientation now that the committee has a meeting (409 when it cannot). */
export async function placeOrientation(
  deps: TransfersDeps,
  actor: Actor,
  id: string,
): Promise<void> {
  await mutate(deps.db, actor, async (tx) => {
    const row = await lockTransfer(tx, id);
    if (!row) throw transferNotFound();
    const existing = (await orientationsOf(tx, [id])).get(id);
    if (!existing || existing.agendaItemId) {
      throw transferError('conflict', 'noPendingOrientation');
    }
    const placed = await placeIfPossible(tx, deps.cases, actor, row, existing);
    if (!placed.agendaItemId) {
      const committee =
        (await namesOf(tx, fora, [existing.committeeForumId])).get(existing.committeeForumId) ?? '';
      throw transferError('conflict', 'noMeetingYet', { committee });
    }
    return { result: undefined, audit: placementAudit(id, placed) };
  });
}

/** Withdraws a transfer still under assessment. */
export async function withdrawTransfer(
  deps: TransfersDeps,
  actor: Actor,
  id: string,
  reason: string,
): Promise<void> {
  await mutate(deps.db, actor, async (tx) => {
    const row = await lockTransfer(tx, id);
    if (!row) throw transferNotFound();
    const status = must(withdraw(row.status));
    const after = await saveTransferRow(tx, id, {
      status,
      withdrawnReason: reason || null,
    });
    await writeKnowledge(tx, after);
    return {
      result: undefined,
      audit: {
        action: 'transfer.withdraw',
        entityType: 'transfer',
        entityId: id,
        after: { reason },
        relatedIds: [id],
      },
    };
  });
}
