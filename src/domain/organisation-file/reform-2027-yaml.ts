/**
 * Writing the 2027 organisation files (reform-2027.ts) as YAML: a header comment with sources,
 * what is unverified and how to regenerate; municipalities and members on one line with their
 * names beside the codes; shared verifications, rules and tasks as named anchors.
 */
import { Document, isAlias, isMap, isScalar, isSeq, visit, type Node } from 'yaml';
import type { ReferenceData } from './reference';
import { reform2027OrgFile, type FileData } from './reform-2027';
import {
  collaborationName,
  CROSS_CHECKED_COUNCIL,
  GH_DATA,
  reform2027TemplateName,
  type Region2027,
} from './reform-2027-facts';

function header(reference: ReferenceData, region?: Region2027): string[] {
  const name = reform2027TemplateName(region);
  const councils = reference.healthCouncils.filter(
    (c) => region === undefined || c.region === region,
  );
  const conflicts = councils
    .flatMap((c) => c.members.filter((m) => m.conflict).map((m) => `${m.name} in ${c.name}`))
    .join(', ');
  return [
    `Organisation as code: ${collaborationName(region)}: the structure of the health reform`,
    `(L 214 (2024-25) and the transition law, LOV nr 699 af 20/06/2025) from 1 January 2027.`,
    'Format: docs/org-file.md.',
    '',
    'GENERATED, do not edit by hand. Regenerate with:',
    `  npm run samspil -- templates generate-2027${region ? ` --region ${region}` : ''} --out templates/${name}.yaml`,
    `Check with: npm run samspil -- org check templates/${name}.yaml`,
    '',
    'Sources:',
    '- reference/dk-health-councils-2027.csv: the councils, their regions and areas, from the',
    `  dataset ${GH_DATA}; the official statutory order`,
    '  was not found (reference/REFORM-2027-NOTES.md §2).',
    '- reference/dk-municipalities.csv: municipality codes, names and 2020 populations.',
    '- reference/REFORM-2027-NOTES.md: regional council sizes (L 214 § 1 nr. 7, verified), the',
    '  composition of the councils (§3), KKR (§6).',
    '',
    'What is NOT verified (see each element’s `verification`):',
    councils.some((c) => c.name === CROSS_CHECKED_COUNCIL)
      ? '- the areas (except Amager og Vestegnen, confirmed by Ritzau): secondary source only;'
      : '- the areas: secondary source only;',
    ...(conflicts === ''
      ? []
      : [`- CONFLICT rows, as the source lists them but unresolved: ${conflicts};`]),
    '- the seat formula: `seatsPerMunicipality` (1 seat, 2 above 75,000, 3 above 300,000',
    '  inhabitants) and `seatCountRelation` (regional = municipal + 1) are the pattern observed in',
    '  the secondary source, set as warnings; the secretariat can change them. The seats follow that',
    '  pattern: one per municipality (`municipal-<code>`, counted where 2 or 3) and `regional-members`;',
    "- KKR's role after 2027 (KKR remains a KL body);",
    '- the day L 214 ends the clusters and the SSU (1 January 2027 assumed).',
    'Seats are left vacant (no real persons).',
  ];
}

function nameBeside(node: unknown, field: string, reference: ReferenceData): void {
  if (!isMap(node)) return;
  const code = node.get(field);
  const name = typeof code === 'string' ? reference.municipalities.get(code)?.name : undefined;
  if (name === undefined) return;
  if (node.flow) node.comment = ` ${name}`;
  else {
    const scalar = node.get(field, true);
    if (isScalar(scalar)) scalar.comment = ` ${name}`;
  }
}

function eachItem(doc: Document, path: readonly (string | number)[], fn: (n: Node) => void) {
  const seq = doc.getIn(path, true);
  if (isSeq(seq)) for (const item of seq.items) fn(item as Node);
}

/** Readable anchor names instead of the writer's `a1`, `a2`, …. */
function nameAnchors(doc: Document, data: FileData): void {
  const names = new Map<string, string>();
  const rename = (path: readonly (string | number)[], name: string) => {
    const node = doc.getIn(path, true) as Node | undefined;
    if (node?.anchor && !names.has(node.anchor)) {
      names.set(node.anchor, name);
      node.anchor = name;
    }
  };
  (data.clusters ?? []).forEach((c, i) =>
    (c.members ?? []).forEach((_, j) =>
      rename(['clusters', i, 'members', j, 'verification'], `${c.key}-membership`),
    ),
  );
  (data.fora ?? []).forEach((_, i) => {
    rename(['fora', i, 'verification'], 'council-verification');
    rename(['fora', i, 'mustTasks'], 'council-tasks');
    rename(['fora', i, 'rules'], 'council-rules');
  });
  visit(doc, {
    Alias(_, alias) {
      alias.source = names.get(alias.source) ?? alias.source;
    },
  });
}

/**
 * The 2027 organisation file as YAML text with its header comment: municipalities and members on
 * one line with their names beside the codes, a verification shared by an area's members written
 * once (an anchor on the first member, aliases on the others), born rules on one line.
 */
export function reform2027Yaml(reference: ReferenceData, region?: Region2027): string {
  const data = reform2027OrgFile(reference, region);
  const doc = new Document(data, { aliasDuplicateObjects: true });
  doc.commentBefore = header(reference, region)
    .map((l) => (l === '' ? '' : ` ${l}`))
    .join('\n');
  eachItem(doc, ['parties'], (party) => {
    if (isMap(party) && party.get('kind') === 'municipality') party.flow = true;
    nameBeside(party, 'code', reference);
  });
  (data.clusters ?? []).forEach((_, i) => {
    eachItem(doc, ['clusters', i, 'members'], (m) => {
      // A member whose verification is an alias fits on one line; the others stay blocks.
      if (isMap(m) && isAlias(m.get('verification', true))) m.flow = true;
      nameBeside(m, 'municipality', reference);
    });
  });
  (data.fora ?? []).forEach((forum, i) => {
    (forum.seats ?? []).forEach((seat, j) => {
      // Short seats (no born rule, no note) on one line.
      const node = doc.getIn(['fora', i, 'seats', j], true);
      if (isMap(node) && seat.born === undefined && seat.note === undefined) node.flow = true;
      const born = doc.getIn(['fora', i, 'seats', j, 'born'], true);
      const codes = doc.getIn(['fora', i, 'seats', j, 'born', 'parties', 'parties'], true);
      // A list of municipalities is written one a line, with the names beside the codes.
      if (isSeq(codes)) {
        for (const code of codes.items) {
          const name = isScalar(code)
            ? reference.municipalities.get(String(code.value))
            : undefined;
          if (isScalar(code) && name !== undefined) code.comment = ` ${name.name}`;
        }
      } else {
        const parties = doc.getIn(['fora', i, 'seats', j, 'born', 'parties'], true);
        if (isMap(parties)) parties.flow = true;
      }
      const substitute = doc.getIn(['fora', i, 'seats', j, 'born', 'substitute'], true);
      if (isMap(substitute)) substitute.flow = true;
      else if (isMap(born) && !isSeq(codes)) born.flow = true;
    });
    (forum.rules ?? []).forEach((_, j) => {
      eachItem(doc, ['fora', i, 'rules', j, 'tiers'], (t) => {
        if (isMap(t)) t.flow = true;
      });
    });
  });
  nameAnchors(doc, data);
  return doc.toString({ lineWidth: 120, minContentWidth: 40 });
}
