/**
 * `npm run docs:schema`: writes docs/org-file.schema.json, the JSON Schema of the organisation
 * file generated from its zod contract (src/shared/org-file.contract.ts). A test fails when the
 * committed file is out of date.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { orgFileJsonSchemaText } from '../../shared/org-file.contract';

/** Where the published schema lives. */
export const ORG_FILE_SCHEMA_PATH = fileURLToPath(
  new URL('../../../docs/org-file.schema.json', import.meta.url),
);

/** Writes the schema file and returns its path. */
export function writeOrgFileSchema(path: string = ORG_FILE_SCHEMA_PATH): string {
  writeFileSync(path, orgFileJsonSchemaText());
  return path;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  console.log(`Skrev ${writeOrgFileSchema()}`);
}
