/**
 * The `org` commands, run in-process against a real database (a PGlite data directory, or a
 * fresh database on the server named by TEST_DATABASE_URL): `check` needs none and exits 1 on
 * errors; a refused import leaves every table as it was; import, re-import and export round-trip.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../db/client';
import { migrateDatabase } from '../db/migrate';
import { countRows } from '../modules/organisation/test/org-file-db';
import { readTemplate, TEMPLATES } from '../modules/organisation/test/org-file-fixtures';
import { registerOrgCommands } from './org.cli';
import { cliStore, resetCliRun, runCli } from './test/run-cli';

const store = cliStore('org-cli');
const dir = store.dir;

beforeAll(async () => {
  const database = await openDatabase(await store.create());
  await migrateDatabase(database);
  await database.close();
});

afterAll(() => store.remove());

afterEach(resetCliRun);

/** Runs `samspil org …` and returns its exit code and output. */
const samspil = (...args: string[]) =>
  runCli(registerOrgCommands, ['org', ...args], { stdout: true });

async function rows() {
  const database = await openDatabase(store.target);
  try {
    return await countRows(database.db);
  } finally {
    await database.close();
  }
}

const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

const SOUTH = readTemplate('south-denmark-2022');
const BAD = SOUTH.replace(
  '{ kind: municipality, code: "563" }',
  '{ kind: municipality, code: "999" }',
);
const BAD_LINE = BAD.split('\n').findIndex((l) => l.includes('code: "999"')) + 1;

describe('org check', () => {
  it.each(TEMPLATES)('passes templates/%s.yaml', async (name) => {
    const result = await samspil('check', file(`${name}.yaml`, readTemplate(name)));
    expect(result.code, result.out).toBe(0);
    expect(result.out).toMatch(/: 0 fejl, \d+ advarsler/);
  });

  it('prints Danish errors with line numbers and exits 1', async () => {
    const path = file('bad.yaml', BAD);
    const result = await samspil('check', path);
    expect(result.code).toBe(1);
    expect(result.out).toContain(`${path}:${BAD_LINE}:`);
    expect(result.out).toContain('fejl  Ukendt kommunekode "999"');
    expect(result.out).toContain('(Unknown municipality code "999"');
  });

  it('answers in JSON on request', async () => {
    const result = await samspil('check', file('bad.yaml', BAD), '--json');
    const body = JSON.parse(result.out) as { valid: boolean; errors: { line: number }[] };
    expect(body.valid).toBe(false);
    expect(body.errors[0]?.line).toBe(BAD_LINE);
  });
});

describe('org import and export', () => {
  it('refuses a malformed file with its line number and writes nothing', async () => {
    const before = await rows();
    const result = await samspil('import', file('bad.yaml', BAD), '--yes');
    expect(result.code).toBe(1);
    expect(result.err).toContain(`:${BAD_LINE}:`);
    expect(await rows()).toEqual(before);
  });

  it('shows the diff on a dry run, and asks before writing (refusing without a terminal)', async () => {
    const path = file('south.yaml', SOUTH);
    const before = await rows();
    const dry = await samspil('import', path, '--dry-run');
    expect(dry.code).toBe(0);
    expect(dry.out).toContain('Samarbejde south-denmark-2022 (nyt)');
    expect(dry.out).toContain('parter: 28 oprettes');
    const asked = await samspil('import', path);
    expect(asked.code).toBe(1);
    expect(asked.err).toContain('--yes');
    expect(await rows()).toEqual(before);
  });

  it('imports with --yes in one audited transaction, then re-imports as a no-op', async () => {
    const path = file('south.yaml', SOUTH);
    const before = await rows();
    expect((await samspil('import', path, '--yes')).code).toBe(0);
    const after = await rows();
    expect(after.auditLog - before.auditLog).toBe(1);
    expect(after.clusters).toBe(4);
    const again = await samspil('import', path, '--yes');
    expect(again.out).toContain('Ingen ændringer');
    expect(await rows()).toEqual(after);
  });

  it('exports a file that imports as a no-op', async () => {
    const out = join(dir, 'export.yaml');
    expect((await samspil('export', 'south-denmark-2022', '--out', out)).code).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain('key: south-denmark-2022');
    const result = await samspil('import', out, '--dry-run');
    expect(result.out).toContain('Ingen ændringer');
    expect((await samspil('export', 'nope')).code).toBe(1);
  });
});
