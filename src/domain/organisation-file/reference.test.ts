import { describe, expect, it } from 'vitest';
import { findReferenceCluster, parseCsv, referenceMembership } from './reference';
import { TEST_REFERENCE } from './test/fixtures';

describe('reference data parsing', () => {
  it('reads quoted fields with commas, doubled quotes and CRLF', () => {
    expect(parseCsv('a,b\r\n"x, y","say ""hi"""\r\n1,2\n')).toEqual([
      ['a', 'b'],
      ['x, y', 'say "hi"'],
      ['1', '2'],
    ]);
  });

  it('keeps each cluster’s verification note and reads it as verified or not', () => {
    const sydvest = findReferenceCluster(TEST_REFERENCE, 'Sundhedsklynge Sydvestjylland');
    expect(sydvest).toMatchObject({
      verified: false,
      verifiedNote: 'partial: members only from 2019 proposal',
      municipalityCodes: ['561', '563', '573'],
    });
    expect(findReferenceCluster(TEST_REFERENCE, 'Sundhedsklynge Byen')?.verified).toBe(true);
  });

  it('marks a municipality in several clusters as partial', () => {
    const byen = findReferenceCluster(TEST_REFERENCE, 'Sundhedsklynge Byen');
    expect(referenceMembership(TEST_REFERENCE, byen!, '101')).toMatchObject({
      partial: true,
      verified: true,
    });
    expect(referenceMembership(TEST_REFERENCE, byen!, '561')).toBeNull();
  });
});
