/**
 * The reform wizard's pure rules: the default day, the wizard's state → the request body,
 * successor selections edited per old forum → mapping overrides, and the numbers the confirm
 * dialog names. No React, no I/O (unit-tested).
 */
import { addDays, isIsoDate, type IsoDate } from '../../../shared/dates';
import type {
  ReformCount,
  ReformMappingOverride,
  ReformRequestInput,
  ReformResult,
  ReformTarget,
} from '../../../shared/reorganisation.contract';

/** The day the 2027 reform takes effect. */
export const REFORM_2027: IsoDate = '2027-01-01';

/**
 * The request the wizard sends: the contract's request plus `dryRun` (true = preview only; the
 * server's default). Sent explicitly on every call so a preview can never write.
 */
export type ReformRunRequest = ReformRequestInput & { dryRun: boolean };

/** The default effective day: 1 January 2027 while it is in the future, else the next 1 January. */
export function defaultEffectiveDate(today: IsoDate): IsoDate {
  if (today < REFORM_2027) return REFORM_2027;
  return `${Number(today.slice(0, 4)) + 1}-01-01`;
}

/** The old fora's last day: the day before the effective day. */
export function lastDayOf(effectiveDate: IsoDate): IsoDate {
  return addDays(effectiveDate, -1);
}

/** Where the successor model comes from. */
export type ModelSource = { kind: 'template'; name: string } | { kind: 'upload' };

/** Step 1 and 2 of the wizard. */
export interface WizardState {
  sourceCollaborationIds: string[];
  effectiveDate: string;
  target: ReformTarget;
  model: ModelSource;
  /** The successor file's text (a template's, fetched; or the uploaded one). */
  successorYaml: string;
}

/** Successor keys chosen by hand per old forum (entityId), in order: the first takes the work. */
export type MappingEdits = Readonly<Record<string, readonly string[]>>;

/** Problems with step 1, by field. */
export type SourceProblem = 'noSource' | 'date' | 'continueNeedsOne';

/** What is wrong with the sources, day and target (empty when step 1 is complete). */
export function sourceProblems(
  state: Pick<WizardState, 'sourceCollaborationIds' | 'effectiveDate' | 'target'>,
): Partial<Record<'sources' | 'effectiveDate' | 'target', SourceProblem>> {
  const out: Partial<Record<'sources' | 'effectiveDate' | 'target', SourceProblem>> = {};
  if (state.sourceCollaborationIds.length === 0) out.sources = 'noSource';
  if (!isIsoDate(state.effectiveDate)) out.effectiveDate = 'date';
  if (state.target === 'continue' && state.sourceCollaborationIds.length > 1) {
    out.target = 'continueNeedsOne';
  }
  return out;
}

/** The default target: `continue` for one source, `new` for a merger. */
export function defaultTarget(sourceCount: number): ReformTarget {
  return sourceCount > 1 ? 'new' : 'continue';
}

/** The mapping overrides of the request: every old forum whose successors were edited. */
export function mappingOverrides(edits: MappingEdits): ReformMappingOverride[] {
  return Object.entries(edits).map(([fromForumId, keys]) => ({
    fromForumId,
    toForumKeys: [...keys],
  }));
}

/** The request body for a preview (`dryRun`) or the real run. */
export function reformRequest(
  state: WizardState,
  edits: MappingEdits,
  options: { dryRun: boolean; acknowledgeBreaches?: boolean },
): ReformRunRequest {
  return {
    sourceCollaborationIds: [...state.sourceCollaborationIds],
    effectiveDate: state.effectiveDate,
    successorYaml: state.successorYaml,
    target: state.target,
    mappings: mappingOverrides(edits),
    acknowledgeBreaches: options.acknowledgeBreaches ?? false,
    dryRun: options.dryRun,
  };
}

/** The successor keys a preview proposes (or was told) for each old forum, by its entityId. */
export function proposedSelections(preview: ReformResult): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const m of preview.mappings) {
    if (m.from.id !== null) out[m.from.id] = m.to.map((t) => t.key);
  }
  return out;
}

/**
 * A multi-select's new choice, keeping the order of what was already chosen (so the forum that
 * takes the work stays first) and adding new choices at the end in the order given.
 */
export function nextSelection(previous: readonly string[], chosen: readonly string[]): string[] {
  const wanted = new Set(chosen);
  const kept = previous.filter((key) => wanted.has(key));
  const added = chosen.filter((key) => !kept.includes(key));
  return [...kept, ...added];
}

/**
 * Records an edit of one old forum's successors. An edit that returns to what the preview
 * proposed is dropped, so only real changes are sent.
 */
export function editMapping(
  edits: MappingEdits,
  preview: ReformResult,
  fromForumId: string,
  keys: readonly string[],
): MappingEdits {
  const proposed = proposedSelections(preview)[fromForumId] ?? [];
  const same = proposed.length === keys.length && proposed.every((k, i) => keys[i] === k);
  const next: Record<string, readonly string[]> = { ...edits };
  if (same) delete next[fromForumId];
  else next[fromForumId] = [...keys];
  return next;
}

/** True when the edits differ from what the shown preview was computed with. */
export function editsDiffer(a: MappingEdits, b: MappingEdits): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const key of keys) {
    const x = a[key] ?? null;
    const y = b[key] ?? null;
    if (x === null || y === null) return true;
    if (x.length !== y.length || x.some((v, i) => y[i] !== v)) return true;
  }
  return false;
}

/** The counts whose before and after differ (the server would refuse the run). */
export function mismatchedCounts(counts: readonly ReformCount[]): ReformCount[] {
  return counts.filter((c) => c.before !== c.after);
}

/** The numbers the confirm dialog names: fora ended, open items moved, items ended. */
export function confirmNumbers(preview: ReformResult): {
  fora: number;
  moved: number;
  ended: number;
} {
  const before = preview.counts.reduce((sum, c) => sum + c.before, 0);
  return {
    fora: preview.mappings.length,
    moved: Math.max(0, before - preview.ended.length),
    ended: preview.ended.length,
  };
}
