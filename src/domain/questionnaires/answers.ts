/**
 * Answer rules: what a valid answer is for each question kind, which required questions are
 * missing, and whether a recipient may still answer (deadline, link expiry, revocation). Pure.
 */
import type { AnswerValue, Answers, Question, Section } from '../../shared/questionnaires.contract';

export type AnswerErrorCode =
  | 'required'
  | 'unknownQuestion'
  | 'notAnOption'
  | 'oneOption'
  | 'notAList'
  | 'notANumber'
  | 'outOfRange'
  | 'notAWholeNumber'
  | 'notADate'
  | 'notText';

export interface AnswerError {
  questionId: string;
  code: AnswerErrorCode;
  params: Record<string, string | number>;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** True for an empty answer (nothing given). */
export function isEmpty(value: AnswerValue | undefined): boolean {
  return (
    value === undefined ||
    value === null ||
    (typeof value === 'string' && value.trim() === '') ||
    (Array.isArray(value) && value.length === 0)
  );
}

function validDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

function range(q: Question, n: number): AnswerError | null {
  if ((q.min !== null && n < q.min) || (q.max !== null && n > q.max)) {
    return {
      questionId: q.id,
      code: 'outOfRange',
      params: { min: q.min ?? '–', max: q.max ?? '–' },
    };
  }
  return null;
}

/** The error of one non-empty answer, or null. */
export function checkAnswer(q: Question, value: AnswerValue): AnswerError | null {
  const err = (code: AnswerErrorCode, params: Record<string, string | number> = {}) => ({
    questionId: q.id,
    code,
    params,
  });
  switch (q.kind) {
    case 'single':
      if (typeof value !== 'string') return err('oneOption');
      return q.options.includes(value) ? null : err('notAnOption');
    case 'multiple':
      if (!Array.isArray(value)) return err('notAList');
      return value.every((v) => q.options.includes(v)) && new Set(value).size === value.length
        ? null
        : err('notAnOption');
    case 'scale':
      if (typeof value !== 'number') return err('notANumber');
      if (!Number.isInteger(value)) return err('notAWholeNumber');
      return range(q, value);
    case 'number':
      if (typeof value !== 'number') return err('notANumber');
      return range(q, value);
    case 'date':
      return typeof value === 'string' && validDate(value) ? null : err('notADate');
    case 'text':
      return typeof value === 'string' ? null : err('notText');
  }
}

/** Every question of the sections, in order. */
export function questionsOf(sections: readonly Section[]): Question[] {
  return sections.flatMap((s) => s.questions);
}

/**
 * The errors of a set of answers: kinds always, required questions only when `final` (a draft
 * may be incomplete). Empty answers are dropped from the returned clean set.
 */
export function validateAnswers(
  sections: readonly Section[],
  answers: Answers,
  final: boolean,
): { errors: AnswerError[]; clean: Answers } {
  const questions = questionsOf(sections);
  const byId = new Map(questions.map((q) => [q.id, q]));
  const errors: AnswerError[] = [];
  const clean: Answers = {};
  for (const [id, value] of Object.entries(answers)) {
    const q = byId.get(id);
    if (!q) {
      errors.push({ questionId: id, code: 'unknownQuestion', params: {} });
      continue;
    }
    if (isEmpty(value)) continue;
    const e = checkAnswer(q, value);
    if (e) errors.push(e);
    else clean[id] = typeof value === 'string' ? value.trim() : value;
  }
  if (final) {
    for (const q of questions) {
      if (q.required && isEmpty(answers[q.id])) {
        errors.push({ questionId: q.id, code: 'required', params: {} });
      }
    }
  }
  return { errors, clean };
}

export type AnswerRefusal = 'revoked' | 'expired' | 'deadlinePassed' | 'alreadySubmitted';

/**
 * Whether a recipient may answer on `today` (Danish date): a revoked link is refused first, then
 * an expired link (`viaLink` only), then anything after the deadline, then a second submission.
 */
export function answerRefusal(input: {
  today: string;
  deadline: string;
  linkExpiresOn: string;
  revoked: boolean;
  submitted: boolean;
  viaLink: boolean;
}): AnswerRefusal | null {
  if (input.revoked) return 'revoked';
  if (input.viaLink && input.today > input.linkExpiresOn) return 'expired';
  if (input.today > input.deadline) return 'deadlinePassed';
  if (input.submitted) return 'alreadySubmitted';
  return null;
}

/** The problems in a questionnaire's structure before it is sent (per question). */
export function definitionProblems(sections: readonly Section[]): AnswerError[] {
  const out: AnswerError[] = [];
  const seen = new Set<string>();
  const sectionIds = new Set<string>();
  for (const s of sections) {
    if (sectionIds.has(s.id)) out.push({ questionId: s.id, code: 'unknownQuestion', params: {} });
    sectionIds.add(s.id);
    for (const q of s.questions) {
      if (seen.has(q.id)) out.push({ questionId: q.id, code: 'unknownQuestion', params: {} });
      seen.add(q.id);
      if ((q.kind === 'single' || q.kind === 'multiple') && q.options.length < 2) {
        out.push({ questionId: q.id, code: 'notAnOption', params: {} });
      }
      if (q.kind === 'scale' && (q.min === null || q.max === null || q.min >= q.max)) {
        out.push({ questionId: q.id, code: 'outOfRange', params: { min: '–', max: '–' } });
      }
      if (q.kind === 'number' && q.min !== null && q.max !== null && q.min > q.max) {
        out.push({ questionId: q.id, code: 'outOfRange', params: { min: q.min, max: q.max } });
      }
    }
  }
  return out;
}
