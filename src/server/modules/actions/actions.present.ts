/** Rows of decision actions as the API presents them (names looked up once per page). */
import { isOverdue } from '../../../domain/actions/index';
import type { DecisionAction, OverdueAction } from '../../../shared/actions.contract';
import type { IsoDate } from '../../../shared/dates';
import type { Db } from '../../db/client';
import type { CaseDeps } from '../cases/index';
import { ownerNames, type ActionRow } from './actions.repo';

/** The names the presented rows need: fora, parties, persons. */
export async function namesFor(deps: CaseDeps, rows: readonly ActionRow[]) {
  const forumIds = [...new Set(rows.flatMap((r) => [r.decidingForumId, r.followUpForumId]))];
  const fora = await deps.org.forumNames(deps.db, forumIds);
  const owners = await ownerNames(
    deps.db,
    [...new Set(rows.flatMap((r) => (r.ownerPartyId ? [r.ownerPartyId] : [])))],
    [...new Set(rows.flatMap((r) => (r.ownerPersonId ? [r.ownerPersonId] : [])))],
  );
  return { fora, owners };
}

type Names = Awaited<ReturnType<typeof namesFor>>;

export function presentAction(row: ActionRow, names: Names, on: IsoDate): DecisionAction {
  const ownerId = (row.ownerPartyId ?? row.ownerPersonId) as string;
  return {
    id: row.id,
    title: row.title,
    description: row.description,
    status: row.status,
    dueDate: row.dueDate,
    decidedOn: row.decidedOn,
    meetingId: row.meetingId,
    itemId: row.itemId,
    caseId: row.caseId,
    caseStepId: row.caseStepId,
    decidingForum: { id: row.decidingForumId, name: names.fora.get(row.decidingForumId) ?? null },
    followUpForum: { id: row.followUpForumId, name: names.fora.get(row.followUpForumId) ?? null },
    owner: {
      kind: row.ownerPartyId ? 'party' : 'person',
      id: ownerId,
      name: names.owners.get(ownerId) ?? null,
    },
    statusChangedOn: row.statusChangedOn,
    statusChangedBy: row.statusChangedBy,
    progress: row.progress,
    overdue: isOverdue(row, on),
  };
}

export async function presentAll(
  deps: CaseDeps,
  rows: readonly ActionRow[],
  on: IsoDate,
): Promise<DecisionAction[]> {
  const names = await namesFor(deps, rows);
  return rows.map((r) => presentAction(r, names, on));
}

/** The agenda's short form of an overdue action. */
export async function presentOverdue(
  deps: { db: Db; org: CaseDeps['org'] },
  rows: readonly ActionRow[],
): Promise<OverdueAction[]> {
  const names = await namesFor(deps as CaseDeps, rows);
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    dueDate: r.dueDate,
    status: r.status,
    decidedOn: r.decidedOn,
    decidingForumName: names.fora.get(r.decidingForumId) ?? null,
    ownerName: names.owners.get((r.ownerPartyId ?? r.ownerPersonId) as string) ?? null,
  }));
}
