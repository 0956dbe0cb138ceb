/**
 * Pure form → request mapping of the plan edit dialogs, with validation. A form is strings, as
 * the fields hold them; `checked` gives either the request body or, per field, the key of a
 * message under `plansEdit:errors` (the server checks everything again).
 */
import { isIsoDate } from '../../../../shared/dates';
import type {
  GoalLevel,
  InitiativeLevel,
  MilestoneStatus,
  PlanKind,
} from '../../../../shared/plans.enums';
import type { ClusterPriority, DegreeSubjectKind } from '../../../../shared/plans.enums';
import type { IndicatorDirection, IndicatorSource } from '../../../../shared/plans.enums';
import type {
  CreateGoalBody,
  CreateIndicatorBody,
  CreateInitiativeBody,
  CreateMilestoneBody,
  CreatePlanBody,
  PutPriorityBody,
  PutValueBody,
  RecordDegreeBody,
  ScaleBody,
  UpdatePlanBody,
} from '../plans-edit.api';

/** A message key under `plansEdit:errors`. */
export type ErrorKey =
  | 'required'
  | 'date'
  | 'key'
  | 'periodOrder'
  | 'number'
  | 'decimal'
  | 'period'
  | 'url'
  | 'score'
  | 'stepKey'
  | 'duplicateKey'
  | 'stepCount'
  | 'tooLong';

/** Either the request, or the fields' problems. */
export type Checked<F, B> =
  { ok: true; body: B } | { ok: false; errors: Partial<Record<keyof F & string, ErrorKey>> };

type Errors<F> = Partial<Record<keyof F & string, ErrorKey>>;

function done<F, B>(errors: Errors<F>, body: () => B): Checked<F, B> {
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, body: body() };
}

const PLAN_KEY = /^[a-z0-9][a-z0-9-]*$/;
const STEP_KEY = /^[A-Za-z0-9_-]+$/;
const PERIOD = /^\d{4}(-Q[1-4]|-(0[1-9]|1[0-2]))?$/;

/** A whole number ≥ 0 from what the user typed ("1.250.000", "1 250 000"); null if not one. */
export function parseWholeNumber(text: string): number | null {
  const compact = text.replace(/[\s.]/g, '');
  if (!/^\d{1,15}$/.test(compact)) return null;
  return Number(compact);
}

/** A decimal as the API wants it ("12.5") from "12,5" or "12.5"; null if not one. */
export function parseDecimal(text: string): string | null {
  const value = text.trim().replace(/\s/g, '').replace(',', '.');
  return /^-?\d{1,14}(\.\d{1,6})?$/.test(value) ? value : null;
}

/** A suggested key from a title: "Sundhedsaftale 2027–2030" → "sundhedsaftale-2027-2030". */
export function suggestKey(title: string): string {
  return title
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'oe')
    .replace(/å/g, 'aa')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
}

// ---------------------------------------------------------------- plans

export interface PlanForm {
  collaborationId: string;
  ownerForumId: string;
  key: string;
  kind: PlanKind;
  title: string;
  description: string;
  periodFrom: string;
  periodTo: string;
}

function planFieldErrors(f: PlanForm): Errors<PlanForm> {
  const errors: Errors<PlanForm> = {};
  if (!f.key.trim()) errors.key = 'required';
  else if (!PLAN_KEY.test(f.key.trim()) || f.key.trim().length > 80) errors.key = 'key';
  if (!f.title.trim()) errors.title = 'required';
  else if (f.title.trim().length > 300) errors.title = 'tooLong';
  if (!isIsoDate(f.periodFrom)) errors.periodFrom = 'date';
  if (f.periodTo && !isIsoDate(f.periodTo)) errors.periodTo = 'date';
  else if (f.periodTo && isIsoDate(f.periodFrom) && f.periodTo < f.periodFrom) {
    errors.periodTo = 'periodOrder';
  }
  return errors;
}

/** A new plan. */
export function checkCreatePlan(f: PlanForm): Checked<PlanForm, CreatePlanBody> {
  const errors = planFieldErrors(f);
  if (!f.collaborationId) errors.collaborationId = 'required';
  if (!f.ownerForumId) errors.ownerForumId = 'required';
  return done(errors, () => ({
    collaborationId: f.collaborationId,
    ownerForumId: f.ownerForumId,
    key: f.key.trim(),
    kind: f.kind,
    title: f.title.trim(),
    description: f.description,
    periodFrom: f.periodFrom,
    periodTo: f.periodTo || null,
  }));
}

/** A plan's changes: only the fields that differ from `before`. */
export function checkUpdatePlan(before: PlanForm, f: PlanForm): Checked<PlanForm, UpdatePlanBody> {
  return done(planFieldErrors(f), () => {
    const body: UpdatePlanBody = {};
    if (f.key.trim() !== before.key) body.key = f.key.trim();
    if (f.kind !== before.kind) body.kind = f.kind;
    if (f.title.trim() !== before.title) body.title = f.title.trim();
    if (f.description !== before.description) body.description = f.description;
    if (f.periodFrom !== before.periodFrom) body.periodFrom = f.periodFrom;
    if (f.periodTo !== before.periodTo) body.periodTo = f.periodTo || null;
    return body;
  });
}

// ---------------------------------------------------------------- the scale

export interface ScaleRow {
  key: string;
  label: string;
  score: string;
}

/** The scale's rows → the request; errors per row as `"<index>.<field>"`, or `steps`. */
export function checkScale(
  rows: readonly ScaleRow[],
): { ok: true; body: ScaleBody } | { ok: false; errors: Record<string, ErrorKey> } {
  const errors: Record<string, ErrorKey> = {};
  if (rows.length < 2 || rows.length > 10) errors.steps = 'stepCount';
  const seen = new Set<string>();
  rows.forEach((row, i) => {
    const key = row.key.trim();
    if (!key) errors[`${i}.key`] = 'required';
    else if (!STEP_KEY.test(key) || key.length > 40) errors[`${i}.key`] = 'stepKey';
    else if (seen.has(key)) errors[`${i}.key`] = 'duplicateKey';
    seen.add(key);
    if (row.label.trim().length > 100) errors[`${i}.label`] = 'tooLong';
    const score = row.score.trim();
    if (score && (!/^\d{1,3}$/.test(score) || Number(score) > 100)) errors[`${i}.score`] = 'score';
  });
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    body: {
      degreeScale: rows.map((row) => ({
        key: row.key.trim(),
        label: row.label.trim() || null,
        score: row.score.trim() ? Number(row.score.trim()) : null,
      })),
    },
  };
}

// ---------------------------------------------------------------- goals

export interface GoalForm {
  parentId: string;
  level: GoalLevel;
  code: string;
  title: string;
  description: string;
}

/** A goal (new or changed: the same body, PATCH takes every field). */
export function checkGoal(f: GoalForm): Checked<GoalForm, CreateGoalBody> {
  const errors: Errors<GoalForm> = {};
  if (!f.code.trim()) errors.code = 'required';
  else if (f.code.trim().length > 40) errors.code = 'tooLong';
  if (!f.title.trim()) errors.title = 'required';
  else if (f.title.trim().length > 300) errors.title = 'tooLong';
  return done(errors, () => ({
    parentId: f.parentId || null,
    level: f.level,
    code: f.code.trim(),
    title: f.title.trim(),
    description: f.description,
  }));
}

// ---------------------------------------------------------------- initiatives

export interface InitiativeForm {
  number: string;
  title: string;
  description: string;
  goalId: string;
  level: InitiativeLevel;
  responsibleForumId: string;
  payer: string;
  economy: string;
  economyNote: string;
  validFrom: string;
}

/** An initiative; `validFrom` is only sent for a new one (and only when filled in). */
export function checkInitiative(
  f: InitiativeForm,
  isNew: boolean,
): Checked<InitiativeForm, CreateInitiativeBody> {
  const errors: Errors<InitiativeForm> = {};
  if (!f.number.trim()) errors.number = 'required';
  else if (f.number.trim().length > 40) errors.number = 'tooLong';
  if (!f.title.trim()) errors.title = 'required';
  else if (f.title.trim().length > 300) errors.title = 'tooLong';
  const economy = f.economy.trim() ? parseWholeNumber(f.economy) : null;
  if (f.economy.trim() && economy === null) errors.economy = 'number';
  if (isNew && f.validFrom && !isIsoDate(f.validFrom)) errors.validFrom = 'date';
  return done(errors, () => ({
    number: f.number.trim(),
    title: f.title.trim(),
    description: f.description,
    goalId: f.goalId || null,
    level: f.level,
    responsibleForumId: f.responsibleForumId || null,
    payer: f.payer.trim(),
    economyDkk: economy,
    economyNote: f.economyNote,
    ...(isNew && f.validFrom ? { validFrom: f.validFrom } : {}),
  }));
}

// ---------------------------------------------------------------- milestones

export interface MilestoneForm {
  title: string;
  dueDate: string;
  status: MilestoneStatus;
  completedOn: string;
}

/** A milestone; the completion day only counts when it is done. */
export function checkMilestone(f: MilestoneForm): Checked<MilestoneForm, CreateMilestoneBody> {
  const errors: Errors<MilestoneForm> = {};
  if (!f.title.trim()) errors.title = 'required';
  if (!isIsoDate(f.dueDate)) errors.dueDate = 'date';
  if (f.status === 'done' && f.completedOn && !isIsoDate(f.completedOn)) {
    errors.completedOn = 'date';
  }
  return done(errors, () => ({
    title: f.title.trim(),
    dueDate: f.dueDate,
    status: f.status,
    completedOn: f.status === 'done' && f.completedOn ? f.completedOn : null,
  }));
}

// ---------------------------------------------------------------- degrees and priorities

export interface DegreeForm {
  subject: string;
  degree: string;
  comment: string;
  recordedOn: string;
}

/** `subject` is `"<kind>:<id>"` (the select's value). */
export function subjectValue(kind: DegreeSubjectKind, id: string): string {
  return `${kind}:${id}`;
}

/** A degree for one subject of an initiative. */
export function checkDegree(
  initiativeId: string,
  f: DegreeForm,
): Checked<DegreeForm, RecordDegreeBody> {
  const errors: Errors<DegreeForm> = {};
  const [kind, id] = f.subject.split(':');
  if (!kind || !id) errors.subject = 'required';
  if (!f.degree) errors.degree = 'required';
  if (!isIsoDate(f.recordedOn)) errors.recordedOn = 'date';
  if (f.comment.length > 4000) errors.comment = 'tooLong';
  return done(errors, () => ({
    initiativeId,
    subjectKind: kind as DegreeSubjectKind,
    subjectId: id ?? '',
    degree: f.degree,
    comment: f.comment.trim(),
    recordedOn: f.recordedOn,
  }));
}

export interface PriorityForm {
  clusterId: string;
  priority: ClusterPriority | '';
  note: string;
  decidedOn: string;
}

/** A cluster's priority of an initiative. */
export function checkPriority(
  f: PriorityForm,
): Checked<PriorityForm, { clusterId: string; body: PutPriorityBody }> {
  const errors: Errors<PriorityForm> = {};
  if (!f.clusterId) errors.clusterId = 'required';
  if (!f.priority) errors.priority = 'required';
  if (!isIsoDate(f.decidedOn)) errors.decidedOn = 'date';
  if (f.note.length > 2000) errors.note = 'tooLong';
  return done(errors, () => ({
    clusterId: f.clusterId,
    body: {
      priority: f.priority as ClusterPriority,
      note: f.note.trim(),
      decidedOn: f.decidedOn,
    },
  }));
}

// ---------------------------------------------------------------- indicators

export interface IndicatorForm {
  key: string;
  name: string;
  description: string;
  unit: string;
  direction: IndicatorDirection;
  source: IndicatorSource;
  sourceName: string;
  sourceUrl: string;
  target: string;
  targetPeriod: string;
  goalId: string;
  initiativeId: string;
}

const INDICATOR_KEY = /^[A-Za-z0-9æøåÆØÅ][A-Za-z0-9æøåÆØÅ._-]*$/;

/** An indicator (new or changed: every field is sent). */
export function checkIndicator(f: IndicatorForm): Checked<IndicatorForm, CreateIndicatorBody> {
  const errors: Errors<IndicatorForm> = {};
  if (!f.key.trim()) errors.key = 'required';
  else if (!INDICATOR_KEY.test(f.key.trim()) || f.key.trim().length > 120) errors.key = 'stepKey';
  if (!f.name.trim()) errors.name = 'required';
  if (!f.unit.trim()) errors.unit = 'required';
  const target = f.target.trim() ? parseDecimal(f.target) : null;
  if (f.target.trim() && target === null) errors.target = 'decimal';
  if (f.targetPeriod.trim() && !PERIOD.test(f.targetPeriod.trim())) errors.targetPeriod = 'period';
  if (f.sourceUrl.trim() && !/^https?:\/\/\S+$/.test(f.sourceUrl.trim())) errors.sourceUrl = 'url';
  return done(errors, () => ({
    key: f.key.trim(),
    name: f.name.trim(),
    description: f.description,
    unit: f.unit.trim(),
    direction: f.direction,
    source: f.source,
    sourceName: f.sourceName.trim(),
    sourceUrl: f.sourceUrl.trim() || null,
    target,
    targetPeriod: f.targetPeriod.trim() || null,
    goalId: f.goalId || null,
    initiativeId: f.initiativeId || null,
  }));
}

export interface ValueForm {
  partyId: string;
  period: string;
  value: string;
  note: string;
}

/** One indicator value. */
export function checkValue(f: ValueForm): Checked<ValueForm, PutValueBody> {
  const errors: Errors<ValueForm> = {};
  if (!f.partyId) errors.partyId = 'required';
  if (!PERIOD.test(f.period.trim())) errors.period = 'period';
  const value = parseDecimal(f.value);
  if (value === null) errors.value = f.value.trim() ? 'decimal' : 'required';
  if (f.note.length > 2000) errors.note = 'tooLong';
  return done(errors, () => ({
    partyId: f.partyId,
    period: f.period.trim(),
    value: value ?? '',
    note: f.note.trim(),
  }));
}
