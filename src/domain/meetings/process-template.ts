/**
 * Dated multi-body processes as templates of linked meetings (seed 003: cluster discussions →
 * administrative dialogue meeting → political dialogue meeting → KKR meeting). A template is
 * reusable across years: steps are linked by offsets, and one date (the anchor) or a few fixed
 * dates place the whole process in the calendar.
 */
import { z } from 'zod';
import { addDays, IsoDateSchema, type IsoDate } from '../../shared/dates';
import type { ProcessWarningCode } from '../../shared/meetings.enums';
import {
  DEFAULT_CLOSURE_DAYS,
  isWorkingDay,
  nextWorkingDay,
  previousWorkingDay,
  type ClosureDay,
} from './calendar';
import { TIME_OF_DAY, zonedDateTime } from './day-math';

/** Where a step meets: a concrete forum, or a role resolved when the template is used. */
export type ProcessForumRef = { kind: 'forum'; forumId: string } | { kind: 'role'; role: string };

/** One step of a process template. */
export interface ProcessTemplateStep {
  /** Unique within the template. */
  key: string;
  /** Danish title shown on the meeting draft. */
  title: string;
  description: string;
  forum: ProcessForumRef;
  /** The step this one follows, or null for a first step. */
  dependsOn: string | null;
  /** Calendar days after the `dependsOn` step; used in both directions when resolving dates. */
  offsetDays: number | null;
  /** A date fixed in the template itself (a one-off process). */
  fixedDate?: IsoDate;
  /** The step is a period of this many days ending on its date ("i november"). */
  windowDays?: number;
  /** Start and end time `HH:mm`, when the template knows them. */
  startTime?: string;
  endTime?: string;
}

/** A process template; `anchorStepKey` is the step that `anchorDate` dates. */
export interface ProcessTemplate {
  key: string;
  title: string;
  anchorStepKey: string;
  steps: readonly ProcessTemplateStep[];
}

const TimeSchema = z.string().regex(TIME_OF_DAY);

/** Zod schema for a process template (structure only; links are checked by instantiate). */
export const ProcessTemplateSchema = z.object({
  key: z.string().min(1),
  title: z.string().min(1),
  anchorStepKey: z.string().min(1),
  steps: z
    .array(
      z.object({
        key: z.string().min(1),
        title: z.string().min(1),
        description: z.string(),
        forum: z.discriminatedUnion('kind', [
          z.object({ kind: z.literal('forum'), forumId: z.string().min(1) }),
          z.object({ kind: z.literal('role'), role: z.string().min(1) }),
        ]),
        dependsOn: z.string().min(1).nullable(),
        offsetDays: z.number().int().nullable(),
        fixedDate: IsoDateSchema.optional(),
        windowDays: z.number().int().min(1).optional(),
        startTime: TimeSchema.optional(),
        endTime: TimeSchema.optional(),
      }),
    )
    .min(1),
});

/** How to place a template in the calendar. */
export interface InstantiateOptions {
  /** The date of the template's anchor step. */
  anchorDate?: IsoDate;
  /** Dates fixed per step key; they win over the anchor and over computed dates. */
  fixedDates?: Readonly<Record<string, IsoDate>>;
  /** Forum ids per role; a role with several fora (each cluster) gives one draft per forum. */
  forumsByRole?: Readonly<Record<string, readonly string[]>>;
  closures?: readonly ClosureDay[];
}

/** A meeting draft produced from a template step. */
export interface MeetingDraft {
  /** The step key, or `stepKey:forumId` when the step yields one draft per forum. */
  draftKey: string;
  stepKey: string;
  title: string;
  description: string;
  forumId: string | null;
  /** The role, when the forum came from one (null for a concrete forum). */
  forumRole: string | null;
  date: IsoDate | null;
  /** First day of the period for a window step, else null. */
  windowStart: IsoDate | null;
  startsAt: string | null;
  endsAt: string | null;
  /** True when the date was given (fixed or anchor) rather than computed. */
  dateGiven: boolean;
  /** Draft keys of the predecessor step's drafts: the links of the process. */
  predecessorDraftKeys: string[];
}

/** A problem found while instantiating; `code` is an i18n key. */
export interface ProcessWarning {
  stepKey: string;
  code: ProcessWarningCode;
  params: Record<string, string | number>;
}

/** Structural problems: unknown `dependsOn` or anchor, a missing offset, a cycle. */
export function validateProcessTemplate(template: ProcessTemplate): ProcessWarning[] {
  const keys = new Set(template.steps.map((s) => s.key));
  const warnings: ProcessWarning[] = [];
  if (!keys.has(template.anchorStepKey)) {
    warnings.push({ stepKey: template.anchorStepKey, code: 'process.unknownStep', params: {} });
  }
  for (const step of template.steps) {
    if (step.dependsOn !== null && (!keys.has(step.dependsOn) || step.offsetDays === null)) {
      warnings.push({
        stepKey: step.key,
        code: 'process.unknownStep',
        params: { dependsOn: step.dependsOn },
      });
    }
    if (hasCycle(template, step.key))
      warnings.push({ stepKey: step.key, code: 'process.cycle', params: {} });
  }
  return warnings;
}

function hasCycle(template: ProcessTemplate, from: string): boolean {
  const byKey = new Map(template.steps.map((s) => [s.key, s]));
  const seen = new Set<string>();
  for (
    let at = byKey.get(from)?.dependsOn ?? null;
    at !== null;
    at = byKey.get(at)?.dependsOn ?? null
  ) {
    if (at === from) return true;
    if (seen.has(at)) return false;
    seen.add(at);
  }
  return false;
}

/**
 * Dates per step: given ones first, then propagated along the offset links. Forward links are
 * followed before backward ones (whatever the step order in the template), so a step between
 * two given dates takes its date from its predecessor: the process runs forward.
 */
function resolveDates(
  template: ProcessTemplate,
  options: InstantiateOptions,
  closures: readonly ClosureDay[],
): { dates: Map<string, IsoDate>; given: Set<string> } {
  const dates = new Map<string, IsoDate>();
  for (const s of template.steps) if (s.fixedDate) dates.set(s.key, s.fixedDate);
  if (options.anchorDate) dates.set(template.anchorStepKey, options.anchorDate);
  for (const [key, date] of Object.entries(options.fixedDates ?? {})) dates.set(key, date);
  const given = new Set(dates.keys());
  while (
    propagate(template, dates, 'forward', closures) ||
    propagate(template, dates, 'backward', closures)
  );
  return { dates, given };
}

/** One sweep over the links in one direction; true when a date was added. */
function propagate(
  template: ProcessTemplate,
  dates: Map<string, IsoDate>,
  direction: 'forward' | 'backward',
  closures: readonly ClosureDay[],
): boolean {
  let changed = false;
  for (const s of template.steps) {
    if (s.dependsOn === null || s.offsetDays === null) continue;
    const before = dates.get(s.dependsOn);
    const after = dates.get(s.key);
    if (direction === 'forward' && before !== undefined && after === undefined) {
      dates.set(s.key, nextWorkingDay(addDays(before, s.offsetDays), closures));
      changed = true;
    } else if (direction === 'backward' && after !== undefined && before === undefined) {
      dates.set(s.dependsOn, previousWorkingDay(addDays(after, -s.offsetDays), closures));
      changed = true;
    }
  }
  return changed;
}

function forumsOf(step: ProcessTemplateStep, options: InstantiateOptions): string[] {
  if (step.forum.kind === 'forum') return [step.forum.forumId];
  return [...(options.forumsByRole?.[step.forum.role] ?? [])];
}

function draftKeysOf(step: ProcessTemplateStep, options: InstantiateOptions): string[] {
  const forums = forumsOf(step, options);
  return forums.length > 1 ? forums.map((f) => `${step.key}:${f}`) : [step.key];
}

/**
 * Places a template in the calendar and returns one meeting draft per step and forum, each
 * linked to its predecessor's drafts. Computed dates keep at least the template's offsets:
 * going forward they move to the next working day, going backwards to the previous one.
 * Problems (undated steps, unresolved roles, a given date out of order) come back as warnings.
 */
export function instantiate(
  template: ProcessTemplate,
  options: InstantiateOptions,
): { drafts: MeetingDraft[]; warnings: ProcessWarning[] } {
  const closures = options.closures ?? DEFAULT_CLOSURE_DAYS;
  const warnings = validateProcessTemplate(template);
  const { dates, given } = resolveDates(template, options, closures);
  const byKey = new Map(template.steps.map((s) => [s.key, s]));
  const drafts = template.steps.flatMap((step) => {
    const date = dates.get(step.key) ?? null;
    warnings.push(...stepWarnings(step, date, dates, options, closures));
    const predecessor = step.dependsOn === null ? undefined : byKey.get(step.dependsOn);
    const keys = draftKeysOf(step, options);
    const forums = forumsOf(step, options);
    return keys.map((draftKey, i) => ({
      draftKey,
      stepKey: step.key,
      title: step.title,
      description: step.description,
      forumId: forums[i] ?? null,
      forumRole: step.forum.kind === 'role' ? step.forum.role : null,
      date,
      windowStart: date && step.windowDays ? addDays(date, 1 - step.windowDays) : null,
      startsAt: date && step.startTime ? zonedDateTime(date, step.startTime) : null,
      endsAt: date && step.endTime ? zonedDateTime(date, step.endTime) : null,
      dateGiven: given.has(step.key),
      predecessorDraftKeys: predecessor ? draftKeysOf(predecessor, options) : [],
    }));
  });
  return { drafts, warnings };
}

function stepWarnings(
  step: ProcessTemplateStep,
  date: IsoDate | null,
  dates: ReadonlyMap<string, IsoDate>,
  options: InstantiateOptions,
  closures: readonly ClosureDay[],
): ProcessWarning[] {
  const warnings: ProcessWarning[] = [];
  if (date === null) warnings.push({ stepKey: step.key, code: 'process.undated', params: {} });
  if (forumsOf(step, options).length === 0 && step.forum.kind === 'role') {
    warnings.push({
      stepKey: step.key,
      code: 'process.forumUnresolved',
      params: { role: step.forum.role },
    });
  }
  const before = step.dependsOn === null ? undefined : dates.get(step.dependsOn);
  if (date !== null && before !== undefined && date <= before) {
    warnings.push({
      stepKey: step.key,
      code: 'process.orderViolated',
      params: { date, dependsOnDate: before },
    });
  }
  if (date !== null && !isWorkingDay(date, closures)) {
    warnings.push({ stepKey: step.key, code: 'process.nonWorkingDay', params: { date } });
  }
  return warnings;
}
