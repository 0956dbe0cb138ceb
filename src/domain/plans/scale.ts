/**
 * The scale of degrees of implementation: the default (ikke relevant … fuldt implementeret) or
 * a plan's own (2–10 steps, unique keys, scores 0–100 or null = not counted).
 */
import { DEFAULT_DEGREE_KEYS } from '../../shared/plans.enums';
import { ok, refuse, type PlanResult } from './errors';

/** One step of a scale (the same shape as the `degree_scale` column). */
export interface ScaleStep {
  key: string;
  label: string | null;
  score: number | null;
}

const DEFAULT_SCORES: Record<(typeof DEFAULT_DEGREE_KEYS)[number], number | null> = {
  notRelevant: null,
  notStarted: 0,
  planned: 20,
  inProgress: 50,
  partly: 75,
  full: 100,
};

/** The default scale; labels come from i18n `plans.degrees.<key>`. */
export const DEFAULT_SCALE: readonly ScaleStep[] = DEFAULT_DEGREE_KEYS.map((key) => ({
  key,
  label: null,
  score: DEFAULT_SCORES[key],
}));

/** A fresh copy of the default scale. */
export function defaultScale(): ScaleStep[] {
  return DEFAULT_SCALE.map((s) => ({ ...s }));
}

/** Checks a custom scale. */
export function checkScale(steps: readonly ScaleStep[]): PlanResult<ScaleStep[]> {
  if (steps.length < 2) return refuse('scaleTooShort', { min: 2 });
  if (steps.length > 10) return refuse('scaleTooLong', { max: 10 });
  const seen = new Set<string>();
  for (const step of steps) {
    if (seen.has(step.key)) return refuse('scaleKeyTwice', { key: step.key });
    seen.add(step.key);
    if (
      step.score !== null &&
      (!Number.isInteger(step.score) || step.score < 0 || step.score > 100)
    ) {
      return refuse('scaleScoreRange', { key: step.key });
    }
  }
  return ok(steps.map((s) => ({ key: s.key, label: s.label, score: s.score })));
}

/** The step of `key` in `scale`, or undefined. */
export function stepOf(scale: readonly ScaleStep[], key: string): ScaleStep | undefined {
  return scale.find((s) => s.key === key);
}

/** Refuses a degree outside the scale. */
export function checkDegree(scale: readonly ScaleStep[], key: string): PlanResult<ScaleStep> {
  const step = stepOf(scale, key);
  return step
    ? ok(step)
    : refuse('degreeNotInScale', { degree: key, keys: scale.map((s) => s.key).join(', ') });
}

/** Whether `key` is a key of the default scale (its label is translated). */
export function isDefaultKey(key: string): key is (typeof DEFAULT_DEGREE_KEYS)[number] {
  return (DEFAULT_DEGREE_KEYS as readonly string[]).includes(key);
}

/**
 * The label of a step: its own label, else the default's translated label (via `translate`,
 * given the default key), else the key itself.
 */
export function degreeLabel(
  scale: readonly ScaleStep[],
  key: string,
  translate: (defaultKey: (typeof DEFAULT_DEGREE_KEYS)[number]) => string,
): string {
  const step = stepOf(scale, key);
  if (step?.label) return step.label;
  return isDefaultKey(key) ? translate(key) : key;
}
