import { describe, expect, it } from 'vitest';
import {
  createSeriesRequestOf,
  previewRequestOf,
  seriesProblems,
  type SeriesForm,
} from './series-form';

const form: SeriesForm = {
  forumId: 'f',
  from: '2026-01-01',
  to: '2026-12-31',
  weekday: 4,
  time: '10:00',
  durationMinutes: 120,
  perYear: '',
  cadenceMin: '',
  cadenceMax: '',
  avoidMonths: [12, 7],
  title: 'Klyngemøde',
  location: '',
  onlineUrl: '',
  kind: 'ordinary',
};

describe('the series form', () => {
  it('accepts a complete form and leaves optional numbers out', () => {
    expect(seriesProblems(form)).toEqual({});
    expect(previewRequestOf(form)).toEqual({
      forumId: 'f',
      from: '2026-01-01',
      to: '2026-12-31',
      weekday: 4,
      time: '10:00',
      avoidMonths: [7, 12],
    });
  });

  it('flags a reversed period, bad numbers and half a cadence', () => {
    expect(seriesProblems({ ...form, to: '2025-01-01' }).to).toBe('period');
    expect(seriesProblems({ ...form, perYear: '2.5' }).perYear).toBe('number');
    expect(seriesProblems({ ...form, cadenceMin: '4' }).cadence).toBe('number');
    expect(seriesProblems({ ...form, cadenceMin: '6', cadenceMax: '4' }).cadence).toBe('cadence');
  });

  it('creates with the cadence, title and chosen dates', () => {
    const request = createSeriesRequestOf(
      { ...form, perYear: '5', cadenceMin: '4', cadenceMax: '6' },
      ['2026-03-19'],
      true,
    );
    expect(request).toMatchObject({
      perYear: 5,
      cadence: { min: 4, max: 6 },
      title: 'Klyngemøde',
      location: null,
      dates: ['2026-03-19'],
      acknowledgeWarnings: true,
    });
  });
});
