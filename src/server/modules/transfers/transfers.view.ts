/** The task transfers as the API shows them: summaries (lists) and details (page, compare). */
import { missingDimensions } from '../../../domain/transfers/index';
import type { TransferDetail, TransferSummary } from '../../../shared/transfers.contract';
import type { Db } from '../../db/client';
import { clusters, fora, parties } from '../organisation/index';
import { meetingInfo, namesOf, orientationsOf, type TransferRow } from './transfers.repo';

/** The list rows with their cluster's and forum's names. */
export async function summaries(db: Db, rows: readonly TransferRow[]): Promise<TransferSummary[]> {
  const [clusterNames, forumNames] = await Promise.all([
    namesOf(
      db,
      clusters,
      rows.map((r) => r.clusterId),
    ),
    namesOf(
      db,
      fora,
      rows.map((r) => r.forumId),
    ),
  ]);
  return rows.map((r) => summaryOf(r, clusterNames, forumNames));
}

function summaryOf(
  r: TransferRow,
  clusterNames: ReadonlyMap<string, string>,
  forumNames: ReadonlyMap<string, string>,
): TransferSummary {
  return {
    id: r.id,
    collaborationId: r.collaborationId,
    title: r.title,
    theme: r.theme,
    cluster: { id: r.clusterId, name: clusterNames.get(r.clusterId) ?? '' },
    forum: { id: r.forumId, name: forumNames.get(r.forumId) ?? '' },
    kind: r.kind,
    status: r.status,
    precedent: r.precedent,
    openedOn: r.openedOn,
    decidedOn: r.decidedOn,
  };
}

/** Full details of some transfers (in the given order), with the orientation's state. */
export async function details(db: Db, rows: readonly TransferRow[]): Promise<TransferDetail[]> {
  const forumIds = rows.flatMap((r) => [
    r.forumId,
    ...(r.decidingForumId ? [r.decidingForumId] : []),
  ]);
  const orientations = await orientationsOf(
    db,
    rows.map((r) => r.id),
  );
  const committeeIds = [...orientations.values()].map((o) => o.committeeForumId);
  const [clusterNames, forumNames, partyNames, meetingsById] = await Promise.all([
    namesOf(
      db,
      clusters,
      rows.map((r) => r.clusterId),
    ),
    namesOf(db, fora, [...forumIds, ...committeeIds]),
    namesOf(
      db,
      parties,
      rows.flatMap((r) => [...r.transferringPartyIds, ...r.receivingPartyIds]),
    ),
    meetingInfo(
      db,
      [...orientations.values()].flatMap((o) => (o.meetingId ? [o.meetingId] : [])),
    ),
  ]);
  const named = (ids: string[]) => ids.map((id) => ({ id, name: partyNames.get(id) ?? '' }));
  return rows.map((r) => {
    const o = orientations.get(r.id);
    return {
      ...summaryOf(r, clusterNames, forumNames),
      description: r.description,
      transferringParties: named(r.transferringPartyIds),
      receivingParties: named(r.receivingPartyIds),
      assessment: r.assessment,
      precedentReason: r.precedentReason,
      decidingForum: r.decidingForumId
        ? { id: r.decidingForumId, name: forumNames.get(r.decidingForumId) ?? '' }
        : null,
      withdrawnReason: r.withdrawnReason,
      missingDimensions: missingDimensions(r.assessment),
      orientation: o
        ? {
            status: o.agendaItemId ? ('placed' as const) : ('pending' as const),
            committee: {
              id: o.committeeForumId,
              name: forumNames.get(o.committeeForumId) ?? '',
            },
            decidedOn: o.decidedOn,
            meeting: o.meetingId ? (meetingsById.get(o.meetingId) ?? null) : null,
            agendaItemId: o.agendaItemId,
          }
        : null,
      version: r.version,
    };
  });
}
