/**
 * Planning the facts (cluster memberships, composition rules, office holdings, appointments) and
 * persons of an import. A fact is matched by its natural identity (cluster + municipality +
 * start; forum + rule key; person + party + office + start; seat + person + start), so facts
 * entered in the app match as well as imported ones. A known fact whose attributes or period
 * differ is corrected in place; a new one is inserted with its identity as `key`; one missing
 * from the file is reported, and ended (or removed, if it had not started) only with `prune`.
 * Persons are global and never ended by an import.
 */
import { addDays } from '../../shared/dates';
import type { Person } from '../organisation/types';
import type { FilePath } from './locate';
import type { FactImportKind, ImportProblem, KindDiffBuilder, RowValues } from './import-types';
import { attributesOf, changedFields, fileFieldNames, type PlanSink } from './import-versioned';

/** A fact row as the planner sees it. */
export interface FRow extends RowValues {
  id: string;
  validFrom: string;
  validTo: string | null;
}

/** One incoming fact with its identity and file path. */
export interface IncomingFact {
  identity: string;
  row: FRow;
  path: FilePath;
}

function periodPatch(stored: FRow, row: FRow): RowValues {
  return {
    ...(stored.validFrom !== row.validFrom ? { validFrom: row.validFrom } : {}),
    ...(stored.validTo !== row.validTo ? { validTo: row.validTo } : {}),
  };
}

function planMissingFact(
  kind: FactImportKind,
  fact: FRow,
  identity: string,
  sink: PlanSink,
  diff: KindDiffBuilder,
) {
  if (fact.validTo !== null && fact.validTo < sink.effectiveFrom) return;
  if (!sink.prune) {
    diff.missing.push(identity);
    return;
  }
  diff.ended.push(identity);
  const lastDay = addDays(sink.effectiveFrom, -1);
  if (fact.validFrom > lastDay) sink.ops.push({ op: 'deleteFacts', kind, ids: [fact.id] });
  else sink.ops.push({ op: 'updateFact', kind, id: fact.id, patch: { validTo: lastDay } });
}

/** Plans one fact kind: `stored` by identity, `incoming` with theirs. */
export function planFactKind(
  kind: FactImportKind,
  stored: ReadonlyMap<string, FRow>,
  incoming: readonly IncomingFact[],
  sink: PlanSink,
  diff: KindDiffBuilder,
): void {
  const seen = new Set<string>();
  for (const fact of incoming) {
    seen.add(fact.identity);
    const existing = stored.get(fact.identity);
    if (existing === undefined) {
      const { id: _id, ...row } = fact.row;
      sink.ops.push({ op: 'insertFact', kind, row: { ...row, key: fact.identity } });
      diff.created.push(fact.identity);
      continue;
    }
    const attrs = attributesOf(fact.row);
    const fields = changedFields(existing, attrs);
    const period = periodPatch(existing, fact.row);
    if (fields.length === 0 && Object.keys(period).length === 0) continue;
    const patch = { ...Object.fromEntries(fields.map((f) => [f, attrs[f]])), ...period };
    sink.ops.push({ op: 'updateFact', kind, id: existing.id, patch });
    diff.changed.push({ key: fact.identity, fields: fileFieldNames(Object.keys(patch)) });
  }
  for (const [identity, fact] of stored) {
    if (!seen.has(identity)) planMissingFact(kind, fact, identity, sink, diff);
  }
}

/** An incoming person: the row to store and the file path. */
export interface IncomingPerson {
  row: Person & { key: string | null };
  fileKey: string;
  path: FilePath;
}

/** Plans persons: new ones inserted, known ones corrected (never real persons). */
export function planPersons(
  known: ReadonlyMap<string, Person & { key: string | null }>,
  incoming: readonly IncomingPerson[],
  sink: PlanSink,
  diff: KindDiffBuilder,
): void {
  for (const person of incoming) {
    const existing = known.get(person.row.id);
    if (existing === undefined) {
      sink.ops.push({ op: 'insertPerson', row: { ...person.row } });
      diff.created.push(person.fileKey);
      continue;
    }
    if (!existing.fictional) {
      const problem: ImportProblem = {
        path: [...person.path, 'key'],
        message: `"${person.fileKey}" er en virkelig person; virkelige personer vedligeholdes i Samspil, ikke i filer`,
        messageEn: `"${person.fileKey}" is a real person; real persons are maintained in Samspil, not in files`,
      };
      sink.problems.push(problem);
      continue;
    }
    const patch: RowValues = {};
    if (existing.name !== person.row.name) patch.name = person.row.name;
    if (existing.email !== person.row.email) patch.email = person.row.email;
    if (Object.keys(patch).length === 0) continue;
    sink.ops.push({ op: 'updatePerson', id: existing.id, patch });
    diff.changed.push({ key: person.fileKey, fields: Object.keys(patch) });
  }
}
