/**
 * Writing an organisation file: file data as YAML, with a header comment, each municipality's
 * name beside its code, and short entries (parties, members, rules, born rules) on one line.
 */
import { Document, isMap, isSeq, type YAMLMap } from 'yaml';
import type { OrgFileInput } from '../../shared/org-file.contract';
import type { ReferenceData } from './reference';

/** Options of `stringifyOrgFile`. */
export interface StringifyOptions {
  /** Lines for the header comment (without `#`). */
  header?: readonly string[];
  /** Used to write the municipality names beside the codes. */
  reference?: ReferenceData;
}

function flowItems(doc: Document, path: readonly (string | number)[]): void {
  const seq = doc.getIn(path, true);
  if (!isSeq(seq)) return;
  for (const item of seq.items) if (isMap(item)) item.flow = true;
}

function nameMunicipalities(
  doc: Document,
  path: readonly (string | number)[],
  field: string,
  ref?: ReferenceData,
) {
  const seq = doc.getIn(path, true);
  if (!isSeq(seq) || ref === undefined) return;
  for (const item of seq.items) {
    if (!isMap(item)) continue;
    const code = (item as YAMLMap).get(field);
    const name = typeof code === 'string' ? ref.municipalities.get(code)?.name : undefined;
    if (name !== undefined) item.comment = ` ${name}`;
  }
}

/** The file data as YAML text. */
export function stringifyOrgFile(data: OrgFileInput, options: StringifyOptions = {}): string {
  const doc = new Document(data);
  if (options.header?.length) doc.commentBefore = options.header.map((l) => ` ${l}`).join('\n');
  const parties = data.parties ?? [];
  parties.forEach((p, i) => {
    if (p.kind === 'municipality') {
      const node = doc.getIn(['parties', i], true);
      if (isMap(node)) node.flow = true;
    }
  });
  nameMunicipalities(doc, ['parties'], 'code', options.reference);
  (data.clusters ?? []).forEach((_, i) => {
    flowItems(doc, ['clusters', i, 'members']);
    nameMunicipalities(doc, ['clusters', i, 'members'], 'municipality', options.reference);
  });
  (data.fora ?? []).forEach((forum, i) => {
    flowItems(doc, ['fora', i, 'rules']);
    (forum.seats ?? []).forEach((_, j) => {
      const born = doc.getIn(['fora', i, 'seats', j, 'born'], true);
      if (isMap(born)) born.flow = true;
    });
  });
  return doc.toString({ lineWidth: 100, minContentWidth: 40 });
}
