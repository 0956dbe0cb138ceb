/**
 * The `org` commands, run in-process against a real database (a PGlite data directory, or a
 * fresh database on the server named by TEST_DATABASE_URL): `check` needs none and exits 1 on
 * errors; a refused import leaves every table as it was; import, re-import and export round-trip.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import pg from 'pg';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { openDatabase } from '../db/client';
import { migrateDatabase } from '../db/migrate';
import { countRows } from '../modules/organisation/test/org-file-db';
import { readTemplate, TEMPLATES } from '../modules/organisation/test/org-file-fixtures';
import { registerOrgCommands } from './org.cli';

const dir = mkdtempSync(join(tmpdir(), 'samspil-org-cli-'));
const serverUrl = process.env.TEST_DATABASE_URL;
const pgName = `samspil_cli_${randomBytes(6).toString('hex')}`;
let target: { kind: 'postgres'; url: string } | { kind: 'pglite'; dataDir: string };

beforeAll(async () => {
  process.env.LOG_LEVEL = 'silent';
  if (serverUrl) {
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${pgName}`);
    await admin.end();
    const url = new URL(serverUrl);
    url.pathname = `/${pgName}`;
    target = { kind: 'postgres', url: url.toString() };
    process.env.DATABASE_URL = target.url;
  } else {
    target = { kind: 'pglite', dataDir: join(dir, 'db') };
    process.env.DATA_DIR = target.dataDir;
  }
  const database = await openDatabase(target);
  await migrateDatabase(database);
  await database.close();
});

afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  if (serverUrl) {
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${pgName} WITH (FORCE)`);
    await admin.end();
  }
});

afterEach(() => {
  process.exitCode = undefined;
  vi.restoreAllMocks();
});

/** Runs `samspil org …` and returns its exit code and output. */
async function samspil(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  vi.spyOn(console, 'log').mockImplementation((...a: unknown[]) => void out.push(a.join(' ')));
  vi.spyOn(console, 'error').mockImplementation((...a: unknown[]) => void err.push(a.join(' ')));
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    out.push(String(chunk));
    return true;
  });
  const program = new Command().exitOverride();
  registerOrgCommands(program);
  await program.parseAsync(['node', 'samspil', 'org', ...args]);
  const code = process.exitCode ?? 0;
  process.exitCode = undefined;
  vi.restoreAllMocks();
  return { code, out: out.join('\n'), err: err.join('\n') };
}

async function rows() {
  const database = await openDatabase(target);
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
