import { describe, expect, it } from 'vitest';
import { organisation } from './organisation';
import { organisationDetails } from './organisation-details';
import { organisationEdit } from './organisation-edit';
import { organisationImport } from './organisation-import';
import { organisationPages } from './organisation-pages';
import { organisationReform } from './organisation-reform';

const PARTS = {
  organisationPages,
  organisationDetails,
  organisationEdit,
  organisationImport,
  organisationReform,
};

describe('the organisation namespace is assembled from its parts', () => {
  it('keeps every part whole: no top-level key is taken by another part or the base', () => {
    const seen = new Map<string, string>();
    for (const [name, part] of Object.entries(PARTS)) {
      for (const key of Object.keys(part.da)) {
        expect(seen.get(key), `${name}.${key}`).toBeUndefined();
        seen.set(key, name);
        for (const lang of ['da', 'en'] as const) {
          expect((organisation[lang] as Record<string, unknown>)[key], `${lang}.${key}`).toEqual(
            (part[lang] as Record<string, unknown>)[key],
          );
        }
      }
    }
  });
});
