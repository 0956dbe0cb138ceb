import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  canonicalDecimal,
  checkIndicatorRows,
  classifyValues,
  danishDecimal,
  parseDecimal,
  parsePeriod,
  sameDecimal,
  sortPeriods,
  type SheetRow,
} from './indicators';

describe('parseDecimal', () => {
  it.each([
    ['12,5', '12.5'],
    ['12.5', '12.5'],
    ['1.234,5', '1234.5'],
    ['1 234,50', '1234.5'],
    ['-0,25', '-0.25'],
    ['007', '7'],
    ['0,0', '0'],
    [',5', '0.5'],
    ['3,', '3'],
    ['1.200.000', '1200000'],
    ['1.000', '1'],
  ])('%s → %s', (input, out) => expect(parseDecimal(input)).toBe(out));

  it.each(['', 'abc', '1,2,3', '12.34.56', '1.23,4', '12,1234567', '123456789012345'])(
    'refuses %j',
    (input) => expect(parseDecimal(input)).toBeNull(),
  );

  it('reads spreadsheet numbers', () => {
    expect(parseDecimal(12.5)).toBe('12.5');
    expect(parseDecimal(0.1 + 0.2)).toBe('0.3');
    expect(parseDecimal(Number.NaN)).toBeNull();
  });

  it('round-trips a decimal written the Danish way', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 0, max: 999 }), (w, f) => {
        const text = canonicalDecimal(`${w}.${String(f).padStart(3, '0')}`) as string;
        const danish = danishDecimal(text);
        // A whole number of thousands with one dot ("1.000") reads as a decimal point: write "1.000,0".
        const written = danish.includes(',') ? danish : `${danish},0`;
        expect(parseDecimal(written)).toBe(text);
      }),
    );
  });

  it('compares stored numerics with canonical decimals', () => {
    expect(sameDecimal('12.500000', '12.5')).toBe(true);
    expect(sameDecimal('12.500000', '12.51')).toBe(false);
    expect(danishDecimal('1234567.25')).toBe('1.234.567,25');
  });
});

describe('parsePeriod', () => {
  it.each([
    ['2025', '2025'],
    [2025, '2025'],
    ['2025-Q2', '2025-Q2'],
    ['2025-K2', '2025-Q2'],
    ['2025k3', '2025-Q3'],
    ['K4 2025', '2025-Q4'],
    ['2025-06', '2025-06'],
    ['2025-6', '2025-06'],
    ['06-2025', '2025-06'],
    ['6/2025', '2025-06'],
    ['2025-06-01', '2025-06'],
  ])('%s → %s', (input, out) => expect(parsePeriod(input)).toBe(out));

  it.each(['', '25', '2025-Q5', '2025-13', '2025-00', 'forår 2025', '1800', '2025-06-15'])(
    'refuses %j',
    (input) => expect(parsePeriod(input)).toBeNull(),
  );

  it('orders periods in time', () => {
    expect(sortPeriods(['2025-Q2', '2024', '2025-01', '2025', '2024-12'])).toEqual([
      '2024',
      '2024-12',
      '2025',
      '2025-01',
      '2025-Q2',
    ]);
  });
});

const header: SheetRow = { row: 1, cells: ['Indikator', 'Kommune', 'Periode', 'Værdi', 'Note'] };
const indicators = new Map([
  ['genindl', 'ind-1'],
  ['faerdig', 'ind-2'],
]);
const parties = [
  { id: 'p-101', name: 'København', code: '101' },
  { id: 'p-147', name: 'Frederiksberg', code: '147' },
];
const row = (n: number, ...cells: (string | number | null)[]): SheetRow => ({ row: n, cells });

describe('checkIndicatorRows', () => {
  it('resolves names, codes, Danish decimals and periods', () => {
    const out = checkIndicatorRows(
      header,
      [
        row(2, 'genindl', 'København', '2025', '12,5', 'foreløbig'),
        row(3, 'genindl', '147', '2025-K1', 7, null),
        row(4, 'faerdig', 'Frederiksberg Kommune', '2024-12', '1.234,5', ''),
      ],
      indicators,
      parties,
    );
    expect(out.errors).toEqual([]);
    expect(out.values).toEqual([
      {
        row: 2,
        indicatorId: 'ind-1',
        partyId: 'p-101',
        period: '2025',
        value: '12.5',
        note: 'foreløbig',
      },
      { row: 3, indicatorId: 'ind-1', partyId: 'p-147', period: '2025-Q1', value: '7', note: '' },
      {
        row: 4,
        indicatorId: 'ind-2',
        partyId: 'p-147',
        period: '2024-12',
        value: '1234.5',
        note: '',
      },
    ]);
  });

  it('names every bad row with its number, in Danish and English', () => {
    const out = checkIndicatorRows(
      header,
      [
        row(2, 'ukendt', 'København', '2025', '1'),
        row(3, 'genindl', 'Atlantis', '2025', '1'),
        row(4, 'genindl', 'København', 'forår', '1'),
        row(5, 'genindl', 'København', '2025', 'mange'),
        row(6, '', 'København', '2025', '1'),
        row(7, 'genindl', 'København', '2024', '1'),
        row(8, 'genindl', '101', '2024', '2'),
      ],
      indicators,
      parties,
    );
    expect(out.errors.map((e) => [e.row, e.message])).toEqual([
      [2, 'Række 2: indikatoren "ukendt" findes ikke i planen.'],
      [
        3,
        'Række 3: kommunen "Atlantis" findes ikke i samarbejdet (skriv navnet eller den trecifrede kode).',
      ],
      [4, 'Række 4: perioden "forår" skal skrives som ÅÅÅÅ, ÅÅÅÅ-Kn (fx 2025-K2) eller ÅÅÅÅ-MM.'],
      [5, 'Række 5: værdien "mange" er ikke et tal (skriv fx 12,5).'],
      [6, 'Række 6: "indikator" skal udfyldes.'],
      [8, 'Række 8: samme indikator, kommune og periode står allerede i række 7.'],
    ]);
    expect(out.errors[0]?.messageEn).toBe(
      'Row 2: the indicator "ukendt" does not exist in the plan.',
    );
  });

  it('refuses a header without the columns', () => {
    const out = checkIndicatorRows(row(1, 'indikator', 'kommune'), [], indicators, parties);
    expect(out.errors.map((e) => e.message)).toEqual([
      'Kolonnen "periode" mangler i overskriftsrækken.',
      'Kolonnen "værdi" mangler i overskriftsrækken.',
    ]);
  });

  it('refuses an empty file', () => {
    const out = checkIndicatorRows(header, [row(2, null, '')], indicators, parties);
    expect(out.errors[0]?.message).toBe('Filen har ingen rækker under overskriften.');
  });
});

describe('classifyValues', () => {
  it('counts new, changed and unchanged', () => {
    const v = (partyId: string, value: string, note = '') => ({
      row: 2,
      indicatorId: 'i',
      partyId,
      period: '2025',
      value,
      note,
    });
    const stored = [
      { indicatorId: 'i', partyId: 'a', period: '2025', value: '1.000000', note: '' },
      { indicatorId: 'i', partyId: 'b', period: '2025', value: '2.000000', note: '' },
    ];
    const out = classifyValues([v('a', '1'), v('b', '3'), v('c', '4')], stored);
    expect(out.new.map((x) => x.partyId)).toEqual(['c']);
    expect(out.changed.map((x) => x.partyId)).toEqual(['b']);
    expect(out.unchanged).toBe(1);
  });
});
