/**
 * Test helpers for organisation files: the shipped templates, fictional staffing to append to a
 * template (persons with offices, appointments), and the derived members of a forum.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  deriveMembers,
  stateOn,
  type Member,
  type OrgSnapshot,
} from '../../../../domain/organisation/index';
import type { IsoDate } from '../../../../shared/dates';
import type { Office } from '../../../../shared/organisation.enums';

/** The template names in templates/. */
export const TEMPLATES = [
  'south-denmark-2022',
  'capital-2022',
  'central-denmark-2014',
  'capital-2014',
] as const;

/** The text of templates/<name>.yaml. */
export function readTemplate(name: (typeof TEMPLATES)[number]): string {
  return readFileSync(
    fileURLToPath(new URL(`../../../../../templates/${name}.yaml`, import.meta.url)),
    'utf8',
  );
}

/** A fictional person per (party, office): key `<office>-<party>`, name "Fiktiv <office> <party>". */
export function officeHolders(parties: readonly string[], offices: readonly Office[]): string {
  const lines = parties.flatMap((party) =>
    offices.map(
      (office) =>
        `  - { key: ${office}-${party}, name: Fiktiv ${office} ${party}, fictional: true, offices: [{ party: "${party}", office: ${office} }] }`,
    ),
  );
  return `persons:\n${lines.join('\n')}\n`;
}

/** An `appointments:` section: seat ref → person key (and optional party represented). */
export function appointments(
  list: readonly [seat: string, person: string, onBehalfOf?: string][],
): string {
  const lines = list.map(
    ([seat, person, party]) =>
      `  - { seat: ${seat}, person: ${person}${party ? `, onBehalfOf: "${party}"` : ''} }`,
  );
  return `appointments:\n${lines.join('\n')}\n`;
}

/** The members of a forum (by key) on a day, from a snapshot whose forum ids end in `:forum:<key>`. */
export function membersOf(
  snapshot: OrgSnapshot,
  forumKey: string,
  date: IsoDate,
): readonly Member[] {
  const state = stateOn(snapshot, date);
  const forum = [...state.fora.values()].find(
    (f) => f.entityId.endsWith(`:forum:${forumKey}`) || (f as { key?: string }).key === forumKey,
  );
  if (forum === undefined) throw new Error(`no forum ${forumKey} on ${date}`);
  const result = deriveMembers(state, forum.entityId);
  if (!result.ok) throw new Error(`members of ${forumKey}: ${result.error.kind}`);
  return result.members;
}
