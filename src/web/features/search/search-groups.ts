/**
 * The search page's groups: content hits by type (cases, agenda items, decisions, minutes) and
 * organisation hits by kind (persons, fora, parties, clusters), in a fixed order, empty groups
 * left out. Pure, so it is unit-tested.
 */
import type { SearchResult as OrgSearchResult } from '../../../shared/organisation-views.contract';
import { SEARCH_TYPES, type SearchHit } from '../../../shared/search.contract';
import { AS_OF_PARAM } from '../organisation/as-of';
import { orgPaths } from '../organisation/org-paths';
import { matchRanges, splitHighlights, type TextPart } from './highlight';

/** The kinds of result, in the order the page shows them. */
export const RESULT_GROUPS = [...SEARCH_TYPES, 'person', 'forum', 'party', 'cluster'] as const;
export type ResultGroupId = (typeof RESULT_GROUPS)[number];

type OrgItem = OrgSearchResult['items'][number];

/** One result as the page shows it. */
export interface ResultItem {
  key: string;
  /** The title, with the matched words marked for organisation names. */
  title: TextPart[];
  /** Where the result opens; null when it has no page. */
  link: string | null;
  /** The text around the match, marked (content hits). */
  snippet: TextPart[] | null;
  /** A content hit's type and date, for the meta line. */
  hit: SearchHit | null;
  /** An organisation hit's detail (e.g. the party of a person). */
  detail: string | null;
  /** A person's offices and seats on the day (empty for other results). */
  affiliations: OrgItem['affiliations'];
  /** A forum that has ended: its last day (the link shows it on that day). */
  endedOn: string | null;
}

/** A group of results. */
export interface ResultGroup {
  id: ResultGroupId;
  items: ResultItem[];
}

function fromHit(hit: SearchHit): ResultItem {
  return {
    key: `${hit.type}-${hit.id}`,
    title: [{ text: hit.title, mark: false }],
    link: hit.link,
    snippet: splitHighlights(hit.snippet, hit.highlights),
    hit,
    detail: null,
    affiliations: [],
    endedOn: null,
  };
}

function orgLink(item: OrgItem): string | null {
  if (item.kind === 'person') return orgPaths.person(item.id);
  if (item.kind === 'forum') {
    const path = orgPaths.forum(item.id);
    return item.endedOn ? `${path}?${AS_OF_PARAM}=${item.endedOn}` : path;
  }
  if (item.kind === 'party') return orgPaths.party(item.id);
  return item.collaborationId ? orgPaths.collaboration(item.collaborationId) : null;
}

function fromOrg(item: OrgItem, query: string): ResultItem {
  return {
    key: `${item.kind}-${item.id}`,
    title: splitHighlights(item.name, matchRanges(item.name, query)),
    link: orgLink(item),
    snippet: null,
    hit: null,
    detail: item.detail,
    affiliations: item.affiliations,
    endedOn: item.endedOn,
  };
}

/** The non-empty groups of both searches, in {@link RESULT_GROUPS} order. */
export function groupResults(
  query: string,
  hits: readonly SearchHit[],
  org: readonly OrgItem[],
): ResultGroup[] {
  return RESULT_GROUPS.map((id) => ({
    id,
    items: [
      ...hits.filter((h) => h.type === id).map(fromHit),
      ...org.filter((o) => o.kind === id).map((o) => fromOrg(o, query)),
    ],
  })).filter((g) => g.items.length > 0);
}
