/** The knowledge bank's entry writer: insert, replace and remove, with the generated search columns. */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/client';
import { openTestDatabase } from '../../test/database';
import { recordKnowledgeEntry, removeKnowledgeEntry } from './knowledge.entries';

const entry = {
  kind: 'pilot' as const,
  sourceId: '00000000-0000-4000-8000-000000000001',
  collaborationId: '00000000-0000-4000-8000-000000000002',
  clusterId: null,
  forumId: null,
  confidential: false,
  title: 'Tidlig opsporing af KOL i almen praksis',
  summary: 'Pilotprojekt med spirometri i tre kommuner',
  theme: 'Kronisk sygdom',
  outcome: 'underway' as const,
  on: '2026-03-01',
};

describe('knowledge entries', () => {
  let t: Database;
  beforeAll(async () => {
    t = await openTestDatabase();
  });
  afterAll(async () => {
    await t.close();
  });

  it('inserts once, replaces on the same source, and finds it by a Danish word form', async () => {
    await recordKnowledgeEntry(t.db, entry);
    await recordKnowledgeEntry(t.db, { ...entry, outcome: 'scaleUp' });
    const found = await t.db.execute(
      sql`select outcome from knowledge_entries where search_vector @@ plainto_tsquery('danish', 'kommunerne')`,
    );
    expect((found as unknown as { rows: { outcome: string }[] }).rows).toEqual([
      { outcome: 'scaleUp' },
    ]);
    await removeKnowledgeEntry(t.db, 'pilot', entry.sourceId);
    const left = await t.db.execute(sql`select count(*)::int as n from knowledge_entries`);
    expect((left as unknown as { rows: { n: number }[] }).rows[0]?.n).toBe(0);
  });

  it('refuses an entry without a title', async () => {
    await expect(recordKnowledgeEntry(t.db, { ...entry, title: '' })).rejects.toThrow();
  });
});
