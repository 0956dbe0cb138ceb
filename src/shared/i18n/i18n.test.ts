import { describe, expect, it } from 'vitest';
import { buildResources, LANGUAGES, NAMESPACES, type TranslationTree } from './index';

/** Every leaf key of a tree, dotted; plural suffixes are kept (both languages use one/other). */
function keysOf(tree: TranslationTree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : keysOf(value, `${prefix}${key}.`),
  );
}

/** The `{{variables}}` a text interpolates. */
function variablesOf(text: string): string[] {
  return [...text.matchAll(/\{\{\s*([\w.]+)\s*\}\}/g)].map((m) => m[1] ?? '').sort();
}

function leafAt(tree: TranslationTree, dotted: string): string {
  let node: string | TranslationTree = tree;
  for (const part of dotted.split('.')) {
    if (typeof node === 'string') throw new Error(`${dotted} runs through a string`);
    const next: string | TranslationTree | undefined = node[part];
    if (next === undefined) throw new Error(`${dotted} is missing`);
    node = next;
  }
  if (typeof node !== 'string') throw new Error(`${dotted} is not a text`);
  return node;
}

describe('translations', () => {
  const names = Object.keys(NAMESPACES) as (keyof typeof NAMESPACES)[];

  it.each(names)('namespace %s has exactly the same keys in da and en', (name) => {
    const ns = NAMESPACES[name] as { da: TranslationTree; en: TranslationTree };
    expect(keysOf(ns.en).sort()).toEqual(keysOf(ns.da).sort());
  });

  it.each(names)('namespace %s uses the same {{variables}} in da and en', (name) => {
    const ns = NAMESPACES[name] as { da: TranslationTree; en: TranslationTree };
    for (const key of keysOf(ns.da)) {
      expect(variablesOf(leafAt(ns.en, key)), `${name}:${key}`).toEqual(
        variablesOf(leafAt(ns.da, key)),
      );
    }
  });

  it.each(names)('namespace %s has no text left empty in only one language', (name) => {
    const ns = NAMESPACES[name] as { da: TranslationTree; en: TranslationTree };
    for (const key of keysOf(ns.da)) {
      const empty = LANGUAGES.map((lang) => leafAt(ns[lang], key).trim() === '');
      expect(
        empty.every((e) => e === empty[0]),
        `${name}:${key}`,
      ).toBe(true);
    }
  });

  it('builds resources for every language and namespace', () => {
    const resources = buildResources();
    for (const lang of LANGUAGES) expect(Object.keys(resources[lang]).sort()).toEqual(names.sort());
  });
});
