/**
 * What a route acts on, declared beside its access (`config.scope`), so the access hook can check
 * the user's scopes (src/shared/scopes.ts) for EVERY route in one place
 * (src/server/modules/access/access.hooks.ts). A rule reads the raw request (before validation, so
 * an out-of-scope call is refused whatever its body) and names the objects; the hook resolves them
 * to the collaboration, region, cluster, forum and party they belong to.
 */

/** Kinds of objects a route can act on. */
export type ScopeTargetKind =
  | 'collaboration'
  | 'collaborationKey'
  | 'region'
  | 'forum'
  | 'party'
  | 'cluster'
  | 'seat'
  | 'rule'
  | 'appointment'
  | 'officeHolding'
  | 'clusterMembership'
  | 'person'
  | 'meeting'
  | 'case'
  | 'caseStep'
  | 'orderingRule'
  | 'closureDay'
  | 'plan'
  | 'planInitiative'
  | 'planRound'
  | 'planIndicator'
  | 'newsletter'
  | 'transfer'
  | 'decisionAction'
  | 'consultation'
  | 'pilot'
  | 'fundingPool'
  | 'fundingApplication'
  | 'charterRequest'
  | 'financingScenario'
  | 'questionnaire';

/**
 * One object a call acts on; `national` = something only a national scope covers; `anywhere` =
 * something of no collaboration yet (a new person) that any scope covers.
 */
export type ScopeTarget =
  | { kind: 'national' }
  | { kind: 'anywhere' }
  | { kind: Exclude<ScopeTargetKind, 'caseStep'>; id: string }
  | { kind: 'caseStep'; caseId: string; stepId: string };

/** The raw parts of a request a rule may read. */
export interface ScopeInput {
  params: Record<string, unknown>;
  body: Record<string, unknown>;
  query: Record<string, unknown>;
}

/**
 * How a route is scoped:
 * - `own`: it acts only on the caller's own things (their session, language, calendar feeds);
 * - `handler`: the handler names its targets itself with `assertInScope` (e.g. an org file, whose
 *   collaboration is known only once the file is read);
 * - a function naming the targets; `undefined` when the input does not name them (the call then
 *   fails validation, or is refused).
 */
export type ScopeRule = 'own' | 'handler' | TargetRule;

/** A rule naming the call's objects from its input. */
export type TargetRule = (input: ScopeInput) => ScopeTarget[] | undefined;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A uuid from raw input, or undefined. */
export function uuidOf(value: unknown): string | undefined {
  return typeof value === 'string' && UUID.test(value) ? value.toLowerCase() : undefined;
}

type IdKind = Exclude<ScopeTargetKind, 'caseStep'>;

/** The object named by a path parameter (default `:id`). */
export function byParam(kind: IdKind, name = 'id'): TargetRule {
  return ({ params }) => {
    const id = kind === 'collaborationKey' ? keyOf(params[name]) : uuidOf(params[name]);
    return id ? [{ kind, id }] : undefined;
  };
}

/** The object named by a body field. */
export function byBody(kind: IdKind, field: string): TargetRule {
  return ({ body }) => {
    const id = uuidOf(body[field]);
    return id ? [{ kind, id }] : undefined;
  };
}

/** Every object the rules name (all must be in scope); undefined when one of them is unnamed. */
export function allOf(...rules: TargetRule[]): TargetRule {
  return (input) => {
    const out: ScopeTarget[] = [];
    for (const rule of rules) {
      const targets = rule(input);
      if (!targets) return undefined;
      out.push(...targets);
    }
    return out;
  };
}

/** Every object named by a body field holding a list of ids (at least one). */
export function byBodyList(kind: IdKind, field: string): TargetRule {
  return ({ body }) => {
    const list = body[field];
    if (!Array.isArray(list) || list.length === 0) return undefined;
    const ids = list.map(uuidOf);
    return ids.every((id) => id !== undefined)
      ? ids.map((id) => ({ kind, id: id as string }))
      : undefined;
  };
}

/** The region named (by its name) in a body field. */
export function regionOfBody(field: string): TargetRule {
  return ({ body }) => {
    const name = body[field];
    return typeof name === 'string' && name.trim() !== ''
      ? [{ kind: 'region', id: name.trim() }]
      : undefined;
  };
}

/**
 * The collaboration named by an optional body field; without it, what the `others` rules name
 * (and when they name nothing either, only a national scope covers the call).
 */
export function collaborationOrNational(field: string, ...others: TargetRule[]): TargetRule {
  return (input) => {
    const targets: ScopeTarget[] = [];
    const id = uuidOf(input.body[field]);
    if (id) targets.push({ kind: 'collaboration', id });
    for (const rule of others) targets.push(...(rule(input) ?? []));
    return targets.length ? targets : [{ kind: 'national' }];
  };
}

/** The ids in a body field holding a record of id lists (e.g. a process's fora by role). */
export function byBodyRecordLists(kind: IdKind, field: string): TargetRule {
  return ({ body }) => {
    const value = body[field];
    if (value === null || typeof value !== 'object') return [];
    const ids = Object.values(value as Record<string, unknown>)
      .flatMap((v) => (Array.isArray(v) ? v : []))
      .map(uuidOf)
      .filter((id): id is string => id !== undefined);
    return ids.map((id) => ({ kind, id }));
  };
}

/** A new thing of no collaboration yet (a person): any scope covers it. */
export const anywhere: TargetRule = () => [{ kind: 'anywhere' }];

/** A case's step, from `:id` and `:stepId`. */
export const byCaseStep: TargetRule = ({ params }) => {
  const caseId = uuidOf(params.id);
  const stepId = typeof params.stepId === 'string' ? params.stepId : undefined;
  return caseId && stepId ? [{ kind: 'caseStep', caseId, stepId }] : undefined;
};

/** Something only a national scope covers (e.g. a closure day for every collaboration). */
export const national: TargetRule = () => [{ kind: 'national' }];

function keyOf(value: unknown): string | undefined {
  return typeof value === 'string' && value.length > 0 && value.length <= 120 ? value : undefined;
}
