import { describe, expect, it } from 'vitest';
import { storedToNormalised } from './from-stored';
import { planOrgImport } from './import-plan';
import type { ImportPlanInput } from './import-types';
import type { NormalisedOrg } from './model';
import { parseOrgFile } from './parse';
import { stringifyOrgFile } from './stringify';
import { broken, TEST_REFERENCE, VALID_FILE } from './test/fixtures';
import { createMemoryStore } from './test/memory-store';
import { toFileData } from './to-file';

const orgOf = (text: string): NormalisedOrg => {
  const result = parseOrgFile(text, TEST_REFERENCE);
  if (result.org === null) throw new Error(JSON.stringify(result.errors));
  return result.org;
};

const PEOPLE = `persons:
  - key: anna
    name: Anna Prøvesen
    fictional: true
    offices: [{ party: "561", office: mayor }]
appointments:
  - { seat: klynge/co-chair, person: anna }
`;

function setup() {
  const store = createMemoryStore();
  const plan = (text: string, options: Partial<ImportPlanInput> = {}) => {
    const incoming = orgOf(text);
    const stored = store.snapshot();
    return planOrgImport({
      stored,
      knownPersons: [],
      incoming,
      effectiveFrom: stored === null ? incoming.collaboration.validFrom : '2024-03-01',
      prune: false,
      newId: store.newId,
      ...options,
    });
  };
  const run = (text: string, options: Partial<ImportPlanInput> = {}) => {
    const p = plan(text, options);
    expect(p.problems).toEqual([]);
    store.applyAll(p.ops, p.collaborationId);
    return p;
  };
  return { store, plan, run };
}

const kind = (p: ReturnType<ReturnType<typeof setup>['plan']>, name: string) =>
  p.diff.kinds.find((k) => k.kind === name);

describe('planning an import', () => {
  it('creates everything for a new collaboration, and nothing on a second run', () => {
    const { store, run, plan } = setup();
    const first = run(VALID_FILE + PEOPLE);
    expect(first.diff.collaborationCreated).toBe(true);
    expect(kind(first, 'party')?.created).toEqual(['561', '563', 'region']);
    expect(kind(first, 'seat')?.created).toContain('ssu/regional#2');
    expect(store.tables.persons).toMatchObject([{ key: 'test:anna', fictional: true }]);
    const again = plan(VALID_FILE + PEOPLE);
    expect(again.diff.noop).toBe(true);
    expect(again.ops).toEqual([]);
  });

  it('gives a changed attribute a new version from the effective date', () => {
    const { store, run } = setup();
    run(VALID_FILE);
    const p = run(broken('    name: SSU', '    name: Sundhedssamarbejdsudvalget'));
    expect(kind(p, 'forum')?.changed).toEqual([{ key: 'ssu', fields: ['name'] }]);
    const ssu = store.tables.fora.filter((f) => f.key === 'ssu');
    expect(ssu.map((f) => [f.name, f.validFrom, f.validTo])).toEqual([
      ['SSU', '2022-07-01', '2024-02-29'],
      ['Sundhedssamarbejdsudvalget', '2024-03-01', '2026-12-31'],
    ]);
  });

  it('refuses a change that cannot take effect on the effective date', () => {
    const { run, plan } = setup();
    run(VALID_FILE);
    const p = plan(broken('    name: SSU', '    name: Nyt navn'), { effectiveFrom: '2030-01-01' });
    expect(p.problems).toHaveLength(1);
    expect(p.problems[0]?.path).toEqual(['fora', 1]);
  });

  it('lists elements missing from the file and ends them only with prune', () => {
    const { store, run, plan } = setup();
    run(VALID_FILE + PEOPLE);
    const without = VALID_FILE.replace(
      '      - { key: regional, count: 2, label: Regionsrådsmedlem, party: region, partyKind: region }\n',
      '',
    );
    const listed = plan(without);
    expect(kind(listed, 'seat')?.missing).toEqual(['ssu/regional#1', 'ssu/regional#2']);
    expect(listed.ops).toEqual([]);
    const pruned = run(without, { prune: true });
    expect(kind(pruned, 'seat')?.ended).toEqual(['ssu/regional#1', 'ssu/regional#2']);
    expect(kind(pruned, 'person')?.missing).toEqual([]);
    const seats = store.tables.seats.filter((s) => String(s.key).startsWith('ssu/regional'));
    expect(seats.map((s) => s.validTo)).toEqual(['2024-02-29', '2024-02-29']);
    expect(plan(without, { prune: true }).diff.noop).toBe(true);
  });

  it('round-trips: the export of an import imports as no change', () => {
    const { store, run, plan } = setup();
    run(VALID_FILE + PEOPLE);
    run(broken('    name: SSU', '    name: Sundhedssamarbejdsudvalget') + PEOPLE);
    const view = storedToNormalised(store.snapshot()!, '2024-03-01')!;
    const text = stringifyOrgFile(toFileData(view.org), { reference: TEST_REFERENCE });
    expect(text).toContain('{ kind: municipality, code: "561" } # Esbjerg');
    expect(text).toContain('count: 2');
    expect(plan(text).diff.noop).toBe(true);
  });

  it('treats a changed fact as a correction in place', () => {
    const { store, run } = setup();
    run(VALID_FILE + PEOPLE);
    const p = run(
      VALID_FILE + PEOPLE.replace('person: anna }', 'person: anna, termEnd: 2025-12-31 }'),
    );
    expect(kind(p, 'appointment')?.changed).toEqual([
      { key: 'klynge/co-chair/anna@2022-07-01', fields: ['termEnd'] },
    ]);
    expect(store.tables.appointments).toMatchObject([{ termEnd: '2025-12-31' }]);
  });
});
