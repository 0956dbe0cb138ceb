/**
 * Every audit action and object type the plan modules write has a readable label in Danish and
 * English (the audit log would otherwise show the raw code).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { audit } from '../../../shared/i18n/audit';
import type { TranslationTree } from '../../../shared/i18n/index';

const here = import.meta.dirname;
const sources = [
  ...readdirSync(here)
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
    .map((f) => join(here, f)),
  join(here, '../../demo/plans-demo.ts'),
].map((file) => readFileSync(file, 'utf8'));

const codes = (pattern: RegExp) =>
  [...new Set(sources.flatMap((s) => [...s.matchAll(pattern)].map((m) => m[1] ?? '')))].sort();

function leaf(tree: TranslationTree, dotted: string): unknown {
  let node: unknown = tree;
  for (const part of dotted.split('.')) {
    node = node && typeof node === 'object' ? (node as TranslationTree)[part] : undefined;
  }
  return node;
}

describe('the plan modules’ audit labels', () => {
  const actions = codes(/action:\s*(?:[^'\n]*\?\s*)?'([a-zA-Z]+\.[a-zA-Z.]+)'/g);
  const extra = codes(/:\s*'(planRound\.[a-zA-Z]+)'/g);
  const types = codes(/entityType:\s*'([a-zA-Z]+)'/g);

  it('finds the codes it checks', () => {
    expect(actions).toContain('plan.create');
    expect(types).toContain('planRound');
  });

  for (const language of ['da', 'en'] as const) {
    it(`labels every action and object type in ${language}`, () => {
      const tree = audit[language] as unknown as TranslationTree;
      const missing = [
        ...[...actions, ...extra].filter((c) => typeof leaf(tree, `actions.${c}`) !== 'string'),
        ...types.filter((c) => typeof leaf(tree, `entityTypes.${c}`) !== 'string'),
      ];
      expect(missing).toEqual([]);
    });
  }
});
