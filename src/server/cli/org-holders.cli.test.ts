/**
 * `samspil org holders`: on the South Danish model (imported with `org import`), a CSV of five
 * office holders is planned (born seats listed, nothing written) with `--dry-run`, loaded with
 * `--yes`, and a file with a bad row is refused with the row's Danish error and exit code 1.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../db/client';
import { migrateDatabase } from '../db/migrate';
import { countRows } from '../modules/organisation/test/org-file-db';
import { readTemplate } from '../modules/organisation/test/org-file-fixtures';
import { registerOrgCommands } from './org.cli';
import { cliStore, resetCliRun, runCli } from './test/run-cli';

const store = cliStore('org-holders-cli');

const samspil = (...args: string[]) => runCli(registerOrgCommands, ['org', ...args]);

const file = (name: string, text: string) => {
  const path = join(store.dir, name);
  writeFileSync(path, text);
  return path;
};

async function rows() {
  const database = await openDatabase(store.target);
  try {
    return await countRows(database.db);
  } finally {
    await database.close();
  }
}

const FIVE = `Kommune;Embede;Navn;E-mail;Titel;Gyldig fra
Vejle;Borgmester;Åse Østergård;;;1.1.2026
Kolding;Borgmester;Bjørn Ærenlund;;;1.1.2026
Fredericia;Borgmester;Søren Fjord;;;1.1.2026
Middelfart;Sundhedsdirektør;Mette Ågård;;;1.1.2026
Odense;Sundhedsdirektør;Jørgen Bæk;;;1.1.2026
`;

beforeAll(async () => {
  const database = await openDatabase(await store.create());
  await migrateDatabase(database);
  await database.close();
  const imported = await samspil(
    'import',
    file('south.yaml', readTemplate('south-denmark-2022')),
    '--yes',
  );
  expect(imported.code, imported.err).toBe(0);
}, 240_000);

afterAll(() => store.remove());
afterEach(resetCliRun);

describe('org holders', () => {
  it('plans with --dry-run: the born seats that fill, nothing written', async () => {
    const before = await rows();
    const dry = await samspil(
      'holders',
      file('five.csv', FIVE),
      '--collaboration',
      'south-denmark-2022',
      '--dry-run',
    );
    expect(dry.code, dry.err).toBe(0);
    expect(dry.out).toContain(
      'Række 2: Åse Østergård (ny person), borgmester i Vejle fra 2026-01-01: starter',
    );
    expect(dry.out).toContain(
      'Født plads: KKR Syddanmark, Borgmestrene i de 22 kommuner: ledig → Åse Østergård (2026-01-01)',
    );
    expect(dry.out).toMatch(
      /5 rækker: 5 embeder starter, 0 afsluttes, 5 nye personer, \d+ fødte pladser/,
    );
    expect(await rows()).toEqual(before);
  });

  it('loads with --yes in one audited transaction', async () => {
    const before = await rows();
    const done = await samspil(
      'holders',
      file('five.csv', FIVE),
      '--collaboration',
      'south-denmark-2022',
      '--yes',
    );
    expect(done.code, done.err).toBe(0);
    expect(done.out).toContain('Indlæst: 5 embeder startet, 0 afsluttet, 5 personer oprettet.');
    const after = await rows();
    expect(after.officeHoldings - before.officeHoldings).toBe(5);
    expect(after.auditLog - before.auditLog).toBe(1);
  });

  it('refuses a file with a bad row, naming the row in Danish', async () => {
    const before = await rows();
    const bad = file(
      'bad.csv',
      'Kommune;Embede;Navn;Gyldig fra\nNyborg;Borgmester;Lise Hansen;1.1.2026\nAtlantis;Borgmester;Per Hav;1.1.2026\n',
    );
    const result = await samspil('holders', bad, '--collaboration', 'south-denmark-2022', '--yes');
    expect(result.code).toBe(1);
    expect(result.out).toContain('Fejl: Række 3: kommunen »Atlantis« findes ikke i samarbejdet.');
    expect(await rows()).toEqual(before);
  });
});
