import { describe, expect, it } from 'vitest';
import { checkOrgFile } from './check';
import { parseOrgFile } from './parse';
import { broken, TEST_REFERENCE, VALID_FILE } from './test/fixtures';

/** The 1-based line of the first (or last) line containing `needle`. */
function lineOf(text: string, needle: string, last = false): number {
  const lines = text.split('\n');
  const index = last
    ? lines.findLastIndex((line) => line.includes(needle))
    : lines.findIndex((line) => line.includes(needle));
  if (index < 0) throw new Error(`no line with ${needle}`);
  return index + 1;
}

const parse = (text: string) => parseOrgFile(text, TEST_REFERENCE);

describe('reading an organisation file', () => {
  it('accepts a valid file and normalises it', () => {
    const result = parse(VALID_FILE);
    expect(result.errors).toEqual([]);
    const org = result.org!;
    expect(org.parties.map((p) => [p.key, p.name, p.population])).toEqual([
      ['561', 'Esbjerg', 115483],
      ['563', 'Fanø', 3488],
      ['region', 'Region Syddanmark', null],
    ]);
    expect(org.seats.map((s) => [s.ref, s.label])).toEqual([
      ['klynge/mayors', 'Borgmestre'],
      ['klynge/co-chair', 'Medformand'],
      ['ssu/co-chairs', 'Medformænd'],
      ['ssu/regional#1', 'Regionsrådsmedlem 1'],
      ['ssu/regional#2', 'Regionsrådsmedlem 2'],
    ]);
    expect(org.seats[0]).toMatchObject({ validFrom: '2022-07-01', validTo: '2026-12-31' });
    expect(org.memberships.map((m) => [m.code, m.verified])).toEqual([
      ['561', false],
      ['563', false],
    ]);
  });

  it.each([
    [
      'an unclosed quote',
      '  name: Testsamarbejde',
      '  name: "Testsamarbejde',
      'name: "Testsamarbejde',
    ],
    [
      'a key twice in one mapping',
      '  regionName: Syddanmark',
      '  regionName: Syddanmark\n  regionName: Fyn',
      'regionName: Fyn',
    ],
    [
      'a tab as indentation',
      '    kind: political\n    scope: crossSector\n    cluster',
      '    kind: political\n\tscope: crossSector\n    cluster',
      '\tscope',
    ],
  ])('refuses a YAML syntax error (%s) at its line', (_name, from, to, at) => {
    const text = broken(from, to);
    const result = parse(text);
    expect(result.org).toBeNull();
    expect(result.errors[0]?.message).toMatch(/^YAML: /);
    expect(result.errors[0]?.messageEn).toMatch(/^YAML: /);
    expect(result.errors.map((e) => e.line)).toContain(lineOf(text, at));
  });

  it.each([
    [
      'a wrong type',
      '{ key: regional, count: 2,',
      '{ key: regional, count: two,',
      'count: two',
      'fora.1.seats.1.count',
    ],
    ['an unknown field', '    cluster: sydvest', '    clustr: sydvest', 'clustr:', 'fora.0.clustr'],
    [
      'a bad enum value',
      '    level: cluster',
      '    level: klynge',
      'level: klynge',
      'fora.0.level',
    ],
    [
      'a date that does not exist',
      '  validTo: 2026-12-31',
      '  validTo: 2026-02-30',
      '2026-02-30',
      'collaboration.validTo',
    ],
    [
      'a code that is not three digits',
      'code: "563"',
      'code: "56"',
      'code: "56"',
      'parties.1.code',
    ],
    ['a missing required field', '    name: SSU\n', '', '  - key: ssu', 'fora.1.name'],
  ])(
    'refuses %s with its path, line and a Danish and English text',
    (_name, from, to, at, path) => {
      const text = broken(from, to);
      const result = parse(text);
      expect(result.org).toBeNull();
      const error = result.errors.find((e) => e.path === path);
      expect(error, JSON.stringify(result.errors)).toBeDefined();
      expect(error?.line).toBe(lineOf(text, at));
      expect(error?.message).not.toBe('');
      expect(error?.messageEn).not.toBe(error?.message);
    },
  );

  it('points an unknown field at the field itself', () => {
    const text = broken('    cluster: sydvest', '    clustr: sydvest');
    const [error] = parse(text).errors;
    expect(error).toMatchObject({
      message: 'Ukendt felt "clustr"',
      messageEn: 'Unknown field "clustr"',
      column: 5,
    });
  });

  it.each([
    [
      'an unknown municipality code',
      'code: "563"',
      'code: "999"',
      'code: "999"',
      /Ukendt kommunekode "999"/,
    ],
    [
      'a reference to a missing cluster',
      '    cluster: sydvest',
      '    cluster: nord',
      'cluster: nord',
      /klyngen "nord"/,
    ],
    [
      'a born rule reading a missing forum',
      '{ of: clusterForums, forumKind: political }',
      '{ of: forums, forums: [nope] }',
      'forums: [nope]',
      /forummet "nope"/,
    ],
    [
      'a duplicate key',
      '  - key: ssu',
      '  - key: klynge',
      '  - key: klynge\n',
      /"klynge" findes allerede/,
    ],
    [
      'a seat outside its forum',
      '      - key: mayors',
      '      - key: mayors\n        validFrom: 2021-01-01',
      'validFrom: 2021-01-01',
      /uden for forummets periode/,
    ],
    [
      'an unverified member claimed verified',
      '{ municipality: "563", verified: false }',
      '{ municipality: "563" }',
      '{ municipality: "563" }',
      /ikke verificeret i referencedata/,
    ],
  ])('refuses %s after the schema, at its line', (_name, from, to, at, message) => {
    const text = broken(from, to);
    const result = parse(text);
    expect(result.org).toBeNull();
    const error = result.errors.find((e) => message.test(e.message));
    expect(error, JSON.stringify(result.errors)).toBeDefined();
    expect(error?.line).toBe(lineOf(text, at.split('\n')[0] as string, true));
  });

  it('refuses a born-rule cycle between fora and allows a forum to read itself', () => {
    const text = broken(
      '      - key: mayors',
      '      - key: from-ssu\n        label: X\n        born: { kind: officeHoldersOfRepresented, forum: ssu, office: healthDirector }\n      - key: self\n        label: Y\n        born: { kind: officeHoldersOfRepresented, forum: klynge, office: healthDirector }\n      - key: mayors',
    );
    const result = parse(text);
    const cycle = result.errors.filter((e) => /cirkel/.test(e.message));
    expect(cycle).toHaveLength(1);
    expect(cycle[0]?.message).toContain('klynge → ssu → klynge');
  });

  it('refuses overlapping appointments to one seat', () => {
    const text = `${VALID_FILE}persons:
  - { key: a, name: Anna Prøvesen, fictional: true }
  - { key: b, name: Bo Fiktivsen, fictional: true }
appointments:
  - { seat: ssu/regional#1, person: a }
  - { seat: ssu/regional#1, person: b, validFrom: 2024-01-01 }
  - { seat: ssu/regional, person: b }
`;
    const result = parse(text);
    expect(result.errors.map((e) => [e.line, e.path])).toEqual([
      [lineOf(text, 'person: b, validFrom'), 'appointments.1.validFrom'],
      [lineOf(text, 'seat: ssu/regional, '), 'appointments.2.seat'],
    ]);
    expect(result.errors[1]?.message).toContain('ssu/regional#1');
  });

  it('refuses real persons', () => {
    const text = `${VALID_FILE}persons:\n  - { key: a, name: Anna, fictional: false }\n`;
    expect(parse(text).errors[0]).toMatchObject({
      path: 'persons.0.fictional',
      line: lineOf(text, 'fictional: false'),
    });
  });

  it('sorts problems by line', () => {
    const text = broken('code: "563"', 'code: "999"').replace(
      '    cluster: sydvest',
      '    cluster: nord',
    );
    const lines = parse(text).errors.map((e) => e.line);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines).toEqual([...lines].sort((a, b) => a - b));
  });

  it('warns about a municipality of another region and members the reference has besides', () => {
    const text = broken(
      '  - { kind: municipality, code: "563" }',
      '  - { kind: municipality, code: "563" }\n  - { kind: municipality, code: "101" }',
    );
    const warnings = parse(text).warnings.map((w) => w.message);
    expect(warnings).toContain('København (101) ligger i Region Hovedstaden, ikke i Syddanmark');
    expect(warnings.some((w) => w.includes('også kommune 573'))).toBe(true);
  });
});

describe('checking composition on a file', () => {
  it('passes a file whose only breaches are vacant seats, and fails it when strict', () => {
    const relaxed = checkOrgFile(VALID_FILE, TEST_REFERENCE, { today: '2024-01-01' });
    expect(relaxed.date).toBe('2024-01-01');
    expect(relaxed.errors).toEqual([]);
    const strict = checkOrgFile(VALID_FILE, TEST_REFERENCE, { today: '2024-01-01', strict: true });
    expect(strict.errors).toEqual([]);
  });

  it('reports a rule no staffing can meet as an error at the rule', () => {
    const text = broken('min: 2, max: 2', 'min: 3, max: 3');
    const result = checkOrgFile(text, TEST_REFERENCE, { today: '2024-01-01' });
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatchObject({
      path: 'fora.1.rules.0',
      line: lineOf(text, 'min: 3'),
    });
    expect(result.errors[0]?.message).toMatch(/^Sammensætning: /);
  });

  it('checks on the first day when the file is not valid today', () => {
    const result = checkOrgFile(VALID_FILE, TEST_REFERENCE, { today: '2030-01-01' });
    expect(result.date).toBe('2022-07-01');
  });

  it('treats a vacant function as a warning unless strict', () => {
    const text =
      `${VALID_FILE}      - { key: vice, role: viceChair, isFunction: true, label: Næstformand }
    rules:
      - { kind: roleHeldByPartyKind, role: viceChair, partyKind: municipality }
`.replace(
        '    rules:\n      - { kind: seatsOfPartyKind, partyKind: region, min: 2, max: 2 }\n      - { key: vice',
        '      - { key: vice',
      );
    const relaxed = checkOrgFile(text, TEST_REFERENCE, { today: '2024-01-01' });
    expect(relaxed.errors).toEqual([]);
    expect(relaxed.warnings.some((w) => w.message.includes('(ubesat plads)'))).toBe(true);
    const strict = checkOrgFile(text, TEST_REFERENCE, { today: '2024-01-01', strict: true });
    expect(strict.errors.length).toBeGreaterThan(0);
  });
});
