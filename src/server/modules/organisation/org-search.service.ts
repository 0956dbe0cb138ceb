/**
 * Search by name across persons, fora, parties and clusters. Matching is done in code, Danish
 * style: case-insensitive, "aa" matches "å" (Aabenraa ~ Åbenrå), results in Danish order.
 */
import { compareDa, stateOn } from '../../../domain/organisation/index';
import type { IsoDate } from '../../../shared/dates';
import type { SearchResult } from '../../../shared/organisation-views.contract';
import type { OrgContext } from './org-change';
import { listPersons } from './org-people.repo';
import { listCollaborationRows } from './org-read.repo';
import { loadSnapshot } from './org-snapshot.repo';
import { validOn } from '../../../shared/dates';

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

async function collaborationItems(
  org: OrgContext,
  collaborationId: string,
  date: IsoDate,
  q: string,
): Promise<Item[]> {
  const state = stateOn(await loadSnapshot(org.db, collaborationId), date);
  const base = { collaborationId, partyKind: null };
  const fora = [...state.fora.values()]
    .filter((f) => matchesDa(f.name, q) || (f.shortName !== null && matchesDa(f.shortName, q)))
    .map((f): Item => ({
      ...base,
      kind: 'forum',
      id: f.entityId,
      name: f.name,
      detail: f.shortName,
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
 * Persons (all), and fora, parties and clusters valid on `date` in one collaboration or in all,
 * whose name matches every word of `q`.
 */
export async function searchOrganisation(
  org: OrgContext,
  input: { q: string; date: IsoDate; collaborationId?: string | undefined },
): Promise<SearchResult> {
  const persons = (await listPersons(org.db))
    .filter((p) => matchesDa(p.name, input.q))
    .slice(0, LIMIT)
    .map((p): Item => ({
      kind: 'person',
      id: p.id,
      name: p.name,
      detail: p.email,
      collaborationId: null,
      partyKind: null,
    }));
  const collaborationIds = input.collaborationId
    ? [input.collaborationId]
    : [...new Set(validOn(await listCollaborationRows(org.db), input.date).map((c) => c.entityId))];
  const items = [...persons];
  for (const id of collaborationIds) {
    items.push(...(await collaborationItems(org, id, input.date, input.q)));
  }
  items.sort((a, b) => compareDa(a.name, b.name));
  return { date: input.date, items };
}
