/**
 * The organisation-file API against a real database (PGlite, or PostgreSQL with
 * TEST_DATABASE_URL): malformed files are refused with line numbers and leave every table as it
 * was; the templates import with the seeds' structure; re-import and export → import are no-ops.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isFullMember } from '../../../domain/organisation/index';
import { createTestContext, type TestClient, type TestContext } from '../../test/test-app';
import { countRows, loadByKey } from './test/org-file-db';
import { membersOf, readTemplate } from './test/org-file-fixtures';

let ctx: TestContext;
let secretariat: TestClient;
let reader: TestClient;

const YAML = { 'content-type': 'text/yaml' };
const IMPORT = '/api/org/files/import?dryRun=false';

beforeAll(async () => {
  ctx = await createTestContext();
  secretariat = await ctx.loginAs('secretariat');
  reader = await ctx.loginAs('reader');
});
afterAll(() => ctx.close());

const lineOf = (text: string, needle: string) =>
  text.split('\n').findIndex((line) => line.includes(needle)) + 1;

const SOUTH = readTemplate('south-denmark-2022');

describe('malformed files', () => {
  const cases = [
    [
      'a YAML syntax error',
      SOUTH.replace(
        '  name: Sundhedssamarbejdet i Syddanmark',
        '  name: "Sundhedssamarbejdet i Syddanmark',
      ),
      'name: "Sundhedssamarbejdet',
    ],
    [
      'a wrong type',
      SOUTH.replace(
        '      - { kind: seatsOfPartyKind, partyKind: municipality, min: 5, max: 5 }',
        '      - { kind: seatsOfPartyKind, partyKind: municipality, min: five, max: 5 }',
      ),
      'min: five',
    ],
    [
      'an unknown municipality code',
      SOUTH.replace('{ kind: municipality, code: "563" }', '{ kind: municipality, code: "999" }'),
      'code: "999"',
    ],
    [
      'a rule referencing a missing forum',
      SOUTH.replace(
        'forums: { of: forums, forums: [forretningsudvalg] }',
        'forums: { of: forums, forums: [forretningsudvalget] }',
      ),
      'forums: [forretningsudvalget]',
    ],
  ] as const;

  it.each(cases)(
    'refuses %s with its line number and changes nothing',
    async (_name, text, needle) => {
      const before = await countRows(ctx.database.db);
      const res = await secretariat.post(IMPORT, text, { headers: YAML });
      expect(res.statusCode, res.body).toBe(422);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      const body = res.json() as {
        errors: { line: number; column: number; message: string; messageEn: string }[];
      };
      expect(body.errors.map((e) => e.line)).toContain(lineOf(text, needle));
      expect(body.errors[0]?.message).not.toBe(body.errors[0]?.messageEn);
      expect(await countRows(ctx.database.db)).toEqual(before);
    },
  );

  it('reports the same problems from the check endpoint (JSON body), without writing', async () => {
    const [, text, needle] = cases[2];
    const before = await countRows(ctx.database.db);
    const res = await reader.post('/api/org/files/check', { yaml: text });
    expect(res.statusCode, res.body).toBe(422);
    const body = res.json() as { errors: { line: number }[]; extra: { warnings: unknown[] } };
    expect(body.errors[0]?.line).toBe(lineOf(text, needle));
    expect(body.extra.warnings).toEqual([]);
    expect(await countRows(ctx.database.db)).toEqual(before);
  });
});

describe('importing south-denmark-2022', () => {
  it('checks the template as valid', async () => {
    const res = await reader.post('/api/org/files/check?date=2024-01-01', SOUTH, {
      headers: YAML,
      auditDelta: 0,
    });
    expect(res.json()).toMatchObject({ valid: true, date: '2024-01-01', errors: [] });
    expect((res.json() as { warnings: unknown[] }).warnings.length).toBeGreaterThan(0);
  });

  it('reports the diff on a dry run and writes nothing (no audit row)', async () => {
    const before = await countRows(ctx.database.db);
    const res = await secretariat.post('/api/org/files/import', SOUTH, {
      headers: YAML,
      auditDelta: 0,
    });
    expect(res.statusCode, res.body).toBe(200);
    const { diff } = res.json() as {
      diff: { dryRun: boolean; collaborationCreated: boolean; counts: { created: number } };
    };
    expect(diff).toMatchObject({ dryRun: true, collaborationCreated: true });
    expect(diff.counts.created).toBeGreaterThan(100);
    expect(await countRows(ctx.database.db)).toEqual(before);
  });

  it('imports 22 municipalities, 4 clusters and an SSU of 5 municipal seats (4 born co-chairs) with a municipal vice-chair', async () => {
    const res = await secretariat.post(IMPORT, SOUTH, { headers: YAML });
    expect(res.statusCode, res.body).toBe(200);
    const stored = await loadByKey(ctx.database.db, 'south-denmark-2022');
    expect(stored.parties.filter((p) => p.kind === 'municipality')).toHaveLength(22);
    expect(stored.clusters).toHaveLength(4);
    expect(stored.clusterMemberships.filter((m) => !m.verified)).toHaveLength(18);
    const ssu = membersOf(stored, 'ssu', '2024-01-01').filter(isFullMember);
    expect(ssu.map((m) => m.partyKind)).toEqual(Array(5).fill('municipality'));
    expect(ssu.filter((m) => m.source === 'born' && m.via.kind === 'roleHolders')).toHaveLength(4);
    const viceChair = stored.seats.find((s) => s.key === 'ssu/vice-chair');
    expect(viceChair).toMatchObject({
      role: 'viceChair',
      isFunction: true,
      partyKind: 'municipality',
    });
    const ssuId = stored.fora.find((f) => f.key === 'ssu')?.entityId;
    const rules = stored.compositionRules.filter((r) => r.forumId === ssuId).map((r) => r.spec);
    expect(rules).toContainEqual({
      kind: 'roleHeldByPartyKind',
      role: 'viceChair',
      partyKind: 'municipality',
    });
  });

  it('is a no-op on re-import (no audit row)', async () => {
    const before = await countRows(ctx.database.db);
    const res = await secretariat.post(IMPORT, SOUTH, { headers: YAML, auditDelta: 0 });
    expect(res.json()).toMatchObject({ diff: { noop: true, counts: { created: 0, changed: 0 } } });
    expect(await countRows(ctx.database.db)).toEqual(before);
  });

  it('exports YAML that imports as a no-op', async () => {
    const res = await reader.get(
      '/api/org/collaborations/south-denmark-2022/export?date=2024-01-01',
    );
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/yaml/);
    expect(res.body).toContain('municipality: "420",');
    expect(res.body).toContain('} # Assens');
    const again = await secretariat.post(IMPORT, res.body, { headers: YAML, auditDelta: 0 });
    expect(again.json()).toMatchObject({ diff: { noop: true } });
  });

  it('writes one audit row for a real change and versions it from the effective date', async () => {
    const changed = SOUTH.replace(
      '    name: Sundhedssamarbejdsudvalget\n',
      '    name: Sundhedssamarbejdsudvalget (SSU)\n',
    );
    const res = await secretariat.post(`${IMPORT}&effectiveFrom=2024-01-01`, changed, {
      headers: YAML,
    });
    expect(res.json()).toMatchObject({ diff: { counts: { changed: 1 } } });
    const stored = await loadByKey(ctx.database.db, 'south-denmark-2022');
    const ssu = stored.fora
      .filter((f) => f.key === 'ssu')
      .map((f) => [f.name, f.validFrom, f.validTo]);
    expect(ssu).toEqual([
      ['Sundhedssamarbejdsudvalget', '2022-07-01', '2023-12-31'],
      ['Sundhedssamarbejdsudvalget (SSU)', '2024-01-01', '2026-12-31'],
    ]);
  });

  it('answers 404 for an unknown collaboration and 403 to a reader importing', async () => {
    expect((await reader.get('/api/org/collaborations/nope/export')).statusCode).toBe(404);
    expect((await reader.post(IMPORT, SOUTH, { headers: YAML })).statusCode).toBe(403);
  });
});

describe('importing capital-2022', () => {
  it('imports 29 municipalities, 5 clusters and an SSU of 7 regional and 7 municipal members', async () => {
    const text = readTemplate('capital-2022');
    const res = await secretariat.post(IMPORT, { yaml: text });
    expect(res.statusCode, res.body).toBe(200);
    const stored = await loadByKey(ctx.database.db, 'capital-2022');
    expect(stored.parties.filter((p) => p.kind === 'municipality')).toHaveLength(29);
    expect(stored.clusters).toHaveLength(5);
    const ssu = membersOf(stored, 'ssu', '2024-01-01').filter(isFullMember);
    expect(ssu.filter((m) => m.partyKind === 'region')).toHaveLength(7);
    expect(ssu.filter((m) => m.partyKind === 'municipality')).toHaveLength(7);
    const split = stored.clusterMemberships.filter((m) => m.partial);
    expect(split).toHaveLength(2);
    const again = await secretariat.post(IMPORT, { yaml: text }, { auditDelta: 0 });
    expect(again.json()).toMatchObject({ diff: { noop: true } });
  });
});
