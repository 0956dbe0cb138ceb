/**
 * Pilots and their scale-up (issue 12, seeds 001 and 004): the pure rules. A pilot is tried in a
 * cluster and goes "via temagruppen" to the steering group, which recommends to the committee
 * whether "initiativet skal opskaleres". The decision is structured (scale up / adjust and retry /
 * stop, a scope and a date); after a scale-up the spread is followed per municipality.
 */
import type { IsoDate } from '../../shared/dates';
import {
  SCALE_UP_OUTCOMES,
  SPREAD_STATUSES,
  type ScaleUpOutcome,
  type SpreadStatus,
} from '../../shared/pilots.enums';

export { SCALE_UP_OUTCOMES, SPREAD_STATUSES, type ScaleUpOutcome, type SpreadStatus };

/** Where a scale-up applies: every cluster of the collaboration, or the listed ones. */
export type ScaleUpScope = { kind: 'all' } | { kind: 'clusters'; clusterIds: readonly string[] };

/** The refusals of the pilot rules (i18n keys under `pilots.errors.*`). */
export const PILOT_ERROR_CODES = [
  'titleMissing',
  'periodOrder',
  'participantsMissing',
  'participantTwice',
  'participantNotInCollaboration',
  'costsInvalid',
  'scopeMissing',
  'scopeEmpty',
  'scopeClusterTwice',
  'scopeClusterUnknown',
  'scopeNotForOutcome',
  'decisionBeforeStart',
  'noScaleUp',
  'partyNotInScope',
  'spreadSameStatus',
  'spreadBeforeDecision',
  'spreadBeforePrevious',
  'spreadBackWithoutNote',
] as const;
export type PilotErrorCode = (typeof PILOT_ERROR_CODES)[number];

export interface PilotRefusal {
  code: PilotErrorCode;
  params: Record<string, string | number>;
}
export type PilotResult<T> = { ok: true; value: T } | { ok: false; error: PilotRefusal };

const ok = <T>(value: T): PilotResult<T> => ({ ok: true, value });
const refuse = <T>(
  code: PilotErrorCode,
  params: Record<string, string | number> = {},
): PilotResult<T> => ({ ok: false, error: { code, params } });

/** What a pilot needs to be recorded. */
export interface PilotInput {
  title: string;
  periodFrom: IsoDate;
  periodTo: IsoDate | null;
  participantPartyIds: readonly string[];
  /** Exact money in øre, or null when not known. */
  costsOre: number | null;
}

/**
 * Checks a pilot: a title, a period in order, at least one participating municipality, none
 * twice, each a party of the collaboration on the start day (`partiesOnStart`), costs a whole,
 * non-negative number of øre.
 */
export function checkPilot(
  input: PilotInput,
  partiesOnStart: ReadonlySet<string>,
): PilotResult<PilotInput> {
  if (input.title.trim() === '') return refuse('titleMissing');
  if (input.periodTo !== null && input.periodTo < input.periodFrom) {
    return refuse('periodOrder', { from: input.periodFrom, to: input.periodTo });
  }
  if (input.participantPartyIds.length === 0) return refuse('participantsMissing');
  const seen = new Set<string>();
  for (const id of input.participantPartyIds) {
    if (seen.has(id)) return refuse('participantTwice', { partyId: id });
    seen.add(id);
    if (!partiesOnStart.has(id)) {
      return refuse('participantNotInCollaboration', { partyId: id, on: input.periodFrom });
    }
  }
  if (input.costsOre !== null && (!Number.isSafeInteger(input.costsOre) || input.costsOre < 0)) {
    return refuse('costsInvalid');
  }
  return ok({ ...input, title: input.title.trim() });
}

/** A pilot with an evaluation (results written) is `evaluated`, else `underway`. */
export function pilotOutcome(results: string): 'underway' | 'evaluated' {
  return results.trim() === '' ? 'underway' : 'evaluated';
}

/**
 * Checks a decision's outcome and scope: a scale-up needs a scope (all clusters, or a non-empty
 * list of distinct clusters of the collaboration on the day); adjust-and-retry and stop carry no
 * scope. The decision may not be dated before the pilot started.
 */
export function checkDecision(
  input: { outcome: ScaleUpOutcome; scope: ScaleUpScope | null; on: IsoDate },
  pilot: { periodFrom: IsoDate },
  clustersOnDay: ReadonlySet<string>,
): PilotResult<{ outcome: ScaleUpOutcome; scope: ScaleUpScope | null; on: IsoDate }> {
  if (input.on < pilot.periodFrom) {
    return refuse('decisionBeforeStart', { on: input.on, from: pilot.periodFrom });
  }
  if (input.outcome !== 'scaleUp') {
    if (input.scope !== null) return refuse('scopeNotForOutcome');
    return ok(input);
  }
  if (input.scope === null) return refuse('scopeMissing');
  if (input.scope.kind === 'clusters') {
    if (input.scope.clusterIds.length === 0) return refuse('scopeEmpty');
    const seen = new Set<string>();
    for (const id of input.scope.clusterIds) {
      if (seen.has(id)) return refuse('scopeClusterTwice', { clusterId: id });
      seen.add(id);
      if (!clustersOnDay.has(id)) return refuse('scopeClusterUnknown', { clusterId: id });
    }
  }
  return ok(input);
}

/**
 * The municipalities a scale-up reaches: with scope `all`, every municipality of the
 * collaboration on the day; with a list of clusters, the municipalities that are members of one
 * of them on the day (`membersByCluster`). Sorted, distinct.
 */
export function municipalitiesInScope(
  scope: ScaleUpScope,
  municipalities: readonly string[],
  membersByCluster: ReadonlyMap<string, readonly string[]>,
): string[] {
  const all = new Set(municipalities);
  if (scope.kind === 'all') return [...all].sort();
  const reached = new Set<string>();
  for (const clusterId of scope.clusterIds) {
    for (const party of membersByCluster.get(clusterId) ?? []) {
      if (all.has(party)) reached.add(party);
    }
  }
  return [...reached].sort();
}

/** The order of the spread statuses (a move to a lower one is going back). */
const SPREAD_RANK: Record<SpreadStatus, number> = { notStarted: 0, started: 1, implemented: 2 };

/** The last recorded spread of a municipality. */
export interface SpreadEntry {
  status: SpreadStatus;
  on: IsoDate;
}

/**
 * Checks one spread entry for a municipality: it lies in the scale-up's scope, is dated on or
 * after the decision and not before the municipality's last entry, changes the status, and going
 * back (implemented → started, …) needs a note saying why. The first entry may be any status.
 */
export function checkSpread(
  input: { partyId: string; status: SpreadStatus; on: IsoDate; note: string },
  context: {
    decidedOn: IsoDate;
    inScope: ReadonlySet<string>;
    previous: SpreadEntry | null;
  },
): PilotResult<{ changed: boolean }> {
  if (!context.inScope.has(input.partyId)) {
    return refuse('partyNotInScope', { partyId: input.partyId });
  }
  if (input.on < context.decidedOn) {
    return refuse('spreadBeforeDecision', { on: input.on, decidedOn: context.decidedOn });
  }
  const previous = context.previous;
  if (previous === null) return ok({ changed: true });
  if (input.on < previous.on) {
    return refuse('spreadBeforePrevious', { on: input.on, previous: previous.on });
  }
  if (previous.status === input.status) return refuse('spreadSameStatus', { status: input.status });
  if (SPREAD_RANK[input.status] < SPREAD_RANK[previous.status] && input.note.trim() === '') {
    return refuse('spreadBackWithoutNote');
  }
  return ok({ changed: true });
}

/** One step of a plan's degree scale (the shape of src/domain/plans/scale.ts `ScaleStep`). */
export interface DegreeStep {
  key: string;
  score: number | null;
}

/**
 * The plan degree a spread status is recorded as, when the pilot links a plan initiative.
 * On the default scale: notStarted → `notStarted`, started → `inProgress`, implemented → `full`.
 * On a plan's own scale, by score (steps with a null score do not count): notStarted → the step
 * with the lowest score, implemented → the highest, started → the step nearest 50 strictly
 * between the two (else the lowest). Null when the scale has no scored step.
 */
export function degreeForSpread(scale: readonly DegreeStep[], status: SpreadStatus): string | null {
  const byKey = new Map(scale.map((s) => [s.key, s]));
  const defaults: Record<SpreadStatus, string> = {
    notStarted: 'notStarted',
    started: 'inProgress',
    implemented: 'full',
  };
  const preferred = byKey.get(defaults[status]);
  if (preferred && preferred.score !== null) return preferred.key;
  const scored = scale
    .filter((s): s is DegreeStep & { score: number } => s.score !== null)
    .sort((a, b) => a.score - b.score);
  const lowest = scored[0];
  const highest = scored[scored.length - 1];
  if (!lowest || !highest) return null;
  if (status === 'notStarted') return lowest.key;
  if (status === 'implemented') return highest.key;
  const between = scored.filter((s) => s.score > lowest.score && s.score < highest.score);
  if (between.length === 0) return lowest.key;
  return between.reduce((best, s) =>
    Math.abs(s.score - 50) < Math.abs(best.score - 50) ? s : best,
  ).key;
}
