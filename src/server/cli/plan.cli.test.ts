/**
 * The `plan` commands, run in-process against a real database (a PGlite data directory, or a
 * fresh database on the server named by TEST_DATABASE_URL): `check` needs none and exits 1 on a
 * bad row; `import --dry-run` writes nothing; import, export and import again give no diff.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { count, eq } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../db/client';
import { migrateDatabase } from '../db/migrate';
import { SYSTEM_ACTOR } from '../platform/audit';
import {
  createCollaboration,
  createForum,
  createParty,
  orgContext,
} from '../modules/organisation/index';
import { planXlsx } from '../modules/plans/plan-file.fixtures';
import { planInitiatives, plans } from '../modules/plans/plans.table';
import { registerPlanCommands } from './plan.cli';
import { cliStore, resetCliRun, runCli } from './test/run-cli';

const store = cliStore('plan-cli');
const dir = store.dir;
let planId = '';

beforeAll(async () => {
  const database = await openDatabase(await store.create());
  try {
    await migrateDatabase(database);
    const org = orgContext(database.db);
    const from = '2025-01-01';
    const collaboration = await createCollaboration(org, SYSTEM_ACTOR, {
      key: 'testsamarbejde',
      name: 'Testsamarbejdet',
      regionName: 'Region Test',
      validFrom: from,
    });
    const id = collaboration.entityId;
    for (const name of ['Sundhedssamarbejdsudvalget', 'Embedsmandsudvalget']) {
      await createForum(org, SYSTEM_ACTOR, id, {
        name,
        level: 'regional',
        kind: 'administrative',
        scope: 'crossSector',
        clusterId: null,
        validFrom: from,
      });
    }
    for (const [name, code] of [
      ['København', '101'],
      ['Frederiksberg', '147'],
      ['Tårnby', '185'],
    ] as const) {
      await createParty(org, SYSTEM_ACTOR, id, {
        kind: 'municipality',
        name,
        code,
        validFrom: from,
      });
    }
    const [plan] = await database.db
      .insert(plans)
      .values({
        collaborationId: id,
        key: 'aftale',
        kind: 'healthAgreement',
        title: 'Sundhedsaftalen (fiktiv)',
        periodFrom: '2024-01-01',
        periodTo: '2027-12-31',
        degreeScale: [],
        fictional: true,
      })
      .returning({ id: plans.id });
    planId = plan?.id as string;
  } finally {
    await database.close();
  }
}, 120_000);

afterAll(() => store.remove());

afterEach(resetCliRun);

/** Runs `samspil plan …` and returns its exit code and output. */
const samspil = (...args: string[]) => runCli(registerPlanCommands, ['plan', ...args]);

async function initiatives(): Promise<number> {
  const database = await openDatabase(store.target);
  try {
    const [row] = await database.db
      .select({ n: count() })
      .from(planInitiatives)
      .where(eq(planInitiatives.planId, planId));
    return Number(row?.n ?? 0);
  } finally {
    await database.close();
  }
}

const file = (name: string, content: Buffer) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

describe('plan check', () => {
  it('passes a good file without a database', async () => {
    const result = await samspil('check', file('plan.xlsx', await planXlsx()));
    expect(result.code, result.err).toBe(0);
    expect(result.out).toContain('plan.xlsx: 0 fejl (13 mål, 74 indsatser).');
  });

  it('names a bad row in Danish and exits 1', async () => {
    const path = file('bad.xlsx', await planXlsx(74, { 12: { milepæle: 'snart' } }));
    const result = await samspil('check', path);
    expect(result.code).toBe(1);
    expect(result.out).toContain(
      `${path}:Indsatser!13: fejl  Række 13: milepælen "snart" skal skrives som "dato: titel"`,
    );
  });

  it('refuses a file that is neither XLSX nor CSV (exit 2)', async () => {
    const result = await samspil('check', file('plan.txt', Buffer.from('x')));
    expect(result.code).toBe(2);
    expect(result.err).toContain('Filen skal ende på .xlsx eller .csv');
  });
});

describe('plan import and export', () => {
  it('a dry run shows the diff and writes nothing', async () => {
    const result = await samspil(
      'import',
      file('plan.xlsx', await planXlsx()),
      '--plan',
      'testsamarbejde/aftale',
      '--dry-run',
    );
    expect(result.code, result.err).toBe(0);
    expect(result.out).toContain('+ indsats 74');
    expect(result.out).toContain('Prøvekørsel: 87 nye, 0 ændrede, 0 afsluttede, 0 uændrede.');
    expect(await initiatives()).toBe(0);
  });

  it('refuses to import without --yes when not asked interactively', async () => {
    const result = await samspil('import', join(dir, 'plan.xlsx'), '--plan', planId);
    expect(result.code).toBe(1);
    expect(result.err).toContain('brug --yes');
    expect(await initiatives()).toBe(0);
  });

  it('refuses a file with a bad row whole (exit 1), nothing written', async () => {
    const path = file('bad.xlsx', await planXlsx(74, { 30: { niveau: 'amt' } }));
    const result = await samspil('import', path, '--plan', planId, '--yes');
    expect(result.code).toBe(1);
    expect(result.err).toContain('Første fejl: Række 31: niveauet "amt"');
    expect(await initiatives()).toBe(0);
  });

  it('imports, exports to XLSX and CSV, and the export imports with no diff', async () => {
    const done = await samspil('import', join(dir, 'plan.xlsx'), '--plan', planId, '--yes');
    expect(done.code, done.err).toBe(0);
    expect(done.out).toContain('Indlæst: 87 nye, 0 ændrede, 0 afsluttede.');
    expect(await initiatives()).toBe(74);
    for (const name of ['ud.xlsx', 'ud.csv']) {
      const path = join(dir, name);
      const exported = await samspil('export', '--plan', 'testsamarbejde/aftale', path);
      expect(exported.code, exported.err).toBe(0);
      expect(exported.out).toContain(`Planen er skrevet til ${path} (74 indsatser).`);
      expect(readFileSync(path).length).toBeGreaterThan(1000);
      const again = await samspil('import', path, '--plan', planId, '--dry-run');
      expect(again.code, again.err).toBe(0);
      expect(again.out).toContain('Planen svarer allerede til filen; intet at indlæse.');
    }
  });

  it('names an unknown plan', async () => {
    const result = await samspil('export', '--plan', 'ingen/plan', join(dir, 'x.csv'));
    expect(result.code).toBe(1);
    expect(result.err).toContain('Planen "ingen/plan" findes ikke.');
  });
});
