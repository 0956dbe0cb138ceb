import { describe, expect, it } from 'vitest';
import { formatKroner, parseKroner } from './money';

describe('formatKroner', () => {
  it.each([
    [0, '0,00 kr.'],
    [5, '0,05 kr.'],
    [123456, '1.234,56 kr.'],
    [100000000, '1.000.000,00 kr.'],
    [-250, '-2,50 kr.'],
  ])('%i øre → %s', (ore, text) => expect(formatKroner(ore)).toBe(text));
});

describe('parseKroner', () => {
  it.each([
    ['1.234,56', 123456],
    ['1234.5', 123450],
    ['1 234', 123400],
    ['12', 1200],
    ['1.000.000', 100000000],
    ['0,05 kr.', 5],
    ['', null],
    ['abc', null],
    ['1,234', null],
    ['-5', null],
  ])('%s → %s', (text, ore) => expect(parseKroner(text)).toBe(ore));
});
