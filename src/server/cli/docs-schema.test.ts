import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { orgFileJsonSchemaText } from '../../shared/org-file.contract';
import { ORG_FILE_SCHEMA_PATH } from './docs-schema';

describe('docs/org-file.schema.json', () => {
  it('is the JSON Schema generated from the zod contract (run `npm run docs:schema`)', () => {
    expect(readFileSync(ORG_FILE_SCHEMA_PATH, 'utf8')).toBe(orgFileJsonSchemaText());
  });

  it('describes the whole file with strict objects', () => {
    const schema = JSON.parse(orgFileJsonSchemaText()) as {
      required: string[];
      additionalProperties: boolean;
      properties: Record<string, unknown>;
    };
    expect(schema.required).toEqual(['collaboration']);
    expect(schema.additionalProperties).toBe(false);
    expect(Object.keys(schema.properties)).toEqual([
      'format',
      'collaboration',
      'parties',
      'clusters',
      'fora',
      'persons',
      'appointments',
      'defaults',
    ]);
  });
});
