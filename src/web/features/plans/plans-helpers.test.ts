import { describe, expect, it } from 'vitest';
import type { RoundFormField } from '../../../shared/plan-rounds.contract';
import { axisOf, linePath, toNumber, yOf } from './chart';
import {
  averageScore,
  compareNumbers,
  countDegrees,
  degreeLabel,
  degreeVisual,
  heatmapDegree,
  heatmapIndex,
  orderRows,
  type ScaleStep,
} from './heatmap';
import { changesOf, editComment, editDegree, missingOf, startOf, valueOf } from './round-form';

const SCALE: ScaleStep[] = [
  { key: 'notRelevant', label: null, score: null },
  { key: 'notStarted', label: null, score: 0 },
  { key: 'planned', label: null, score: 20 },
  { key: 'inProgress', label: null, score: 50 },
  { key: 'partly', label: 'Delvist (egen)', score: 75 },
  { key: 'full', label: null, score: 100 },
];

describe('degree visuals', () => {
  it('give every scored degree a colour step and a glyph, never colour alone', () => {
    const visuals = SCALE.map((s) => degreeVisual(SCALE, s.key));
    expect(visuals.map((v) => v.className)).toEqual([
      'plan-deg-na',
      'plan-deg-0',
      'plan-deg-1',
      'plan-deg-2',
      'plan-deg-3',
      'plan-deg-4',
    ]);
    expect(new Set(visuals.map((v) => v.glyph)).size).toBe(visuals.length);
    expect(degreeVisual(SCALE, null)).toEqual({ className: 'plan-deg-none', glyph: '·' });
    expect(degreeVisual(SCALE, 'unknown').className).toBe('plan-deg-na');
  });

  it('label with the plan’s own words first, then the translation, then the key', () => {
    const tr = (k: string) => (k === 'full' ? 'Fuldt implementeret' : null);
    expect(degreeLabel(SCALE, 'partly', tr, '–')).toBe('Delvist (egen)');
    expect(degreeLabel(SCALE, 'full', tr, '–')).toBe('Fuldt implementeret');
    expect(degreeLabel(SCALE, 'planned', tr, '–')).toBe('planned');
    expect(degreeLabel(SCALE, null, tr, 'Ikke angivet')).toBe('Ikke angivet');
  });
});

describe('heatmap ordering', () => {
  const parties = [{ name: 'Odense' }, { name: 'Assens' }, { name: 'Ærø' }, { name: 'Nyborg' }];
  // Compact rows: one scale index per initiative, '-' = nothing recorded.
  // Odense [full, partly], Assens [notStarted, planned], Ærø [full, full], Nyborg [notRelevant, –].
  const cells = ['54', '12', '55', '0-'];

  it('sorts by Danish name or by progress (ties and unscored last, by name)', () => {
    expect(orderRows(parties, cells, SCALE, 'name')).toEqual([1, 3, 0, 2]);
    expect(orderRows(parties, cells, SCALE, 'progress')).toEqual([2, 0, 1, 3]);
  });

  it('decodes a compact row: the scale index, the degree key, nothing recorded', () => {
    expect([0, 1].map((j) => heatmapIndex('0-', j))).toEqual([0, -1]);
    expect([0, 1].map((j) => heatmapDegree(SCALE, '54', j))).toEqual(['full', 'partly']);
    expect(heatmapDegree(SCALE, '0-', 1)).toBeNull();
    expect(heatmapDegree(SCALE, '0-', 2)).toBeNull();
  });

  it('averages scored degrees only and counts cells per degree', () => {
    expect(averageScore(SCALE, '503')).toBe(75);
    expect(averageScore(SCALE, '0-')).toBeNull();
    expect(averageScore(SCALE, '')).toBeNull();
    const counts = countDegrees(SCALE, cells);
    expect(counts.get('full')).toBe(3);
    expect(counts.get('notRelevant')).toBe(1);
    expect(counts.get(null)).toBe(1);
  });

  it('compares initiative numbers naturally', () => {
    expect(['10', '2', '3.10', '3.2'].sort(compareNumbers)).toEqual(['2', '3.2', '3.10', '10']);
  });
});

const field = (id: string, over: Partial<RoundFormField> = {}): RoundFormField => ({
  initiativeId: id,
  number: id,
  title: `Indsats ${id}`,
  level: 'municipality',
  goalId: null,
  subjectKind: 'party',
  subjectId: '00000000-0000-4000-8000-000000000001',
  lastDegree: 'planned',
  lastComment: 'før',
  lastRecordedOn: '2026-01-10',
  degree: null,
  comment: '',
  changed: false,
  ...over,
});

describe('the reporting form', () => {
  const fields = [
    field('a'),
    field('b', { degree: 'inProgress', comment: 'svar' }),
    field('c', { lastDegree: null, lastComment: '' }),
  ];

  it('starts from this round’s answer, else the last value', () => {
    expect(startOf(fields[0] as RoundFormField)).toEqual({ degree: 'planned', comment: 'før' });
    expect(startOf(fields[1] as RoundFormField)).toEqual({ degree: 'inProgress', comment: 'svar' });
  });

  it('sends only fields that differ from their start: one change is one field', () => {
    let edits = editDegree({}, fields[0] as RoundFormField, 'inProgress');
    expect(changesOf(fields, edits)).toEqual([{ initiativeId: 'a', degree: 'inProgress' }]);
    edits = editDegree(edits, fields[0] as RoundFormField, 'planned');
    expect(changesOf(fields, edits)).toEqual([]);
    edits = editComment(edits, fields[1] as RoundFormField, 'ny bemærkning');
    expect(changesOf(fields, edits)).toEqual([
      { initiativeId: 'b', degree: 'inProgress', comment: 'ny bemærkning' },
    ]);
    expect(valueOf(fields[1] as RoundFormField, edits).comment).toBe('ny bemærkning');
  });

  it('knows which fields were never recorded and need a degree', () => {
    expect(missingOf(fields, {}).map((f) => f.initiativeId)).toEqual(['c']);
    expect(editComment({}, fields[2] as RoundFormField, 'x')).toEqual({});
    const edits = editDegree({}, fields[2] as RoundFormField, 'notStarted');
    expect(missingOf(fields, edits)).toEqual([]);
  });
});

describe('chart geometry', () => {
  it('makes round ticks covering the values and breaks lines at gaps', () => {
    const axis = axisOf([3, 47, null, 12]);
    expect(axis.min).toBe(0);
    expect(axis.max).toBe(50);
    expect(axis.ticks).toEqual([0, 10, 20, 30, 40, 50]);
    expect(yOf(axis, 50, 100)).toBe(0);
    expect(linePath([10, null, 20, 30], axis, 300, 100)).toBe('M0.0 80.0 M200.0 60.0 L300.0 40.0');
    expect(axisOf([]).max).toBe(1);
    expect(axisOf([5, 5]).min).toBe(0);
    expect(toNumber('12.5')).toBe(12.5);
    expect(toNumber(null)).toBeNull();
  });
});

describe('import errors', () => {
  it('reads per-row errors from a refused import (extra rows, else located field errors)', async () => {
    const { apiErrorFrom } = await import('../../api/api-error');
    const { isSheetFile, rowErrorsOf } = await import('./upload');
    const row = {
      sheet: 'Indsatser',
      row: 7,
      column: 'niveau',
      message: 'Ukendt niveau',
      messageEn: 'Unknown level',
    };
    const refused = apiErrorFrom(422, {
      type: 'about:blank',
      status: 422,
      code: 'unprocessable',
      title: 'Filen kan ikke importeres',
      en: { title: 'The file cannot be imported' },
      extra: { rows: [row] },
    });
    expect(rowErrorsOf(refused)).toEqual([row]);
    expect(rowErrorsOf(new Error('x'))).toEqual([]);
    expect(isSheetFile('plan.XLSX')).toBe(true);
    expect(isSheetFile('plan.csv')).toBe(true);
    expect(isSheetFile('plan.pdf')).toBe(false);
  });
});
