/**
 * Results per question (counts and shares for choices and scale, min/max/mean/median for numbers,
 * the list for text and dates) and the comparison of a follow-up with its baseline per party.
 */
import type {
  AnswerValue,
  Answers,
  Question,
  QuestionResult,
  Section,
} from '../../shared/questionnaires.contract';
import { isEmpty, questionsOf } from './answers';

/** A share in percent with one decimal (0 when there is nothing to share). */
export function percent(count: number, of: number): number {
  return of === 0 ? 0 : Math.round((count * 1000) / of) / 10;
}

/** Min, max, mean and median of a non-empty list. */
export function stats(values: readonly number[]): {
  min: number;
  max: number;
  mean: number;
  median: number;
} | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  const sum = sorted.reduce((a, b) => a + b, 0);
  return {
    min: sorted[0]!,
    max: sorted[sorted.length - 1]!,
    mean: Math.round((sum / sorted.length) * 100) / 100,
    median,
  };
}

/** The scale's values min…max (at most 101 steps). */
function scaleValues(q: Question): number[] {
  if (q.min === null || q.max === null || q.max < q.min || q.max - q.min > 100) return [];
  return Array.from({ length: q.max - q.min + 1 }, (_, i) => (q.min as number) + i);
}

/** The result of one question over the submitted answer sets. */
export function questionResult(q: Question, sets: readonly Answers[]): QuestionResult {
  const given = sets.map((s) => s[q.id]).filter((v): v is AnswerValue => !isEmpty(v));
  const answered = given.length;
  const base = { questionId: q.id, kind: q.kind, text: q.text, answered };
  const countOf = (labels: string[], hit: (label: string) => number) =>
    labels.map((label) => {
      const count = hit(label);
      return { label, count, percent: percent(count, answered) };
    });
  switch (q.kind) {
    case 'single':
      return {
        ...base,
        counts: countOf(q.options, (o) => given.filter((v) => v === o).length),
        stats: null,
        texts: [],
      };
    case 'multiple':
      return {
        ...base,
        counts: countOf(
          q.options,
          (o) => given.filter((v) => Array.isArray(v) && v.includes(o)).length,
        ),
        stats: null,
        texts: [],
      };
    case 'scale': {
      const nums = given.filter((v): v is number => typeof v === 'number');
      return {
        ...base,
        counts: countOf(
          scaleValues(q).map(String),
          (o) => nums.filter((n) => String(n) === o).length,
        ),
        stats: stats(nums),
        texts: [],
      };
    }
    case 'number':
      return {
        ...base,
        counts: [],
        stats: stats(given.filter((v): v is number => typeof v === 'number')),
        texts: [],
      };
    case 'date':
    case 'text':
      return {
        ...base,
        counts: [],
        stats: null,
        texts: given.filter((v): v is string => typeof v === 'string'),
      };
  }
}

/** The results of every question, in order. */
export function summarise(
  sections: readonly Section[],
  sets: readonly Answers[],
): QuestionResult[] {
  return questionsOf(sections).map((q) => questionResult(q, sets));
}

/** An answer as one line of text (for tables, comparison and export). */
export function answerText(value: AnswerValue | undefined): string {
  if (isEmpty(value)) return '';
  if (Array.isArray(value)) return value.join('; ');
  return String(value);
}

/**
 * The comparison of a follow-up with its baseline per party: for each party answering either,
 * each baseline question's answer in both (the follow-up copied the baseline's question ids).
 */
export function compareByParty(
  baseline: readonly Section[],
  baselineAnswers: ReadonlyMap<string, Answers>,
  followUpAnswers: ReadonlyMap<string, Answers>,
): {
  partyId: string;
  cells: { questionId: string; baseline: string; followUp: string; changed: boolean }[];
}[] {
  const questions = questionsOf(baseline);
  const parties = [...new Set([...baselineAnswers.keys(), ...followUpAnswers.keys()])];
  return parties.map((partyId) => ({
    partyId,
    cells: questions.map((q) => {
      const b = answerText(baselineAnswers.get(partyId)?.[q.id]);
      const f = answerText(followUpAnswers.get(partyId)?.[q.id]);
      return { questionId: q.id, baseline: b, followUp: f, changed: b !== f };
    }),
  }));
}
