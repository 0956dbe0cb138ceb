/**
 * A breach of a forum's composition: a declared composition rule or a built-in structural check
 * that does not hold on a day. Breaches carry an i18n `code` and the `params` its message needs,
 * so the server and the web app render them in Danish or English from the shared resources.
 */
import type { BreachCode, BreachKind, Severity } from '../../shared/organisation.enums';

/** Values a breach message can interpolate: names, counts, enum values (i18n keys). */
export type BreachParams = Readonly<Record<string, string | number | null | readonly string[]>>;

/** One breach on one forum, about one subject. */
export interface Breach {
  forumEntityId: string;
  /** The composition rule row; null for built-in structural checks. */
  ruleId: string | null;
  ruleKind: BreachKind;
  severity: Severity;
  /** i18n key, one of `BREACH_CODES`. */
  code: BreachCode;
  /**
   * What the breach is about (a cluster, party, person or seat entityId, or a constant for
   * forum-wide rules). Part of the identity, so one more missing cluster is one new breach.
   */
  subject: string;
  params: BreachParams;
}

/**
 * The stable identity of a breach: forum, rule (or structural kind), code and subject. Names and
 * counts in `params` are left out so that a renamed cluster is not a new breach.
 */
export function breachKey(breach: Breach): string {
  return [breach.forumEntityId, breach.ruleId ?? breach.ruleKind, breach.code, breach.subject].join(
    '|',
  );
}

/**
 * The breaches in `after` that are not in `before` (by `breachKey`). Used before saving a change:
 * a change that adds a breach is refused (HTTP 409 `composition-breach`) unless acknowledged,
 * while breaches that already existed do not block unrelated edits.
 */
export function newBreaches(before: readonly Breach[], after: readonly Breach[]): Breach[] {
  const known = new Set(before.map(breachKey));
  return after.filter((breach) => !known.has(breachKey(breach)));
}
