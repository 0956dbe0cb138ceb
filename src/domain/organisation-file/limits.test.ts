/**
 * The element limit of an organisation file: elements are counted before normalising (a
 * counted seat `count` times), and a file past `ORG_FILE_LIMITS.maxElements` is refused with one
 * problem at line 1, in Danish and English.
 */
import { describe, expect, it } from 'vitest';
import { OrgFileSchema } from '../../shared/org-file.contract';
import { ORG_FILE_LIMITS } from '../../shared/org-file.limits';
import { countOrgFileElements, parseOrgFile } from './parse';
import { TEST_REFERENCE, VALID_FILE } from './test/fixtures';
import { parseDocument } from 'yaml';

/** A file of one forum whose seat entries have these counts. */
function seatsCounted(counts: readonly number[]): string {
  const seats = counts.map(
    (count, i) => `      - { key: s${i}, label: Plads ${i}, count: ${count} }`,
  );
  return [
    'collaboration: { key: stor, name: Stor, regionName: Syddanmark, validFrom: 2024-01-01 }',
    'fora:',
    '  - key: forum',
    '    name: Forum',
    '    level: cluster',
    '    kind: administrative',
    '    scope: interMunicipal',
    '    seats:',
    ...seats,
    '',
  ].join('\n');
}

/** A file of one forum with `entries` seat entries of `count` seats each. */
const countedSeats = (entries: number, count: number) =>
  seatsCounted(Array.from({ length: entries }, () => count));

describe('the element limit', () => {
  it('counts every element, a counted seat as many times as its count', () => {
    const file = OrgFileSchema.parse(parseDocument(VALID_FILE).toJS());
    // 1 collaboration, 3 parties, 1 cluster with 2 members, 2 fora with 5 seats (one entry of
    // count 2) and 1 rule each… as the fixture has them:
    const fora = file.fora.reduce(
      (n, f) => n + 1 + f.rules.length + f.seats.reduce((m, s) => m + (s.count ?? 1), 0),
      0,
    );
    const clusters = file.clusters.reduce((n, c) => n + 1 + c.members.length, 0);
    expect(countOrgFileElements(file)).toBe(1 + file.parties.length + clusters + fora);
    expect(
      countOrgFileElements(OrgFileSchema.parse(parseDocument(countedSeats(3, 4)).toJS())),
    ).toBe(1 + 1 + 3 * 4);
  });

  it('refuses a file one element past the limit, before normalising it', () => {
    // The collaboration, the forum and seats of 99 up to the limit exactly.
    const seats = ORG_FILE_LIMITS.maxElements - 2;
    const counts = [...Array.from({ length: Math.floor(seats / 99) }, () => 99), seats % 99];
    const at = parseOrgFile(seatsCounted(counts), TEST_REFERENCE);
    expect(at.errors).toEqual([]);
    expect(at.org?.seats).toHaveLength(seats);
    const past = parseOrgFile(seatsCounted([...counts, 1]), TEST_REFERENCE);
    expect(past.org).toBeNull();
    expect(past.errors.map((e) => [e.line, e.messageEn.split(';')[0]])).toEqual([
      [1, 'The file describes 25,001 elements'],
    ]);
  });

  it('refuses a small file that would expand past the limit, with one located problem', () => {
    const text = countedSeats(600, 99);
    expect(text.length).toBeLessThan(40_000);
    const result = parseOrgFile(text, TEST_REFERENCE);
    expect(result.org).toBeNull();
    expect(result.errors).toEqual([
      {
        path: '',
        line: 1,
        column: 1,
        message:
          'Filen beskriver 59.402 elementer; højst 25.000 kan indlæses. Del den op i flere samarbejder.',
        messageEn:
          'The file describes 59,402 elements; at most 25,000 can be read. Split it into several collaborations.',
      },
    ]);
  });
});
