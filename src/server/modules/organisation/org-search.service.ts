/**
 * Search by name across persons, fora, parties and clusters. Matching is done in code, Danish
 * style: case-insensitive, "aa" matches "å" (Aabenraa ~ Åbenrå), results in Danish order.
 */
import { compareDa } from '../../../domain/organisation/index';
import type { IsoDate } from '../../../shared/dates';
import {
  PERSON_SEARCH_LIMIT,
  type SearchResult,
} from '../../../shared/organisation-views.contract';
import type { OrgContext } from './org-change';
import { personAffiliations, searchPersonRows } from './org-person-search.repo';
import { listCollaborationRows } from './org-read.repo';
import { loadOrgDay } from './org-day';
import type { StoredSnapshot } from './org-snapshot.repo';
import { relatedCollaborationIds } from './org-succession.service';

/** At most this many results per kind. */
const LIMIT = 25;

/** Folds a name for matching: lower case, NFC, "aa" → "å", runs of space → one. */
export function foldDa(text: string): string {
  return text
    .normalize('NFC')
    .toLocaleLowerCase('da')
    .replace(/aa/g, 'å')
    .replace(/\s+/g, ' ')
    .trim();
}

/** True when every word of the query occurs in the name (folded). */
export function matchesDa(name: string, query: string): boolean {
  const folded = foldDa(name);
  return foldDa(query)
    .split(' ')
    .every((word) => folded.includes(word));
}

type Item = SearchResult['items'][number];

type ForumVersion = StoredSnapshot['fora'][number];

/**
 * Each forum as of `date`: its version valid that day, or, for a forum that has ended, its last
 * version (so history stays findable, with its end date). Fora that start later are left out.
 */
export function foraOnOrBefore(versions: readonly ForumVersion[], date: IsoDate): ForumVersion[] {
  const latest = new Map<string, ForumVersion>();
  for (const v of versions) {
    if (v.validFrom > date) continue;
    const seen = latest.get(v.entityId);
    if (!seen || seen.validFrom < v.validFrom) latest.set(v.entityId, v);
  }
  return [...latest.values()];
}

async function collaborationItems(
  org: OrgContext,
  collaborationId: string,
  date: IsoDate,
  q: string,
): Promise<Item[]> {
  const { snapshot, state } = await loadOrgDay(org, collaborationId, date);
  const base = { collaborationId, partyKind: null, endedOn: null, affiliations: [] };
  const fora = foraOnOrBefore(snapshot.fora, date)
    .filter((f) => matchesDa(f.name, q) || (f.shortName !== null && matchesDa(f.shortName, q)))
    .map((f): Item => ({
      ...base,
      kind: 'forum',
      id: f.entityId,
      name: f.name,
      detail: f.shortName,
      endedOn: f.validTo !== null && f.validTo < date ? f.validTo : null,
    }));
  const parties = [...state.parties.values()]
    .filter((p) => matchesDa(p.name, q))
    .map((p): Item => ({
      ...base,
      kind: 'party',
      id: p.entityId,
      name: p.name,
      detail: p.code,
      partyKind: p.kind,
    }));
  const clusters = [...state.clusters.values()]
    .filter((c) => matchesDa(c.name, q))
    .map((c): Item => ({ ...base, kind: 'cluster', id: c.entityId, name: c.name, detail: null }));
  return [...fora.slice(0, LIMIT), ...parties.slice(0, LIMIT), ...clusters.slice(0, LIMIT)];
}

/**
 * A page of the persons whose name matches every word of `q` (in SQL, on the folded name), each
 * with what they do on `date`; `more` when further persons match.
 */
export async function searchPersons(
  org: OrgContext,
  input: { q: string; date: IsoDate; offset?: number | undefined },
): Promise<{ items: Item[]; more: boolean }> {
  const rows = await searchPersonRows(org.db, {
    words: foldDa(input.q).split(' '),
    limit: PERSON_SEARCH_LIMIT + 1,
    offset: input.offset ?? 0,
  });
  const page = rows.slice(0, PERSON_SEARCH_LIMIT);
  const affiliations = await personAffiliations(
    org.db,
    page.map((p) => p.id),
    input.date,
  );
  const items = page.map((p): Item => ({
    kind: 'person',
    id: p.id,
    name: p.name,
    detail: p.email,
    collaborationId: null,
    partyKind: null,
    endedOn: null,
    affiliations: affiliations.get(p.id) ?? [],
  }));
  return { items, more: rows.length > PERSON_SEARCH_LIMIT };
}

/**
 * Persons (a page, see {@link searchPersons}), and fora, parties and clusters valid on `date` in
 * one collaboration or in all, whose name matches every word of `q`; or only the kind asked for.
 */
export async function searchOrganisation(
  org: OrgContext,
  input: {
    q: string;
    date: IsoDate;
    collaborationId?: string | undefined;
    kind?: Item['kind'] | undefined;
    offset?: number | undefined;
  },
): Promise<SearchResult> {
  const wants = (kind: Item['kind']) => input.kind === undefined || input.kind === kind;
  const persons = wants('person') ? await searchPersons(org, input) : { items: [], more: false };
  const items = [...persons.items];
  if (input.kind === 'person') {
    items.sort((a, b) => compareDa(a.name, b.name));
    return { date: input.date, items, morePersons: persons.more };
  }
  // A collaboration's search covers those linked to it by reorganisations; without one, every
  // collaboration that has begun (ended ones too: their fora are still found, with end dates).
  const collaborationIds = input.collaborationId
    ? await relatedCollaborationIds(org.db, input.collaborationId)
    : [
        ...new Set(
          (await listCollaborationRows(org.db))
            .filter((c) => c.validFrom <= input.date)
            .map((c) => c.entityId),
        ),
      ];
  for (const id of collaborationIds) {
    const found = await collaborationItems(org, id, input.date, input.q);
    items.push(...found.filter((item) => wants(item.kind)));
  }
  items.sort((a, b) => compareDa(a.name, b.name));
  return { date: input.date, items, morePersons: persons.more };
}
