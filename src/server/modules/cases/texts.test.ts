/** Every refused transition has a Danish and an English text, with its parameters filled in. */
import { describe, expect, it } from 'vitest';
import { AGENDA_ERROR_CODES } from '../../../shared/agendas.enums';
import { CASE_ERROR_CODES } from '../../../shared/cases.enums';
import { caseDomainError, textOf } from './texts';

describe('error texts', () => {
  it.each(CASE_ERROR_CODES)('%s has texts in both languages', (code) => {
    const text = textOf('cases', `errors.${code}`);
    expect(text.da).not.toBe(`errors.${code}`);
    expect(text.en).not.toBe(`errors.${code}`);
  });

  it.each(AGENDA_ERROR_CODES)('%s has texts in both languages', (code) => {
    const text = textOf('agendas', `errors.${code}`);
    expect(text.da).not.toBe(`errors.${code}`);
    expect(text.en).not.toBe(`errors.${code}`);
  });

  it('fills in parameters and maps codes to problems', () => {
    const error = caseDomainError({
      code: 'case.dateBeforePrevious',
      params: { on: '2026-01-01', previous: '2026-02-01' },
    });
    expect(error.code).toBe('conflict');
    expect(error.detail?.da).toBe(
      'Datoen 1. januar 2026 ligger før den forrige (1. februar 2026).',
    );
    expect(error.detail?.en).toBe(
      'The date 1 January 2026 is before the previous one (1 February 2026).',
    );
    expect(error.options.extra).toEqual({
      code: 'errors.case.dateBeforePrevious',
      params: { on: '2026-01-01', previous: '2026-02-01' },
    });
  });
});
