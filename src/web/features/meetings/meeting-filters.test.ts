import { describe, expect, it } from 'vitest';
import { defaultFilters, filtersFromParams, isPeriodInvalid, paramsOf } from './meeting-filters';

describe('meeting filters', () => {
  it('defaults to today and the next three months', () => {
    expect(defaultFilters('2026-11-23')).toEqual({
      collaborationId: '',
      forumId: '',
      from: '2026-11-23',
      to: '2027-02-22',
    });
  });

  it('round-trips through the address', () => {
    const filters = { collaborationId: 'c', forumId: 'f', from: '2026-12-01', to: '2026-12-31' };
    const params = new URLSearchParams(paramsOf(filters));
    expect(filtersFromParams(params, '2026-11-23')).toEqual(filters);
  });

  it('rejects a period that ends before it starts', () => {
    expect(isPeriodInvalid({ ...defaultFilters('2026-11-23'), to: '2026-11-01' })).toBe(true);
  });
});
