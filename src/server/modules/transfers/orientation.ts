/**
 * The orientation of the other clusters (seed 002: "via Sundhedssamarbejdsudvalget"; from 2027
 * the health council): when a cluster's forum decides a transfer, an information item goes on the
 * draft agenda of the committee's next meeting (on/after the decision day, not cancelled, agenda
 * not published). Exactly once: `transfer_orientations` has one row per transfer, written and
 * placed under the transfer's row lock. With no such meeting yet the row stays pending; once the
 * committee has a meeting it is placed by the placing job (orientation.job.ts, every five
 * minutes), a retried decision call or POST /api/transfers/:id/orientation (the transfer page
 * offers it; GET /api/transfers/orientations/pending?meetingId=… lists the committee's pending
 * ones for the agenda's preparation).
 */
import { eq } from 'drizzle-orm';
import {
  nextMeeting,
  orientationCommittee,
  type CommitteeForum,
} from '../../../domain/transfers/index';
import type { IsoDate } from '../../../shared/dates';
import { translate } from '../../../shared/i18n/translate';
import {
  TRANSFER_DIMENSIONS,
  formatKroner,
  type Assessment,
} from '../../../shared/transfers.contract';
import type { Db } from '../../db/client';
import type { Actor, AuditInput } from '../../platform/audit';
import { insertFreeItem } from '../agendas/index';
import type { CaseDeps } from '../cases/index';
import { clusters, fora, longDate, parties } from '../organisation/index';
import {
  areaMembers,
  committeeFora,
  committeeMeetings,
  namesOf,
  type OrientationRow,
  type TransferRow,
} from './transfers.repo';
import { transferOrientations } from './transfers.table';

const da = (key: string, params: Record<string, string | number> = {}) =>
  translate('transfers', key, 'da', params);

/** The committee that takes the orientation, as of the decision day. */
export async function findCommittee(
  db: Db,
  transfer: TransferRow,
  decidingForumId: string,
  on: IsoDate,
): Promise<CommitteeForum | null> {
  return orientationCommittee({
    on,
    fora: await committeeFora(db, transfer.collaborationId),
    startForumIds: [decidingForumId, transfer.forumId],
    clusterId: transfer.clusterId,
    areaMembers: await areaMembers(db, transfer.collaborationId),
  });
}

/** The orientation item's Danish title and body (the agenda is the committee's, in Danish). */
export async function orientationText(
  db: Db,
  t: TransferRow,
): Promise<{ title: string; body: string }> {
  const [clusterNames, forumNamesMap, partyNames] = await Promise.all([
    namesOf(db, clusters, [t.clusterId]),
    namesOf(db, fora, [t.forumId, ...(t.decidingForumId ? [t.decidingForumId] : [])]),
    namesOf(db, parties, [...t.transferringPartyIds, ...t.receivingPartyIds]),
  ]);
  const kind = da(`kinds.${t.kind}`).toLowerCase();
  const list = (ids: string[]) =>
    ids
      .map((id) => partyNames.get(id) ?? '')
      .filter(Boolean)
      .join(', ') || da('orientation.noParties');
  const title = da(t.precedent ? 'orientation.itemTitlePrecedent' : 'orientation.itemTitle', {
    kind: da(`kinds.${t.kind}`),
    title: t.title,
  });
  const lines = [
    da('orientation.itemIntro', {
      cluster: clusterNames.get(t.clusterId) ?? '',
      forum: forumNamesMap.get(t.decidingForumId ?? t.forumId) ?? '',
      date: longDate(t.decidedOn ?? t.openedOn, 'da'),
      kind,
    }),
    da('orientation.itemParties', {
      from: list(t.transferringPartyIds),
      to: list(t.receivingPartyIds),
    }),
  ];
  if (t.theme) lines.push(da('orientation.itemTheme', { theme: t.theme }));
  if (t.precedent) {
    lines.push('', da('orientation.itemPrecedent', { reason: t.precedentReason ?? '' }));
  }
  if (t.description.trim()) lines.push('', t.description.trim());
  lines.push('', da('orientation.itemAssessment'), ...assessmentLines(t.assessment));
  lines.push('', da('orientation.itemLink', { id: t.id }));
  return { title: title.slice(0, 300), body: lines.join('\n') };
}

function assessmentLines(a: Assessment): string[] {
  return TRANSFER_DIMENSIONS.map((d) => {
    const dim = a[d];
    let line = da('orientation.itemDimension', {
      dimension: da(`dimensions.${d}`),
      text: dim.text.trim(),
    });
    if (dim.amountOre !== null)
      line += da('orientation.itemAmount', { amount: formatKroner(dim.amountOre) });
    if (dim.rating !== null)
      line += da('orientation.itemRating', { rating: da(`ratings.${dim.rating}`) });
    return line;
  });
}

/**
 * Places a pending orientation on the committee's next meeting, inside the caller's transaction
 * (the transfer row is locked by the caller). Returns the updated row; unchanged when there is
 * no meeting yet or it is already placed.
 */
export async function placeIfPossible(
  tx: Db,
  cases: CaseDeps,
  actor: Actor,
  transfer: TransferRow,
  orientation: OrientationRow,
): Promise<OrientationRow> {
  if (orientation.agendaItemId) return orientation;
  const meeting = nextMeeting(
    await committeeMeetings(tx, orientation.committeeForumId, orientation.decidedOn),
    orientation.decidedOn,
  );
  if (!meeting) return orientation;
  const text = await orientationText(tx, transfer);
  const item = await insertFreeItem(tx, cases, actor, meeting.id, {
    kind: 'free',
    type: 'information',
    title: text.title,
    body: text.body,
    closed: false,
  });
  const [row] = await tx
    .update(transferOrientations)
    .set({ meetingId: meeting.id, agendaItemId: item.id, placedAt: new Date() })
    .where(eq(transferOrientations.transferId, transfer.id))
    .returning();
  return row ?? orientation;
}

/** Records the orientation row once (a second call finds it) and places it if it can. */
export async function recordOrientation(
  tx: Db,
  cases: CaseDeps,
  actor: Actor,
  transfer: TransferRow,
  committee: CommitteeForum,
  decidedOn: IsoDate,
): Promise<OrientationRow> {
  await tx
    .insert(transferOrientations)
    .values({ transferId: transfer.id, committeeForumId: committee.id, decidedOn })
    .onConflictDoNothing();
  const [row] = await tx
    .select()
    .from(transferOrientations)
    .where(eq(transferOrientations.transferId, transfer.id));
  if (!row) throw new Error('orientation row vanished');
  return placeIfPossible(tx, cases, actor, transfer, row);
}

/** The audit row of placing a transfer's orientation (by hand, or by the placing job). */
export function placementAudit(
  transferId: string,
  placed: OrientationRow,
  automatic = false,
): AuditInput {
  return {
    action: 'transfer.placeOrientation',
    entityType: 'transfer',
    entityId: transferId,
    ...(automatic ? { summary: 'Orientering sat på udvalgets næste dagsorden (automatisk)' } : {}),
    after: {
      meetingId: placed.meetingId,
      agendaItemId: placed.agendaItemId,
      ...(automatic ? { automatic: true } : {}),
    },
    relatedIds: [
      transferId,
      ...(placed.agendaItemId ? [placed.agendaItemId] : []),
      ...(placed.meetingId ? [placed.meetingId] : []),
    ],
  };
}
