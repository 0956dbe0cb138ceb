/**
 * Danish full-text search for one viewer (docs/decisions/006-danish-search.md): candidates per
 * type from PostgreSQL ('danish' full text plus pg_trgm for compound words), then only what the
 * viewer may see, best first, with a plain-text snippet cut from the visible text.
 */
import {
  SEARCH_TYPES,
  type SearchHit,
  type SearchQuery,
  type SearchResult,
  type SearchType,
} from '../../../shared/search.contract';
import type { CaseDeps, Viewer } from '../cases/index';
import {
  analyseQuery,
  caseCandidates,
  decisionCandidates,
  itemCandidates,
  type Candidate,
  type SearchScope,
} from './search.repo';
import { relatedCollaborationIds } from '../organisation/index';
import type { SqlQuery } from './search.sql';
import { buildSnippet, parseQuery } from './search.terms';
import {
  visibleCaseHits,
  visibleDecisionHits,
  visibleItemHits,
  type VisibleHit,
} from './search.visible';

type Finder = (
  deps: CaseDeps,
  viewer: Viewer,
  q: SqlQuery,
  scope: SearchScope,
) => Promise<VisibleHit[]>;

const visibleOnly =
  (
    candidates: (deps: CaseDeps, q: SqlQuery, scope: SearchScope) => Promise<Candidate[]>,
    visible: (deps: CaseDeps, viewer: Viewer, c: readonly Candidate[]) => Promise<VisibleHit[]>,
  ): Finder =>
  async (deps, viewer, q, scope) =>
    visible(deps, viewer, await candidates(deps, q, scope));

/** How each type is found and filtered. */
const FINDERS: Record<SearchType, Finder> = {
  case: visibleOnly((d, q, f) => caseCandidates(d.db, q, f), visibleCaseHits),
  decision: visibleOnly((d, q, f) => decisionCandidates(d.db, q, f), visibleDecisionHits),
  agendaItem: visibleOnly(
    (d, q, f) => itemCandidates(d.db, q, 'items', f),
    (d, v, c) => visibleItemHits(d, v, 'agendaItem', c),
  ),
  minutes: visibleOnly(
    (d, q, f) => itemCandidates(d.db, q, 'minutes', f),
    (d, v, c) => visibleItemHits(d, v, 'minutes', c),
  ),
};

/**
 * Searches what the viewer may see. Hidden content gives no hit and is never counted: there
 * is no total, and the limit is applied after filtering.
 */
export async function search(
  deps: CaseDeps,
  viewer: Viewer,
  query: SearchQuery,
): Promise<SearchResult> {
  const parsed = parseQuery(query.q);
  const { nodes, stems } = await analyseQuery(deps.db, parsed.text, parsed.words);
  if (nodes === 0 && stems.length === 0) return { query: query.q, hits: [] };
  const sqlQuery: SqlQuery = { text: parsed.text, compoundStems: parsed.simple ? stems : [] };
  const types = query.types ?? [...SEARCH_TYPES];
  // A collaboration's search covers both sides of its reorganisations.
  const scope: SearchScope = {
    forumId: query.forumId,
    collaborationIds: query.collaborationId
      ? await relatedCollaborationIds(deps.db, query.collaborationId)
      : undefined,
  };
  const hits: VisibleHit[] = [];
  for (const type of new Set(types)) {
    hits.push(...(await FINDERS[type](deps, viewer, sqlQuery, scope)));
  }
  hits.sort((a, b) => b.rank - a.rank || a.id.localeCompare(b.id));
  return { query: query.q, hits: hits.slice(0, query.limit).map((h) => present(h, stems)) };
}

function present(hit: VisibleHit, stems: readonly string[]): SearchHit {
  const { snippet, highlights } = buildSnippet(hit.text, stems);
  return {
    type: hit.type,
    id: hit.id,
    title: hit.title,
    snippet,
    highlights,
    link: hit.link,
    caseId: hit.caseId,
    meetingId: hit.meetingId,
    forumId: hit.forumId,
    date: hit.date,
  };
}
