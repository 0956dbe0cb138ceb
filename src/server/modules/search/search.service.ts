/**
 * Danish full-text search for one viewer (docs/decisions/006-danish-search.md and 013, "Search
 * at national scale"): per type, one query over the stored search columns that keeps only what
 * the viewer may see, ranks and limits in PostgreSQL; the types run side by side and are merged
 * best first, each with a plain-text snippet cut from its visible text.
 */
import {
  SEARCH_TYPES,
  type SearchHit,
  type SearchQuery,
  type SearchResult,
  type SearchType,
} from '../../../shared/search.contract';
import type { CaseDeps, Viewer } from '../cases/index';
import { freshMemberPeriods, relatedCollaborationIds } from '../organisation/index';
import type { Db } from '../../db/client';
import {
  analyseQuery,
  caseHits,
  decisionHits,
  itemHits,
  type HitQuery,
  type SearchScope,
  type VisibleHit,
} from './search.repo';
import { consultationHits } from './search.consultations';
import type { SqlQuery } from './search.sql';
import { buildSnippet, parseQuery } from './search.terms';
import { sqlViewer } from './search.visibility';

/** How each type is found (visibility included). */
const FINDERS: Record<SearchType, (db: Db, query: HitQuery) => Promise<VisibleHit[]>> = {
  case: caseHits,
  decision: decisionHits,
  agendaItem: (db, query) => itemHits(db, 'agendaItem', query),
  minutes: (db, query) => itemHits(db, 'minutes', query),
  consultation: consultationHits,
};

/**
 * Searches what the viewer may see. Hidden content gives no hit and is never counted: there
 * is no total, and every type's LIMIT counts visible hits only.
 */
export async function search(
  deps: CaseDeps,
  viewer: Viewer,
  query: SearchQuery,
): Promise<SearchResult> {
  const parsed = parseQuery(query.q);
  const { nodes, stems } = await analyseQuery(deps.db, parsed.text, parsed.words);
  if (nodes === 0 && stems.length === 0) return { query: query.q, hits: [] };
  const q: SqlQuery = { text: parsed.text, compoundStems: parsed.simple ? stems : [] };
  const types = [...new Set(query.types ?? SEARCH_TYPES)];
  // A collaboration's search covers both sides of its reorganisations.
  const [collaborationIds] = await Promise.all([
    query.collaborationId
      ? relatedCollaborationIds(deps.db, query.collaborationId)
      : Promise.resolve(undefined),
    // The membership periods the visibility conditions read, current before any query.
    freshMemberPeriods(deps.db),
  ]);
  const scope: SearchScope = { forumId: query.forumId, collaborationIds };
  const hitQuery: HitQuery = { viewer: sqlViewer(viewer), q, scope, limit: query.limit };
  const found = await Promise.all(types.map((type) => FINDERS[type](deps.db, hitQuery)));
  const hits = found.flat();
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
