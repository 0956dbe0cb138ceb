import { describe, expect, it } from 'vitest';
import { buildSnippet, likePattern, parseQuery } from './search.terms';

const marked = (s: { snippet: string; highlights: { start: number; end: number }[] }) =>
  s.highlights.map((h) => s.snippet.slice(h.start, h.end));

describe('parseQuery', () => {
  it('keeps Danish words and tells simple queries from ones with operators', () => {
    expect(parseQuery('Sundhedsklynge på Ærø')).toEqual({
      text: 'Sundhedsklynge på Ærø',
      simple: true,
      words: ['Sundhedsklynge', 'på', 'Ærø'],
    });
    expect(parseQuery('"sundhedsaftale 2024"').simple).toBe(false);
    expect(parseQuery('klynge -nord').simple).toBe(false);
    expect(parseQuery('KOL or diabetes').simple).toBe(false);
    expect(parseQuery('forebyggelse-ordning').simple).toBe(true);
  });
});

describe('likePattern', () => {
  it('escapes LIKE wildcards', () => {
    expect(likePattern('50%_a\\')).toBe('%50\\%\\_a\\\\%');
  });
});

describe('buildSnippet', () => {
  it('marks every word containing a stem, whatever its case or compound', () => {
    const s = buildSnippet('Sundhedsklyngen og SUNDHEDSKLYNGERNE mødes; klynger i Øst.', ['klyng']);
    expect(marked(s)).toEqual(['Sundhedsklyngen', 'SUNDHEDSKLYNGERNE', 'klynger']);
    expect(s.snippet).toBe('Sundhedsklyngen og SUNDHEDSKLYNGERNE mødes; klynger i Øst.');
  });

  it('cuts a long text around the first match, keeps Danish letters and offsets right', () => {
    const long = `${'indledning '.repeat(60)}Her står sundhedsaftalen om æbler og øer på Ærø. ${'slut '.repeat(80)}`;
    const s = buildSnippet(long, ['sundhedsaftal', 'ærø'], 120);
    expect(s.snippet.startsWith('… ')).toBe(true);
    expect(s.snippet.endsWith(' …')).toBe(true);
    expect(s.snippet.length).toBeLessThanOrEqual(126);
    expect(marked(s)).toEqual(['sundhedsaftalen', 'Ærø']);
  });

  it('gives the start of the text when nothing matches', () => {
    const s = buildSnippet('  Kort   tekst\nuden fund ', ['xyz']);
    expect(s).toEqual({ snippet: 'Kort tekst uden fund', highlights: [] });
  });
});
