/**
 * The users page's scopes, as the admin sees and edits them: grants in a fixed order, a short
 * summary for the table, the picker's options grouped by kind, and the list the dialog edits
 * (OIDC grants stay put; only the ones given by hand are sent back). Pure, so it is unit-tested.
 */
import type { Role } from '../../../shared/roles';
import {
  SCOPE_KINDS,
  scopeKey,
  type ScopeGrant,
  type ScopeGrantView,
  type ScopeKind,
  type ScopeOption,
} from '../../../shared/scopes';
import { sortDanish } from '../../format';

/** The key a grant or an option is compared by (`all`, or `kind:target`). */
export function keyOf(scope: { kind: ScopeKind; target: string | null }): string {
  return scopeKey(scope.kind, scope.target);
}

/** Where a kind sorts: the whole country first, then region, collaboration, … party. */
const kindOrder = (kind: ScopeKind) => SCOPE_KINDS.indexOf(kind);

/** Grants in the order they are shown: by kind (country first), then by name in Danish order. */
export function sortGrants<T extends { kind: ScopeKind; label: string }>(
  grants: readonly T[],
): T[] {
  return sortDanish(grants, (g) => g.label).sort((a, b) => kindOrder(a.kind) - kindOrder(b.kind));
}

/** The first `max` grants to show in a table cell, and how many more there are. */
export function summarizeGrants<T extends { kind: ScopeKind; label: string }>(
  grants: readonly T[],
  max = 2,
): { shown: T[]; more: number } {
  const sorted = sortGrants(grants);
  // Showing "+1 more" saves no room over showing the one.
  if (sorted.length <= max + 1) return { shown: sorted, more: 0 };
  return { shown: sorted.slice(0, max), more: sorted.length - max };
}

/** The options of one kind, as the picker shows them under one heading. */
export interface OptionGroup {
  kind: ScopeKind;
  items: ScopeOption[];
}

/**
 * The picker's options by kind, in the kinds' order, each object once (a renamed forum can come
 * back under both names; the first wins). Before anything is typed only the whole country and
 * the regions are offered: the rest are too many to browse and are found by name.
 */
export function groupOptions(options: readonly ScopeOption[], query: string): OptionGroup[] {
  const browsing = query.trim() === '';
  const seen = new Set<string>();
  const byKind = new Map<ScopeKind, ScopeOption[]>();
  for (const option of options) {
    if (browsing && option.kind !== 'all' && option.kind !== 'region') continue;
    const key = keyOf(option);
    if (seen.has(key)) continue;
    seen.add(key);
    byKind.set(option.kind, [...(byKind.get(option.kind) ?? []), option]);
  }
  return SCOPE_KINDS.flatMap((kind) => {
    const items = byKind.get(kind);
    return items ? [{ kind, items }] : [];
  });
}

/** How many options the groups hold (for the screen-reader count). */
export function countOptions(groups: readonly OptionGroup[]): number {
  return groups.reduce((sum, g) => sum + g.items.length, 0);
}

/** A grant being edited; the same shape the server answers with. */
export type EditedGrant = ScopeGrantView;

/**
 * Adds an option as a grant given by hand, or removes the grant given by hand with its key.
 * A grant from the login is never removed here (the login sets it again), and an option already
 * granted (by hand or by login) is not added twice.
 */
export function toggleGrant(
  grants: readonly EditedGrant[],
  option: Pick<ScopeOption, 'kind' | 'target' | 'label'>,
  on: boolean,
): EditedGrant[] {
  const key = keyOf(option);
  if (!on) return grants.filter((g) => g.source === 'oidc' || keyOf(g) !== key);
  if (grants.some((g) => keyOf(g) === key)) return [...grants];
  return [
    ...grants,
    { kind: option.kind, target: option.target, label: option.label, source: 'manual' },
  ];
}

/** The body of PUT /api/users/:id/scopes: the grants given by hand, without their names. */
export function manualScopes(grants: readonly EditedGrant[]): ScopeGrant[] {
  return grants
    .filter((g) => g.source === 'manual')
    .map((g) => ({ kind: g.kind, target: g.kind === 'all' ? null : g.target }));
}

/** True when the grants given by hand differ (in anything but order). */
export function manualChanged(
  before: readonly EditedGrant[],
  after: readonly EditedGrant[],
): boolean {
  const keys = (grants: readonly EditedGrant[]) =>
    [...new Set(manualScopes(grants).map(keyOf))].sort().join('\n');
  return keys(before) !== keys(after);
}

/**
 * Roles whose reach the scopes decide. An admin acts everywhere whatever the scopes say, and a
 * reader reads what every user may read; a member or the secretariat without scopes acts only
 * through seats in fora.
 */
export function scopesMatter(role: Role): boolean {
  return role === 'member' || role === 'secretariat';
}

/**
 * Whether to show the kind's name beside a grant's name: not when the name already says it
 * ("Region Syddanmark" needs no "Region"), nor for the whole country (its name is the kind).
 */
export function showsKind(kind: ScopeKind, label: string, kindName: string): boolean {
  if (kind === 'all') return false;
  return !label.toLocaleLowerCase('da').startsWith(kindName.toLocaleLowerCase('da'));
}
