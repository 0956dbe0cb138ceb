/**
 * Viewer-filtered reads of cases. EVERY channel that shows case content (API, search, exports
 * such as DOCX/PDF, ICS, e-mail) must read cases through these functions, so that confidential
 * cases and steps treated in closed items never leak (ASVS 8.2.3). They apply the one pure rule
 * (src/domain/agendas/visibility.ts) with the clearance resolved by visibility.service.ts.
 */
import {
  caseView,
  mayViewAttachments,
  mayViewCase,
  restrictionsOfCases,
  type CaseVisibility,
  type Clearance,
} from '../../../domain/agendas/index';
import type { CaseDetail } from '../../../shared/cases.contract';
import { todayInDenmark, type IsoDate } from '../../../shared/dates';
import { notFound } from '../../platform/errors';
import { attachmentsOf } from './attachments.repo';
import { loadCases, type LoadedCase } from './cases.repo';
import { caseNames, type CaseNames } from './cases.names';
import { fullNameIds, presentFull, visibilityOf } from './cases.present';
import type { CaseDeps, CaseMeeting } from './ports';
import type { Viewer } from './viewer';
import { resolveClearance } from './visibility.service';

/** What is needed to apply the visibility rule to some cases for one viewer. */
export interface CaseVisibilityContext {
  today: IsoDate;
  clearance: Clearance;
  visibility: ReadonlyMap<string, CaseVisibility>;
  /** The meetings the cases' steps are placed on. */
  meetings: readonly CaseMeeting[];
}

/** Resolves the visibility of `loaded` for `viewer`: meeting dates, restrictions, clearance. */
export async function caseVisibilityContext(
  deps: CaseDeps,
  viewer: Viewer,
  loaded: readonly LoadedCase[],
): Promise<CaseVisibilityContext> {
  const today = todayInDenmark();
  const meetingIds = [
    ...new Set(
      loaded.flatMap((l) => l.case.steps.flatMap((s) => (s.meetingId ? [s.meetingId] : []))),
    ),
  ];
  const meetings = await deps.meetings.meetings(deps.db, meetingIds);
  const dates = new Map(meetings.map((m) => [m.id, m.date]));
  const visibility = new Map(loaded.map((l) => [l.row.id, visibilityOf(l, dates)]));
  const restrictions = restrictionsOfCases([...visibility.values()], today);
  const clearance = await resolveClearance(deps.db, deps.org, viewer, restrictions);
  return { today, clearance, visibility, meetings };
}

/** True when the viewer may see the case in lists, search and screening. */
export function isCaseVisible(ctx: CaseVisibilityContext, caseId: string): boolean {
  const v = ctx.visibility.get(caseId);
  return v !== undefined && mayViewCase(v, ctx.clearance, ctx.today);
}

/** The names the whole cases show, in one batch. */
async function namesOfCases(
  deps: CaseDeps,
  loaded: readonly LoadedCase[],
  meetings: readonly CaseMeeting[],
): Promise<CaseNames> {
  const ids = loaded.map(fullNameIds);
  return caseNames(deps, {
    forumIds: ids.flatMap((i) => i.forumIds),
    clusterIds: ids.flatMap((i) => i.clusterIds),
    meetingIds: ids.flatMap((i) => i.meetingIds),
    userIds: ids.flatMap((i) => i.userIds),
    meetings,
  });
}

/**
 * Loaded cases as one viewer may see them, in the given order, with the names of fora,
 * clusters, meetings and actors. The visibility rule runs last, on the named case, so a hidden
 * step loses its meeting (id, title and time) with its texts.
 */
export async function casesForViewer(
  deps: CaseDeps,
  viewer: Viewer,
  loaded: readonly LoadedCase[],
): Promise<CaseDetail[]> {
  const ctx = await caseVisibilityContext(deps, viewer, loaded);
  const attachments = await attachmentsOf(
    deps.db,
    loaded.map((l) => l.row.id),
  );
  const names = await namesOfCases(deps, loaded, ctx.meetings);
  return loaded.map((l) => {
    const full = presentFull(l, attachments.get(l.row.id) ?? [], names);
    return caseView(full, ctx.visibility.get(l.row.id) as CaseVisibility, ctx.clearance, ctx.today);
  });
}

/**
 * One case as the viewer may see it: the whole case, the case with its closed steps redacted,
 * or (confidential, viewer not a member of a forum treating it) a placeholder. 404 if unknown.
 */
export async function getCaseForViewer(
  deps: CaseDeps,
  viewer: Viewer,
  caseId: string,
): Promise<CaseDetail> {
  const loaded = await loadCases(deps.db, [caseId]);
  if (loaded.length === 0) throw notFound({ da: 'Sagen', en: 'The case' });
  const [view] = await casesForViewer(deps, viewer, loaded);
  return view as CaseDetail;
}

/** True when the viewer may download the case's attachments (same rule as the case view). */
export async function mayDownloadAttachments(
  deps: CaseDeps,
  viewer: Viewer,
  loaded: LoadedCase,
): Promise<boolean> {
  const ctx = await caseVisibilityContext(deps, viewer, [loaded]);
  return mayViewAttachments(
    ctx.visibility.get(loaded.row.id) as CaseVisibility,
    ctx.clearance,
    ctx.today,
  );
}
