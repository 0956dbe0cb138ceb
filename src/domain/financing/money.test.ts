import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatFte,
  formatKroner,
  formatKronerNumber,
  oreToDecimal,
  parseFte,
  parseKroner,
} from './money';

describe('parseKroner', () => {
  it.each([
    ['654.321,23', 65_432_123],
    ['654321,23', 65_432_123],
    ['654321.23', 65_432_123],
    ['1.234,5', 123_450],
    ['0,01', 1],
    ['12', 1200],
    [' 1.000.000 kr.', 100_000_000],
    ['0.1', 10],
  ])('%s → %i øre', (text, ore) => expect(parseKroner(text)).toBe(ore));

  it.each(['', 'abc', '1,234', '-5', '1.23.4', '12,345', '1e5', '99999999999999999999'])(
    'refuses %j',
    (text) => expect(parseKroner(text)).toBeNull(),
  );

  it('reads back what it formats, for every amount', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }), (ore) => {
        expect(parseKroner(formatKronerNumber(ore))).toBe(ore);
        expect(parseKroner(oreToDecimal(ore))).toBe(ore);
      }),
    );
  });
});

describe('formatting', () => {
  it.each([
    [0, '0,00 kr.'],
    [1, '0,01 kr.'],
    [123_456, '1.234,56 kr.'],
    [-123_456, '-1.234,56 kr.'],
    [100_000_000, '1.000.000,00 kr.'],
  ])('%i øre → %s', (ore, text) => expect(formatKroner(ore)).toBe(text));

  it.each([
    [-5, '-0.05'],
    [65_432_123, '654321.23'],
  ])('%i øre as decimal %s', (ore, text) => expect(oreToDecimal(ore)).toBe(text));
});

describe('FTE', () => {
  it.each([
    ['1,5', 150],
    ['2.25', 225],
    ['3', 300],
    ['0,05', 5],
  ])('%s → %i hundredths', (text, h) => expect(parseFte(text)).toBe(h));
  it.each(['', '1,234', '-1', 'x'])('refuses %j', (text) => expect(parseFte(text)).toBeNull());
  it.each([
    [150, '1,5'],
    [225, '2,25'],
    [300, '3'],
    [5, '0,05'],
  ])('%i → %s', (h, text) => expect(formatFte(h)).toBe(text));
});
