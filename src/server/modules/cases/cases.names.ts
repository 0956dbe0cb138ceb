/**
 * The names case views show next to ids: fora (each forum's latest name, so a forum that has
 * ended keeps its name), clusters, the meetings steps are placed on, and the accounts behind
 * timeline entries. Resolved in batches per response. Names carry no case content: what a
 * viewer may see is still decided by the visibility rule (a hidden step loses its meeting).
 */
import type { CaseMeetingRef } from '../../../shared/cases.contract';
import { userNames } from '../auth/index';
import type { CaseRow } from './cases.repo';
import type { CaseDeps, CaseMeeting } from './ports';

/** Names by id, for one response. */
export interface CaseNames {
  fora: ReadonlyMap<string, string>;
  clusters: ReadonlyMap<string, string>;
  meetings: ReadonlyMap<string, CaseMeetingRef>;
  users: ReadonlyMap<string, string>;
}

/** The ids to name. */
export interface NameRequest {
  forumIds?: readonly (string | null)[];
  clusterIds?: readonly (string | null)[];
  /** Meetings already loaded (e.g. for the visibility rule) are not loaded again. */
  meetings?: readonly CaseMeeting[];
  meetingIds?: readonly (string | null)[];
  userIds?: readonly (string | null)[];
}

const present = (ids: readonly (string | null)[] | undefined): string[] => [
  ...new Set((ids ?? []).filter((id): id is string => id !== null)),
];

const ref = (m: CaseMeeting): CaseMeetingRef => ({
  id: m.id,
  title: m.title,
  startsAt: m.startsAt,
});

/** Resolves the names of a response in one batch per kind. */
export async function caseNames(deps: CaseDeps, request: NameRequest): Promise<CaseNames> {
  const meetings = new Map((request.meetings ?? []).map((m) => [m.id, ref(m)]));
  const missing = present(request.meetingIds).filter((id) => !meetings.has(id));
  const forumIds = present(request.forumIds);
  const clusterIds = present(request.clusterIds);
  const userIds = present(request.userIds);
  // One query per kind that has ids (in a row: the db may be a transaction's single client).
  const none = new Map<string, string>();
  for (const m of missing.length ? await deps.meetings.meetings(deps.db, missing) : []) {
    meetings.set(m.id, ref(m));
  }
  const fora = forumIds.length ? await deps.org.forumNames(deps.db, forumIds) : none;
  const clusters = clusterIds.length ? await deps.org.clusterNames(deps.db, clusterIds) : none;
  const users = userIds.length ? await userNames(deps.db, userIds) : none;
  return { fora, clusters, meetings, users };
}

/** The fora and clusters that case summaries of these rows name. */
export function summaryNameRequest(rows: readonly CaseRow[]): NameRequest {
  return {
    forumIds: rows.flatMap((r) => [r.raisedInForumId, r.returnToForumId, r.currentForumId]),
    clusterIds: rows.map((r) => r.clusterId),
  };
}

/** The name of an id, or null (an unknown id, or none). */
export function nameOf(names: ReadonlyMap<string, string>, id: string | null): string | null {
  return id === null ? null : (names.get(id) ?? null);
}
