/**
 * Lists of cases for one viewer: the filtered list, screening for similar and recurring cases
 * (seed 004), and the decisions that flowed back to a forum. Confidential cases the viewer may
 * not see are left out BEFORE filtering by text, grouping or paging, so neither a match nor a
 * count can reveal them: the visibility rule is part of each query's WHERE
 * (cases.visible.sql.ts), so the database filters, counts and pages.
 */
import {
  DEFAULT_SIMILARITY_THRESHOLD,
  normaliseForScreening,
  recurringAcrossClusters,
  screeningReasons,
} from '../../../domain/cases/index';
import type {
  CaseList,
  CaseListQuery,
  RecurringList,
  ReturnedList,
  ReturnedQuery,
  SimilarCaseView,
} from '../../../shared/cases.contract';
import type { CaseFlag, CaseStatus } from '../../../shared/cases.enums';
import { todayInDenmark } from '../../../shared/dates';
import type { SQL } from 'drizzle-orm';
import { freshMemberPeriods } from '../organisation/index';
import { caseNames, summaryNameRequest } from './cases.names';
import { loadCases, type CaseRow } from './cases.repo';
import { presentSummary } from './cases.present';
import {
  caseIdsReturnedTo,
  countCases,
  findCasePage,
  listWhere,
  openReturnStepsOfForum,
  screeningRows,
  similarCaseRows,
} from './cases.query.repo';
import { caseVisibleSql } from './cases.visible.sql';
import { casesForViewer, caseVisibilityContext, isCaseVisible } from './cases.view';
import type { CaseDeps } from './ports';
import type { Viewer } from './viewer';

/** The rows the viewer may see (confidential ones go through the visibility rule). */
export async function visibleRows<T extends { id: string; confidential: boolean }>(
  deps: CaseDeps,
  viewer: Viewer,
  rows: readonly T[],
): Promise<T[]> {
  const confidential = rows.filter((r) => r.confidential).map((r) => r.id);
  if (confidential.length === 0) return [...rows];
  const ctx = await caseVisibilityContext(deps, viewer, await loadCases(deps.db, confidential));
  return rows.filter((r) => !r.confidential || isCaseVisible(ctx, r.id));
}

/**
 * The SQL condition "the viewer may see this case" for one request, with the stored membership
 * periods brought up to date first (one cheap query when the organisation has not changed).
 */
export async function visibleSql(deps: CaseDeps, viewer: Viewer): Promise<SQL> {
  await freshMemberPeriods(deps.db);
  return caseVisibleSql(viewer.userId, todayInDenmark());
}

/**
 * The filtered, paged case list: filtered, ordered, paged and counted in the database. The
 * count is skipped when the page itself shows where the matches end.
 */
export async function listCases(
  deps: CaseDeps,
  viewer: Viewer,
  query: CaseListQuery,
): Promise<CaseList> {
  const { limit, offset, ...filters } = query;
  const where = listWhere(filters, await visibleSql(deps, viewer));
  const page = await findCasePage(deps.db, where, { limit, offset });
  const complete = page.length < limit && (page.length > 0 || offset === 0);
  const total = complete ? offset + page.length : await countCases(deps.db, where);
  const names = await caseNames(deps, summaryNameRequest(page));
  return { items: page.map((r) => presentSummary(r, names)), total };
}

/** Similar cases from other clusters than `clusterId` (pg_trgm on the normalised text). */
export async function similarCases(
  deps: CaseDeps,
  viewer: Viewer,
  input: {
    collaborationId: string;
    clusterId: string | null;
    title: string;
    summary: string;
    excludeId?: string;
  },
): Promise<SimilarCaseView[]> {
  const text = normaliseForScreening(`${input.title} ${input.summary}`);
  if (text === '') return [];
  const shown = await similarCaseRows(
    deps.db,
    { ...input, text },
    DEFAULT_SIMILARITY_THRESHOLD,
    await visibleSql(deps, viewer),
  );
  const names = await caseNames(deps, summaryNameRequest(shown.map((m) => m.row)));
  return shown.map((m) => ({ case: presentSummary(m.row, names), score: m.score }));
}

/** Rows by cluster (cases without one last) and id: the screening list's order. */
function byClusterAndId(rows: readonly CaseRow[]): CaseRow[] {
  const key = (r: CaseRow) => [r.clusterId === null ? 1 : 0, r.clusterId ?? '', r.id] as const;
  return [...rows].sort((a, b) => {
    const [x, y] = [key(a), key(b)];
    return x[0] - y[0] || (x[1] < y[1] ? -1 : x[1] > y[1] ? 1 : 0) || (x[2] < y[2] ? -1 : 1);
  });
}

/**
 * The officials' committee's screening list: groups of similar cases raised in two or more
 * clusters, and every case with its reasons (recurring, cross-cutting, principled,
 * precedent-setting).
 */
export async function recurringCases(
  deps: CaseDeps,
  viewer: Viewer,
  query: { collaborationId: string; status: CaseStatus },
): Promise<RecurringList> {
  const rows = byClusterAndId(
    await screeningRows(
      deps.db,
      query.collaborationId,
      query.status,
      await visibleSql(deps, viewer),
    ),
  );
  const groups = recurringAcrossClusters<CaseRow>(rows);
  const recurring = new Set(groups.flatMap((g) => g.cases.map((c) => c.id)));
  const listed = rows
    .map((row) => ({
      row,
      reasons: screeningReasons({ flags: row.flags as CaseFlag[] }, recurring.has(row.id)),
    }))
    .filter((x) => x.reasons.length > 0);
  const request = summaryNameRequest(rows);
  const names = await caseNames(deps, {
    ...request,
    clusterIds: [...(request.clusterIds ?? []), ...groups.flatMap((g) => g.clusterIds)],
  });
  return {
    groups: groups.map((g) => ({
      cases: g.cases.map((c) => presentSummary(c, names)),
      clusterIds: g.clusterIds,
      clusters: g.clusterIds.map((id) => ({ id, name: names.clusters.get(id) ?? null })),
      score: g.score,
    })),
    cases: listed.map((x) => ({ case: presentSummary(x.row, names), reasons: x.reasons })),
  };
}

/** One page of the forum's open return steps on cases the viewer may see (issue 12). */
export async function openReturnStepsForViewer(
  deps: CaseDeps,
  viewer: Viewer,
  forumId: string,
  page: { limit: number; offset: number },
) {
  return openReturnStepsOfForum(deps.db, forumId, await visibleSql(deps, viewer), page);
}

/**
 * What flowed back down to a forum (decisions returned, cases sent back, withdrawals): e.g.
 * the SSU decision appearing in the cluster that raised the case, with the forum's return
 * steps (issue 12); one page, the cases with a decision still awaiting the forum first.
 */
export async function returnedToForum(
  deps: CaseDeps,
  viewer: Viewer,
  query: ReturnedQuery,
): Promise<ReturnedList> {
  const { forumId, limit, offset } = query;
  const { ids, total } = await caseIdsReturnedTo(deps.db, forumId, await visibleSql(deps, viewer), {
    limit,
    offset,
  });
  const loaded = await loadCases(deps.db, ids);
  const views = await casesForViewer(deps, viewer, loaded);
  const names = await caseNames(deps, summaryNameRequest(loaded.map((l) => l.row)));
  const items = views.flatMap((view, i) => {
    if (view.redacted) return [];
    const row = loaded[i]?.row as CaseRow;
    const entries = view.timeline.filter((e) => e.direction === 'down' && e.toForumId === forumId);
    const steps = view.steps.filter((s) => s.origin === 'trail' && s.forumId === forumId);
    return entries.length || steps.length
      ? [{ case: presentSummary(row, names), entries, steps }]
      : [];
  });
  return { items, total };
}
