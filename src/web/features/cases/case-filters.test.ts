import { describe, expect, it } from 'vitest';
import {
  caseFiltersFromParams,
  caseParamsOf,
  caseQueryOf,
  NO_CASE_FILTERS,
  PAGE_SIZE,
} from './case-filters';

describe('case filters', () => {
  it('round-trip through the address and ignore unknown values', () => {
    const f = { ...NO_CASE_FILTERS, forumId: 'f', status: 'open' as const, q: 'KOL', page: 3 };
    expect(caseFiltersFromParams(new URLSearchParams(caseParamsOf(f)))).toEqual(f);
    const bad = caseFiltersFromParams(new URLSearchParams('status=x&markering=y&side=-2'));
    expect(bad).toEqual(NO_CASE_FILTERS);
  });

  it('become an API query with paging', () => {
    expect(caseQueryOf({ ...NO_CASE_FILTERS, flag: 'principled', page: 2 })).toEqual({
      flag: 'principled',
      limit: PAGE_SIZE,
      offset: PAGE_SIZE,
    });
  });
});
