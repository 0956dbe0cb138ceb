/**
 * From candidate rows to hits the viewer may see. Every hit is built from what the
 * viewer-filtered functions return (casesForViewer, getAgendaForViewer), never from the rows the
 * search query read: a confidential case, a step treated in a closed item, a closed item or an
 * unpublished agenda the viewer may not see simply gives no hit (and its text no snippet).
 */
import type { Agenda, VisibleAgendaItem } from '../../../shared/agendas.contract';
import type { VisibleCase } from '../../../shared/cases.contract';
import { agendaPath, casePath, caseStepPath, minutesPath } from '../../../shared/links';
import type { SearchType } from '../../../shared/search.contract';
import { getAgendaForViewer } from '../agendas/index';
import { casesForViewer, loadCases, type CaseDeps, type Viewer } from '../cases/index';
import type { Candidate } from './search.repo';

/** A visible hit before its snippet is cut: the whole visible text it was found in. */
export interface VisibleHit {
  type: SearchType;
  id: string;
  title: string;
  text: string;
  link: string;
  caseId: string | null;
  meetingId: string | null;
  forumId: string | null;
  date: string | null;
  rank: number;
}

const joined = (...parts: (string | null)[]): string => parts.filter(Boolean).join('\n');

/** The cases the viewer may see, by id. */
async function visibleCases(
  deps: CaseDeps,
  viewer: Viewer,
  caseIds: readonly string[],
): Promise<Map<string, VisibleCase>> {
  const loaded = await loadCases(deps.db, [...new Set(caseIds)]);
  const views = await casesForViewer(deps, viewer, loaded);
  return new Map(views.flatMap((v) => (v.redacted ? [] : [[v.id, v] as const])));
}

/** Case hits: title, summary and body of the cases the viewer may see. */
export async function visibleCaseHits(
  deps: CaseDeps,
  viewer: Viewer,
  candidates: readonly Candidate[],
): Promise<VisibleHit[]> {
  const visible = await visibleCases(
    deps,
    viewer,
    candidates.map((c) => c.id),
  );
  return candidates.flatMap((c) => {
    const v = visible.get(c.id);
    if (!v) return [];
    return [
      {
        type: 'case' as const,
        id: v.id,
        title: v.title,
        text: joined(v.title, v.summary, v.body),
        link: casePath(v.id),
        caseId: v.id,
        meetingId: null,
        forumId: v.raisedInForumId,
        date: v.raisedOn,
        rank: c.rank,
      },
    ];
  });
}

/** Decision hits: the recommendation and decision of steps the viewer may see. */
export async function visibleDecisionHits(
  deps: CaseDeps,
  viewer: Viewer,
  candidates: readonly Candidate[],
): Promise<VisibleHit[]> {
  const visible = await visibleCases(
    deps,
    viewer,
    candidates.flatMap((c) => (c.caseId ? [c.caseId] : [])),
  );
  return candidates.flatMap((c) => {
    const v = c.caseId ? visible.get(c.caseId) : undefined;
    const step = v?.steps.find((s) => s.id === c.id);
    if (!v || !step || step.redacted) return [];
    const text = joined(step.recommendation, step.decisionText);
    if (text === '') return [];
    return [
      {
        type: 'decision' as const,
        id: step.id,
        title: v.title,
        text,
        link: caseStepPath(v.id, step.id),
        caseId: v.id,
        meetingId: step.meetingId,
        forumId: step.forumId,
        date: step.decidedOn,
        rank: c.rank,
      },
    ];
  });
}

function itemHit(
  type: 'agendaItem' | 'minutes',
  agenda: Agenda,
  item: VisibleAgendaItem,
  rank: number,
): VisibleHit | null {
  const text =
    type === 'agendaItem' ? joined(item.title, item.body, item.recommendation) : item.decision;
  if (!text) return null;
  const path = type === 'agendaItem' ? agendaPath : minutesPath;
  return {
    type,
    id: item.id,
    title: item.title,
    text,
    link: path(agenda.meetingId, item.number),
    caseId: item.caseId,
    meetingId: agenda.meetingId,
    forumId: agenda.forumId,
    date: agenda.meetingDate,
    rank,
  };
}

/** Agenda item or minutes hits: items the viewer may see on agendas they may see. */
export async function visibleItemHits(
  deps: CaseDeps,
  viewer: Viewer,
  type: 'agendaItem' | 'minutes',
  candidates: readonly Candidate[],
): Promise<VisibleHit[]> {
  const agendas = new Map<string, Agenda>();
  for (const meetingId of new Set(candidates.flatMap((c) => (c.meetingId ? [c.meetingId] : [])))) {
    agendas.set(meetingId, await getAgendaForViewer(deps, viewer, meetingId));
  }
  return candidates.flatMap((c) => {
    const agenda = c.meetingId ? agendas.get(c.meetingId) : undefined;
    if (!agenda || (type === 'minutes' && agenda.status !== 'published')) return [];
    const item = agenda.items.find((i) => i.id === c.id);
    if (!item || item.redacted) return [];
    const hit = itemHit(type, agenda, item, c.rank);
    return hit ? [hit] : [];
  });
}
