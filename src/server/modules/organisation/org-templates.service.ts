/**
 * The shipped organisation templates (templates/*.yaml at the repository root): a list with the
 * collaboration each describes, and one template's text. Only files in the folder whose names
 * match {@link TemplateNameSchema} are served: a name is looked up in that list, never joined
 * into a path, so there is no way out of the folder.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import {
  TemplateNameSchema,
  type OrgTemplateSummary,
} from '../../../shared/org-templates.contract';

/** The templates folder at the repository root, resolved from this file. */
export const TEMPLATES_DIR = fileURLToPath(new URL('../../../../templates/', import.meta.url));

const SUFFIX = '.yaml';

/** The template names (file names without `.yaml`) in `dir`, sorted. */
export async function templateNames(dir: string = TEMPLATES_DIR): Promise<string[]> {
  const files = await readdir(dir, { withFileTypes: true }).catch(() => []);
  return files
    .filter((f) => f.isFile() && f.name.endsWith(SUFFIX))
    .map((f) => f.name.slice(0, -SUFFIX.length))
    .filter((name) => TemplateNameSchema.safeParse(name).success)
    .sort();
}

/** The text of template `name`, or null when there is no such template. */
export async function templateText(
  name: string,
  dir: string = TEMPLATES_DIR,
): Promise<string | null> {
  const names = await templateNames(dir);
  const file = names.find((n) => n === name);
  if (file === undefined) return null;
  // `file` comes from the folder's own listing, so the joined path stays inside the folder.
  return readFile(join(dir, `${file}${SUFFIX}`), 'utf8');
}

const stringOrNull = (value: unknown): string | null =>
  typeof value === 'string' || typeof value === 'number' ? String(value) : null;

/** What a template's `collaboration` block says (the name alone when it cannot be read). */
export function summaryOf(name: string, text: string): OrgTemplateSummary {
  let collaboration: Record<string, unknown> = {};
  try {
    const doc: unknown = parse(text, { merge: true });
    const block = (doc as { collaboration?: unknown } | null)?.collaboration;
    if (block && typeof block === 'object') collaboration = block as Record<string, unknown>;
  } catch {
    // A broken template is still listed; `org check` tells what is wrong with it.
  }
  return {
    name,
    key: stringOrNull(collaboration.key),
    title: stringOrNull(collaboration.name) ?? name,
    validFrom: stringOrNull(collaboration.validFrom),
    validTo: stringOrNull(collaboration.validTo),
  };
}

/** Every template with the collaboration it describes, by name. */
export async function listTemplates(dir: string = TEMPLATES_DIR): Promise<OrgTemplateSummary[]> {
  const out: OrgTemplateSummary[] = [];
  for (const name of await templateNames(dir)) {
    const text = await templateText(name, dir);
    if (text !== null) out.push(summaryOf(name, text));
  }
  return out;
}
