/**
 * Scopes: where a user's role holds. A role (secretariat, member, …) is granted within scopes —
 * the whole country (`all`), a region (by its name, so it survives a reorganisation), a
 * collaboration, a cluster (its fora), a forum or a party (e.g. a municipality). Admins act
 * everywhere; seats keep granting what they grant (a forum's member acts as member there).
 */
import { z } from 'zod';

export const SCOPE_KINDS = ['all', 'region', 'collaboration', 'cluster', 'forum', 'party'] as const;
export const ScopeKindSchema = z.enum(SCOPE_KINDS);
export type ScopeKind = z.infer<typeof ScopeKindSchema>;

/** One grant: the kind and its target (a region's name or an entityId; none for `all`). */
export const ScopeGrantSchema = z
  .object({
    kind: ScopeKindSchema,
    target: z.string().trim().max(200).nullable(),
  })
  .refine((g) => (g.kind === 'all') === (g.target === null || g.target === ''), {
    message: 'Landsdækkende adgang har intet mål; alle andre slags skal have ét',
  })
  .refine((g) => g.kind === 'all' || g.kind === 'region' || z.uuid().safeParse(g.target).success, {
    message: 'Målet skal være et id (uuid)',
  });
export type ScopeGrant = z.infer<typeof ScopeGrantSchema>;

/** A grant as shown: with a readable name of its target (region, collaboration, forum, …). */
export const ScopeGrantViewSchema = z.object({
  kind: ScopeKindSchema,
  target: z.string().nullable(),
  label: z.string(),
  source: z.enum(['manual', 'oidc']),
});
export type ScopeGrantView = z.infer<typeof ScopeGrantViewSchema>;

export const SetScopesRequestSchema = z.object({
  scopes: z.array(ScopeGrantSchema).max(200),
});

export const ScopeListSchema = z.object({ items: z.array(ScopeGrantViewSchema) });

/**
 * The collaborations the user works in: `whole` where a grant covers the collaboration (its own or
 * its region's), `part` where a grant covers a cluster, forum or party in it; `everywhere` for
 * admins and national grants.
 */
export const MyCollaborationsSchema = z.object({
  everywhere: z.boolean(),
  whole: z.array(z.string()),
  part: z.array(z.string()),
});
export type MyCollaborations = z.infer<typeof MyCollaborationsSchema>;

/**
 * The collaboration a page starts on: the first of `ids` (in the list's order) the user works in
 * wholly, else in part, else the first; '' for an empty list.
 */
export function preferredCollaboration(
  ids: readonly string[],
  mine: MyCollaborations | undefined,
): string {
  if (mine && !mine.everywhere) {
    const whole = new Set(mine.whole);
    const part = new Set(mine.part);
    const found = ids.find((id) => whole.has(id)) ?? ids.find((id) => part.has(id));
    if (found) return found;
  }
  return ids[0] ?? '';
}

/** Something a scope can cover, offered in the admin's scope picker. */
export const ScopeOptionSchema = z.object({
  kind: ScopeKindSchema,
  target: z.string().nullable(),
  label: z.string(),
  /** The collaboration (or region) it belongs to, for grouping. */
  group: z.string().nullable(),
});
export const ScopeOptionListSchema = z.object({ items: z.array(ScopeOptionSchema) });
export type ScopeOption = z.infer<typeof ScopeOptionSchema>;

/** The key a grant or a covered object is compared by: `kind:target`, or `all`. */
export function scopeKey(kind: ScopeKind, target: string | null): string {
  return kind === 'all' ? 'all' : `${kind}:${target ?? ''}`;
}

/** `all`, `region:<name>` or `<kind>:<id>` → grants, or the first that is not one. */
export function parseScopeList(
  values: readonly string[],
): { ok: true; value: ScopeGrant[] } | { ok: false; error: string } {
  const out: ScopeGrant[] = [];
  for (const value of values) {
    const at = value.indexOf(':');
    const kind = at < 0 ? value : value.slice(0, at);
    const target = at < 0 ? null : value.slice(at + 1);
    const parsed = ScopeGrantSchema.safeParse({ kind, target });
    if (!parsed.success) return { ok: false, error: value };
    out.push(parsed.data);
  }
  return { ok: true, value: out };
}

/** The grants an OIDC login's groups map to (each group's list, without repeats). */
export function grantsForGroups(
  groups: readonly string[],
  mapping: Readonly<Record<string, readonly ScopeGrant[]>>,
): ScopeGrant[] {
  const out = new Map<string, ScopeGrant>();
  for (const group of groups) {
    for (const grant of mapping[group] ?? []) out.set(scopeKey(grant.kind, grant.target), grant);
  }
  return [...out.values()];
}
