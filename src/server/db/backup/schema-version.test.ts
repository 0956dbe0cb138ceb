/** planSchema: which backups a restore accepts, and how it gets them to this code's schema. */
import { describe, expect, it } from 'vitest';
import { BackupRefusal } from './refusal';
import { codeMigrations, planSchema, type CodeMigration } from './schema-version';

const code: CodeMigration[] = [
  { tag: '0000_a', createdAt: 1000, hash: 'a', statements: [] },
  { tag: '0001_b', createdAt: 2000, hash: 'b', statements: [] },
  { tag: '0002_c', createdAt: 3000, hash: 'c', statements: [] },
];
const applied = (...ms: CodeMigration[]) => ms.map(({ hash, createdAt }) => ({ hash, createdAt }));
const [a, b, c] = code as [CodeMigration, CodeMigration, CodeMigration];

function refusalOf(fn: () => unknown): BackupRefusal {
  try {
    fn();
  } catch (err) {
    if (err instanceof BackupRefusal) return err;
    throw err;
  }
  throw new Error('not refused');
}

describe('planSchema', () => {
  it.each([
    { name: 'the same schema', backup: applied(a, b, c), rebuild: [a, b, c], forward: [] },
    { name: 'an older schema', backup: applied(a), rebuild: [a], forward: [b, c] },
    { name: 'older, one behind', backup: applied(a, b), rebuild: [a, b], forward: [c] },
  ])('restores $name and migrates forward what is newer', ({ backup, rebuild, forward }) => {
    const plan = planSchema(backup, code);
    expect(plan.rebuild.map((m) => m.tag)).toEqual(rebuild.map((m) => m.tag));
    expect(plan.forward.map((m) => m.tag)).toEqual(forward.map((m) => m.tag));
    expect(plan.changedFiles).toEqual([]);
  });

  it('refuses a newer schema, naming both, in Danish and English', () => {
    const err = refusalOf(() =>
      planSchema([...applied(a, b, c), { hash: 'd', createdAt: 4000 }], code),
    );
    expect(err.code).toBe('newer-schema');
    expect(err.da).toContain('nyere udgave af Samspil');
    expect(err.da).toContain('0002_c');
    expect(err.en).toContain('newer version of Samspil');
    expect(err.en).toContain('Upgrade Samspil');
  });

  it('refuses a migration this code never had, and a backup without any', () => {
    expect(
      refusalOf(() => planSchema([...applied(a), { hash: 'x', createdAt: 1500 }], code)).code,
    ).toBe('unknown-schema');
    expect(refusalOf(() => planSchema([], code)).code).toBe('no-schema');
  });

  it('warns about a migration file changed since it was applied', () => {
    const plan = planSchema([{ hash: 'changed', createdAt: 1000 }], code);
    expect(plan.changedFiles).toEqual(['0000_a']);
  });

  it("reads this code's migrations with their tags, oldest first", () => {
    const mine = codeMigrations();
    expect(mine.length).toBeGreaterThan(0);
    expect(mine[0]?.tag).toMatch(/^0000_/);
    expect(mine.map((m) => m.createdAt)).toEqual([...mine.map((m) => m.createdAt)].sort());
  });
});
