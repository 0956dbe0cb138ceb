/**
 * A collaboration entered in the app (the domain's South Denmark fixture, seeded through the
 * repository: app-style keys, fictional persons without file keys, municipalities without codes)
 * exports as a valid file; importing it only fills in the municipalities' reference data, and
 * after that export → import is a no-op.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSouthDenmark } from '../../../domain/organisation/test/south-denmark';
import { SYSTEM_ACTOR } from '../../platform/audit';
import { createTestContext, type TestContext } from '../../test/test-app';
import { exportOrgFile } from './org-file.export';
import { checkOrgFileText, importOrgFile } from './org-file.import';
import { listCollaborationRows } from './org-read.repo';
import { seedSnapshot } from './test/seed-snapshot';

let ctx: TestContext;
let key: string;

beforeAll(async () => {
  ctx = await createTestContext();
  await seedSnapshot(ctx.database.db, buildSouthDenmark().snapshot());
  key = (await listCollaborationRows(ctx.database.db))[0]?.key ?? '';
});
afterAll(() => ctx.close());

describe('exporting data entered in the app', () => {
  it('gives a valid file whose import only adds the reference data', async () => {
    const text = (await exportOrgFile(ctx.database.db, key, { asOf: '2024-01-01' })) ?? '';
    expect(checkOrgFileText(text, { date: '2024-01-01' }).errors).toEqual([]);
    expect(text).toContain('person-');
    const { diff } = await importOrgFile(ctx.database.db, SYSTEM_ACTOR, text, { dryRun: false });
    expect(diff.counts).toEqual({ created: 0, changed: 22, ended: 0, missing: 0 });
    expect(diff.kinds.find((k) => k.kind === 'party')?.changed[0]?.fields).toEqual([
      'code',
      'population',
      'populationYear',
      'source',
    ]);
    const again = (await exportOrgFile(ctx.database.db, key, { asOf: '2024-01-01' })) ?? '';
    const replay = await importOrgFile(ctx.database.db, SYSTEM_ACTOR, again, { dryRun: true });
    expect(replay.diff.noop).toBe(true);
  });
});
