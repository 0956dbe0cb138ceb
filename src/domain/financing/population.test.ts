import { describe, expect, it } from 'vitest';
import { csvRecords, parsePopulationCsv } from './population';

const known = new Set(['101', '147', '151']);

describe('parsePopulationCsv', () => {
  it('reads a year with its source', () => {
    const csv =
      'code,population,year,source\n101,653664,2024,"DST FOLK1A, 1. jan"\n147,105000,2024,"DST FOLK1A, 1. jan"\n';
    expect(parsePopulationCsv(csv, known)).toEqual({
      ok: true,
      set: { year: 2024, source: 'DST FOLK1A, 1. jan', figures: { '101': 653664, '147': 105000 } },
    });
  });

  it.each([
    ['', { ok: false, error: 'csvEmpty' }],
    ['code,population\n101,5', { ok: false, error: 'csvHeader' }],
    ['code,population,year,source\n', { ok: false, error: 'csvEmpty' }],
  ])('refuses %j', (csv, result) => expect(parsePopulationCsv(csv, known)).toEqual(result));

  it('names every bad row', () => {
    const csv = [
      'code;population;year;source',
      '999;1;2024;DST',
      '101;x;2024;DST',
      '147;5;24;DST',
      '151;5;2023;DST',
      '101;5;2024;',
    ].join('\n');
    const result = parsePopulationCsv(csv, known);
    expect(result.ok).toBe(false);
    expect(result.ok === false && result.error === 'csvRows' && result.rows).toEqual([
      { key: 'csvUnknownCode', row: 2, code: '999' },
      { key: 'csvBadPopulation', row: 3, code: '101' },
      { key: 'csvBadYear', row: 4, code: '147' },
      { key: 'csvOtherYear', row: 5, code: '151' },
      { key: 'csvNoSource', row: 6, code: '101' },
    ]);
  });

  it('splits quoted fields', () => {
    expect(csvRecords('a,"b ""c"", d"\r\n1,2')).toEqual([
      ['a', 'b "c", d'],
      ['1', '2'],
    ]);
  });
});
