import { describe, expect, it } from 'vitest';
import {
  findReferenceCluster,
  parseCsv,
  parseHealthCouncilsCsv,
  referenceMembership,
} from './reference';
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

  it('reads semicolon-separated CSV when told', () => {
    expect(parseCsv('a;b\nx, y;2\n', ';')).toEqual([
      ['a', 'b'],
      ['x, y', '2'],
    ]);
  });

  describe('the health council CSV', () => {
    const municipalities = [...TEST_REFERENCE.municipalities.values()];
    const header = 'council;region;municipality;status\n';

    it('normalises names, keeps the status and flags conflicts', () => {
      const councils = parseHealthCouncilsCsv(
        `${header}Sundhedsråd Sydvestjylland;Syddanmark;Esbjerg;source-listed\n` +
          'Sundhedsråd Sydvestjylland;Syddanmark;Fanø;CONFLICT: seated elsewhere\n' +
          'Sundhedsråd Fyn;Syddanmark;Odense;source-listed\n',
        municipalities,
      );
      expect(councils.map((c) => [c.name, c.region, c.members.map((m) => m.code)])).toEqual([
        ['Sundhedsråd Sydvestjylland', 'Syddanmark', ['561', '563']],
        ['Sundhedsråd Fyn', 'Syddanmark', ['461']],
      ]);
      expect(councils[0]?.members[1]).toMatchObject({
        name: 'Fanø',
        conflict: true,
        status: 'CONFLICT: seated elsewhere',
      });
      expect(councils[0]?.members[0]?.conflict).toBe(false);
    });

    it('fails loudly on an unknown name and on a municipality listed twice', () => {
      expect(() =>
        parseHealthCouncilsCsv(
          `${header}Sundhedsråd X;Syddanmark;Esbjærg;source-listed\n`,
          municipalities,
        ),
      ).toThrow('Unknown municipality name "Esbjærg"');
      expect(() =>
        parseHealthCouncilsCsv(
          `${header}Sundhedsråd X;Syddanmark;Esbjerg;source-listed\nSundhedsråd Y;Syddanmark;Esbjerg;source-listed\n`,
          municipalities,
        ),
      ).toThrow('listed in both Sundhedsråd X and Sundhedsråd Y');
    });
  });
});
