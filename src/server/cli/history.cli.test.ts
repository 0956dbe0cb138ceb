/**
 * `samspil history import`, run in-process against a real database: without `--commit` it
 * reports and writes nothing; with it the cases are recorded; a bad file exits 1.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { count } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../db/client';
import { migrateDatabase } from '../db/migrate';
import { SYSTEM_ACTOR } from '../platform/audit';
import { cases } from '../modules/cases/index';
import { createCollaboration, createForum, orgContext } from '../modules/organisation/index';
import { registerHistoryCommands } from './history.cli';
import { cliStore, resetCliRun, runCli } from './test/run-cli';

const store = cliStore('history-cli');

beforeAll(async () => {
  const database = await openDatabase(await store.create());
  try {
    await migrateDatabase(database);
    const org = orgContext(database.db);
    const from = '2024-01-01';
    const collaboration = await createCollaboration(org, SYSTEM_ACTOR, {
      key: 'testsamarbejde',
      name: 'Testsamarbejdet',
      regionName: 'Region Test',
      validFrom: from,
    });
    for (const [key, name] of [
      ['klynge', 'Klyngen'],
      ['eu', 'Embedsmandsudvalget'],
      ['ssu', 'Sundhedssamarbejdsudvalget'],
    ] as const) {
      await createForum(org, SYSTEM_ACTOR, collaboration.entityId, {
        key,
        name,
        level: 'regional',
        kind: 'administrative',
        scope: 'crossSector',
        clusterId: null,
        validFrom: from,
      });
    }
  } finally {
    await database.close();
  }
}, 120_000);

afterAll(() => store.remove());
afterEach(resetCliRun);

const samspil = (...args: string[]) => runCli(registerHistoryCommands, ['history', ...args]);

function file(ssuDate: string): string {
  const path = join(store.dir, `historik-${ssuDate}.csv`);
  const rows = [
    'case_key;title;type;raised_in_forum;raised_on;forum;meeting_date;decision;final',
    'A;Fælles forløb;beslutning;klynge;2025-03-01;klynge;2025-03-12;Videre;',
    'A;;;;;eu;2025-04-09;Anbefales;',
    `A;;;;;ssu;${ssuDate};Godkendt;ja`,
  ];
  writeFileSync(path, `${rows.join('\n')}\n`);
  return path;
}

async function caseCount(): Promise<number> {
  const database = await openDatabase(store.target);
  try {
    const [row] = await database.db.select({ n: count() }).from(cases);
    return Number(row?.n ?? 0);
  } finally {
    await database.close();
  }
}

describe('history import', () => {
  it('reports a bad file in Danish and exits 1', async () => {
    const result = await samspil('import', file('2025-04-01'), '--collaboration', 'testsamarbejde');
    expect(result.code).toBe(1);
    expect(result.out).toContain('fejl  Trin 3: mødet den 1. april 2025 ligger før mødet i trin 2');
    expect(await caseCount()).toBe(0);
  });

  it('previews without --commit, then records with it', async () => {
    const path = file('2025-06-12');
    const preview = await samspil('import', path, '--collaboration', 'testsamarbejde');
    expect(preview.code, preview.err).toBe(0);
    expect(preview.out).toContain('trin 3: nyt møde i Sundhedssamarbejdsudvalget 2025-06-12');
    expect(preview.out).toContain('kør igen med --commit');
    expect(await caseCount()).toBe(0);
    const done = await samspil('import', path, '--collaboration', 'testsamarbejde', '--commit');
    expect(done.code, done.err).toBe(0);
    expect(done.out).toContain('1 sager er indført.');
    expect(await caseCount()).toBe(1);
  });

  it('refuses an unknown collaboration (exit 2)', async () => {
    const result = await samspil('import', file('2025-06-12'), '--collaboration', 'ingen');
    expect(result.code).toBe(2);
  });
});
