/**
 * The plan of an office-holder load (issue 11): from the rows read (office-holders-rows.ts) and
 * the collaboration's stored rows, which persons are matched or created, which holdings start
 * and which end (a single-holder office's previous holder ends the day before), and which born
 * seats fill as a consequence. Pure: the same plan is the dry run and what the server writes.
 *
 * Persons are matched by e-mail first, else by exact name among the persons who hold or held an
 * office in the same party. Different people are never merged silently: a namesake in the party
 * with another e-mail, or two namesakes, is an error on the row.
 */
import { addDays } from '../../shared/dates';
import type {
  OfficeHolderPlan,
  PlannedPerson,
  PlannedRow,
} from '../../shared/office-holders.contract';
import type { Office } from '../../shared/organisation.enums';
import type { FileRowError } from '../../shared/plan-indicators.contract';
import { stateOn } from './as-of';
import { cellText, holderError, holderText, type HolderRow } from './office-holders-rows';
import { applyPlan, filledBornSeats } from './office-holders-seats';
import type { OfficeHolding, OrgSnapshot, Person } from './types';

export { applyPlan, filledBornSeats } from './office-holders-seats';

/**
 * Offices with one holder at a time in a party: a new holder ends the previous one. Council
 * members, regional councillors, health managers and "other" can have many holders.
 */
export const SINGLE_HOLDER_OFFICES: ReadonlySet<Office> = new Set<Office>([
  'mayor',
  'deputyMayor',
  'municipalDirector',
  'healthDirector',
  'regionCouncilChair',
  'regionCouncilViceChair',
  'regionalDirector',
  'hospitalDirector',
  'ploChair',
  'ploViceChair',
]);

/** What the plan reads besides the rows. */
export interface HolderPlanInput {
  rows: readonly HolderRow[];
  /** Problems found while reading the rows (kept in the plan, in row order). */
  readErrors?: readonly FileRowError[];
  /** The collaboration's stored rows (all periods). */
  snapshot: OrgSnapshot;
  /** Stored persons whose e-mail one of the rows names (persons are global). */
  personsByEmail: readonly Person[];
  /** The data rows of the file (read or not), for the counts; default `rows.length`. */
  dataRowCount?: number;
}

/** A name as compared for "exact name": spaces collapsed, case as written. */
const nameKey = (name: string) => cellText(name);

interface Context {
  snapshot: OrgSnapshot;
  partyName: (partyId: string) => string;
  persons: Map<string, Person>;
  byEmail: Map<string, Person>;
  errors: FileRowError[];
}

function latestPartyNames(snapshot: OrgSnapshot): Map<string, string> {
  const out = new Map<string, string>();
  for (const p of snapshot.parties) out.set(p.entityId, p.name);
  return out;
}

/** The persons holding or having held any office in `partyId`, with this exact name. */
function namesakesInParty(ctx: Context, partyId: string, name: string): Person[] {
  const ids = new Set(
    ctx.snapshot.officeHoldings.filter((h) => h.partyId === partyId).map((h) => h.personId),
  );
  return [...ids]
    .map((id) => ctx.persons.get(id))
    .filter((p): p is Person => p !== undefined && nameKey(p.name) === nameKey(name));
}

interface FilePersons {
  /** New persons by their identity in the file (e-mail, else name|party). */
  created: Map<string, PlannedPerson & { rows: number[] }>;
  /** New persons by name and party (a row without e-mail finds a person the file created). */
  byNameInParty: Map<string, PlannedPerson & { rows: number[] }>;
  /** First row and name per e-mail in the file. */
  emails: Map<string, { row: number; name: string }>;
}

/** The person a row names, or null with the row's error pushed. */
function personOf(ctx: Context, file: FilePersons, row: HolderRow): PlannedPerson | null {
  const party = ctx.partyName(row.partyId);
  if (row.email !== null) {
    const seen = file.emails.get(row.email);
    if (seen && nameKey(seen.name) !== nameKey(row.name)) {
      ctx.errors.push(
        holderError(row.row, 'E-mail', 'emailTwoNames', {
          email: row.email,
          other: seen.row,
          name: seen.name,
        }),
      );
      return null;
    }
    if (!seen) file.emails.set(row.email, { row: row.row, name: row.name });
    const stored = ctx.byEmail.get(row.email);
    if (stored) {
      return {
        ref: stored.id,
        isNew: false,
        name: stored.name,
        email: stored.email,
        matchedBy: 'email',
      };
    }
  }
  const namesakes = namesakesInParty(ctx, row.partyId, row.name);
  if (namesakes.length > 1) {
    const params = { name: row.name, party, count: namesakes.length };
    ctx.errors.push(holderError(row.row, 'Navn', 'ambiguousName', params));
    return null;
  }
  const [namesake] = namesakes;
  if (namesake) {
    if (
      row.email !== null &&
      namesake.email !== null &&
      namesake.email.toLowerCase() !== row.email
    ) {
      ctx.errors.push(holderError(row.row, 'E-mail', 'nameOtherEmail', { name: row.name, party }));
      return null;
    }
    return {
      ref: namesake.id,
      isNew: false,
      name: namesake.name,
      email: namesake.email,
      matchedBy: 'nameInParty',
    };
  }
  const nameInParty = `${nameKey(row.name)}|${row.partyId}`;
  const existing =
    file.created.get(row.email ?? nameInParty) ??
    (row.email === null ? file.byNameInParty.get(nameInParty) : undefined);
  if (existing) {
    existing.rows.push(row.row);
    return existing;
  }
  const person = {
    ref: `new:${file.created.size + 1}`,
    isNew: true,
    name: row.name,
    email: row.email,
    matchedBy: 'new' as const,
    rows: [row.row],
  };
  file.created.set(row.email ?? nameInParty, person);
  if (!file.byNameInParty.has(nameInParty)) file.byNameInParty.set(nameInParty, person);
  return person;
}

/** Holdings of the office in the party that are valid on `day` or start later. */
function holdingsFrom(snapshot: OrgSnapshot, row: HolderRow): OfficeHolding[] {
  return snapshot.officeHoldings.filter(
    (h) =>
      h.partyId === row.partyId &&
      h.office === row.office &&
      (h.validTo === null || h.validTo >= row.validFrom),
  );
}

/** The row's change: start (ending the previous holder) or unchanged; null with an error. */
function changeOf(
  ctx: Context,
  row: HolderRow,
  person: PlannedPerson,
): Pick<PlannedRow, 'action' | 'ends'> | null {
  const current = holdingsFrom(ctx.snapshot, row);
  const own = current.find((h) => h.personId === person.ref && h.validFrom <= row.validFrom);
  if (own) return { action: 'unchanged', ends: [] };
  if (!SINGLE_HOLDER_OFFICES.has(row.office)) return { action: 'start', ends: [] };
  const later = current.find((h) => h.validFrom >= row.validFrom);
  if (later) {
    const params = {
      office: row.office,
      party: ctx.partyName(row.partyId),
      date: later.validFrom,
    };
    ctx.errors.push(holderError(row.row, 'Gyldig fra', 'officeTakenLater', params));
    return null;
  }
  const lastDay = addDays(row.validFrom, -1);
  const ends = current.map((h) => ({
    holdingId: h.id,
    personId: h.personId,
    personName: ctx.persons.get(h.personId)?.name ?? '',
    lastDay,
  }));
  return { action: 'start', ends };
}

/** Duplicate rows and a single-holder office twice in the file: errors on the later rows. */
function fileConflict(
  ctx: Context,
  seen: Map<string, HolderRow>,
  row: HolderRow,
  person: PlannedPerson,
): boolean {
  const same = seen.get(`${row.partyId}|${row.office}|${person.ref}`);
  if (same) {
    ctx.errors.push(holderError(row.row, null, 'duplicateRow', { other: same.row }));
    return true;
  }
  const office = SINGLE_HOLDER_OFFICES.has(row.office)
    ? seen.get(`${row.partyId}|${row.office}`)
    : undefined;
  if (office) {
    const params = {
      office: row.office,
      party: ctx.partyName(row.partyId),
      other: office.row,
    };
    ctx.errors.push(holderError(row.row, 'Embede', 'officeTwice', params));
    return true;
  }
  seen.set(`${row.partyId}|${row.office}|${person.ref}`, row);
  seen.set(`${row.partyId}|${row.office}`, row);
  return false;
}

/**
 * Plans a load (see the module comment). A row with a problem is not planned; the plan's
 * `errors` hold every problem (read and plan), sorted by row. A file is loaded only when it has
 * no errors at all (the server refuses it whole otherwise).
 */
export function planOfficeHolders(input: HolderPlanInput): OfficeHolderPlan {
  const partyNames = latestPartyNames(input.snapshot);
  const ctx: Context = {
    snapshot: input.snapshot,
    partyName: (id) => partyNames.get(id) ?? id,
    persons: new Map([...input.snapshot.persons, ...input.personsByEmail].map((p) => [p.id, p])),
    byEmail: new Map(
      input.personsByEmail
        .filter((p) => p.email)
        .map((p) => [(p.email as string).toLowerCase(), p]),
    ),
    errors: [...(input.readErrors ?? [])],
  };
  const file: FilePersons = { created: new Map(), byNameInParty: new Map(), emails: new Map() };
  const seen = new Map<string, HolderRow>();
  const rows: PlannedRow[] = [];
  for (const row of input.rows) {
    if (!stateOn(input.snapshot, row.validFrom).parties.has(row.partyId)) {
      const params = { party: ctx.partyName(row.partyId), date: row.validFrom };
      ctx.errors.push(holderError(row.row, 'Kommune', 'partyNotValid', params));
      continue;
    }
    const person = personOf(ctx, file, row);
    if (person === null || fileConflict(ctx, seen, row, person)) continue;
    const change = changeOf(ctx, row, person);
    if (change === null) continue;
    const notes =
      person.matchedBy === 'email' && nameKey(person.name) !== nameKey(row.name)
        ? [
            holderText('notes.emailOtherName', {
              email: row.email ?? '',
              stored: person.name,
              name: row.name,
            }),
          ]
        : [];
    const { rows: _rows, ...plannedPerson } = person as PlannedPerson & { rows?: number[] };
    rows.push({
      row: row.row,
      partyId: row.partyId,
      partyName: ctx.partyName(row.partyId),
      office: row.office,
      title: row.title,
      validFrom: row.validFrom,
      person: plannedPerson,
      ...change,
      notes,
    });
  }
  const newPersons = [...file.created.values()]
    .filter((p) => rows.some((r) => r.person.ref === p.ref))
    .map(({ rows: _rows, ...p }) => p);
  const bornSeats = filledBornSeats(
    input.snapshot,
    applyPlan(input.snapshot, { rows, newPersons }),
    rows,
  );
  const errors = ctx.errors.sort((a, b) => a.row - b.row);
  return {
    rows,
    newPersons,
    bornSeats,
    errors,
    counts: {
      rows: input.dataRowCount ?? input.rows.length,
      starts: rows.filter((r) => r.action === 'start').length,
      ends: rows.reduce((n, r) => n + r.ends.length, 0),
      unchanged: rows.filter((r) => r.action === 'unchanged').length,
      newPersons: newPersons.length,
      bornSeats: bornSeats.length,
    },
  };
}
