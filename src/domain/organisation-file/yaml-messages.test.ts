import { describe, expect, it } from 'vitest';
import { parseOrgFile } from './parse';
import { TEST_REFERENCE, VALID_FILE } from './test/fixtures';

const parse = (text: string) => parseOrgFile(text, TEST_REFERENCE);

/** A billion laughs: nine levels of nine aliases each. */
function aliasBomb(): string {
  const lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
  const names = 'abcdefghi';
  for (let i = 1; i < names.length; i += 1) {
    const prev = names[i - 1] as string;
    lines.push(`${names[i]}: &${names[i]} [${Array(9).fill(`*${prev}`).join(',')}]`);
  }
  return `${lines.join('\n')}\n`;
}

/** Words of the parser's English that must never reach the Danish text. */
const ENGLISH_WORDS =
  /\b(the|must|alias count|resource|exhaustion|attack|unresolved|sources|maximum|call stack|expected|indicator)\b/i;

describe('YAML errors in Danish and English', () => {
  it.each([
    [
      'an alias bomb',
      aliasBomb(),
      'Filen bruger aliaser (*navn) for mange gange',
      'The file uses aliases (*name) too many times',
      { line: 2, column: 8 },
    ],
    [
      'a syntax error (unclosed flow sequence)',
      'collaboration:\n  key: [a, b\nparties: []\n',
      'Forkert indrykning',
      'Flow sequence in block collection must be sufficiently indented and end with a ]',
      { line: 3, column: 1 },
    ],
    [
      'an alias before its anchor',
      'collaboration:\n  key: *later\nparties: &later []\n',
      'Aliaset *later bruges, før ankeret &later er sat',
      'The alias *later is used before its anchor &later is set',
      { line: 2, column: 8 },
    ],
    [
      'a merge of something that is not a mapping',
      'base: &base 1\ncollaboration:\n  <<: *base\n',
      'En fletning (<<) kan kun hente felter fra et objekt',
      'A merge (<<) can only take fields from a mapping',
      { line: 3, column: 3 },
    ],
    [
      'a key twice',
      'collaboration: {}\ncollaboration: {}\n',
      'Feltet står to gange i samme objekt',
      'Map keys must be unique',
      { line: 2, column: 1 },
    ],
    [
      'two documents',
      'collaboration: {}\n---\nparties: []\n',
      'Filen må kun indeholde ét YAML-dokument',
      'Source contains multiple documents',
      { line: 2, column: 1 },
    ],
    [
      'a NUL byte',
      'collaboration:\n  key: "a\u0000b"\n',
      'Filen indeholder kontroltegnet U+0000, som ikke er tilladt',
      'The file contains the control character U+0000, which is not allowed',
      { line: 2, column: 10 },
    ],
  ])('%s', (_name, text, da, en, at) => {
    const { errors, org } = parse(text);
    expect(org).toBeNull();
    expect(errors[0]).toMatchObject(at);
    expect(errors[0]?.message).toContain(`YAML: ${da}`);
    expect(errors[0]?.messageEn).toContain(`YAML: ${en}`);
    for (const e of errors) expect(e.message).not.toMatch(ENGLISH_WORDS);
  });

  it.each([
    ['flow', `${'['.repeat(5_000)}${']'.repeat(5_000)}`],
    ['block', Array.from({ length: 3_000 }, (_, i) => `${' '.repeat(i)}a:`).join('\n')],
  ])('reports nesting too deep (%s) once, in Danish and English', (_name, text) => {
    const { errors } = parse(text);
    expect(errors).toHaveLength(1);
    expect(errors[0]?.message).toBe(
      'YAML: Filen er indlejret for dybt (for mange niveauer inden i hinanden)',
    );
    expect(errors[0]?.messageEn).toBe(
      'YAML: The file is nested too deeply (too many levels inside each other)',
    );
    expect(errors[0]?.line).toBeGreaterThanOrEqual(1);
  });

  it('leaves a valid file alone, also with aliases below the limit', () => {
    expect(parse(VALID_FILE).errors).toEqual([]);
    const { errors } = parse(`x: &x [1, 2]\ny: [*x, *x]\n${VALID_FILE}`);
    expect(errors.every((e) => !e.message.startsWith('YAML'))).toBe(true);
  });
});
