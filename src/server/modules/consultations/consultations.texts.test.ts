import { describe, expect, it } from 'vitest';
import { consultations } from '../../../shared/i18n/consultations';
import { consultationError, longDate, textOf } from './consultations.texts';

const PARAMS = { date: '2026-03-12', max: 20, number: 3, party: 'Odder Kommune' };

describe('consultation texts', () => {
  it.each(Object.keys(consultations.da.errors))('errors.%s is filled in both languages', (key) => {
    const text = consultationError('conflict', key, PARAMS).detail;
    for (const lang of ['da', 'en'] as const) {
      expect(text?.[lang]).not.toMatch(/\{\{|errors\.|2026-03-12/);
    }
  });

  it('writes dates the Danish way', () => {
    expect(longDate('2026-03-12', 'da')).toBe('12. marts 2026');
    expect(longDate('2026-03-12', 'en')).toBe('12 March 2026');
    expect(textOf('errors.contributionLate', { date: '2026-03-12' }).da).toBe(
      'Fristen for bidrag var 12. marts 2026. Bidraget kan ikke længere tilføjes eller ændres.',
    );
  });
});
