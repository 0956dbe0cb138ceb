import { describe, expect, it } from 'vitest';
import { asciiFileName, contentDisposition, slugFileName } from './file-names';

describe('download file names', () => {
  it('slugs readable parts and keeps Danish letters', () => {
    expect(slugFileName(['Sundhedsklynge Sjælland (SKS)', '2027-01-05'], '.ics')).toBe(
      'sundhedsklynge-sjælland-sks-2027-01-05.ics',
    );
    expect(slugFileName(['  ', null], '.ics')).toBe('samspil.ics');
  });

  it('spells Danish letters out in the ASCII name and encodes filename* per RFC 5987', () => {
    expect(asciiFileName('sundhedsklynge-sjælland-2027-01-05.ics')).toBe(
      'sundhedsklynge-sjaelland-2027-01-05.ics',
    );
    expect(contentDisposition("Åbent møde (Ærø)'s.ics", 'inline')).toBe(
      `inline; filename="Aabent moede (Aeroe)'s.ics"; filename*=UTF-8''%C3%85bent%20m%C3%B8de%20%28%C3%86r%C3%B8%29%27s.ics`,
    );
  });
});
