/**
 * The plan spreadsheet (docs/plan-file.md), pure: the rows of the initiative sheet (one row per
 * initiative) and of the goal sheet → a plan file, checked with every problem named by its row as
 * the sheet shows it; the diff against the stored plan (added, changed with the fields, ended);
 * and the stored plan back to rows for export. Fora and parties are named in the sheet and
 * resolved against the collaboration here, so a file either resolves whole or is refused whole.
 */
import { isIsoDate } from '../../shared/dates';
import {
  PLAN_FILE_COLUMNS,
  PLAN_FILE_GOAL_COLUMNS,
  PLAN_FILE_GOAL_LEVEL_WORDS,
  PLAN_FILE_LEVEL_WORDS,
  PLAN_FILE_LIMITS,
  PLAN_FILE_PRIORITY_PREFIX,
  PLAN_FILE_PRIORITY_WORDS,
  PLAN_FILE_SHEETS,
  type PlanFileGoal,
  type PlanFileInitiative,
  type PlanFileMilestone,
} from '../../shared/plan-file.contract';
import type { FileRowError } from '../../shared/plan-indicators.contract';
import type { GoalLevel, InitiativeLevel, YearPriority } from '../../shared/plans.enums';
import { nameKey, type SheetRow } from './indicators';
import { cellText, rowError } from './plan-file-texts';

export type { SheetRow } from './indicators';

/** One sheet: its header row and the rows below it. */
export interface Sheet {
  header: SheetRow;
  rows: SheetRow[];
}

/** The sheets of a file; a CSV file has only the initiative sheet. */
export interface PlanSheets {
  initiatives: Sheet;
  goals: Sheet | null;
}

/** What names in a sheet resolve to: the collaboration's fora and parties, the plan's goals. */
export interface PlanFileLookups {
  fora: { id: string; name: string; shortName: string | null }[];
  parties: { id: string; name: string; code: string | null }[];
  /** The plan's current goal codes (for a file without a goal sheet). */
  goalCodes: string[];
}

/** An initiative of the file, resolved: its row, its forum's and parties' ids. */
export interface ResolvedInitiative extends PlanFileInitiative {
  row: number;
  forumId: string | null;
  partyIds: string[];
}

export interface ResolvedGoal extends PlanFileGoal {
  row: number;
}

/** A checked file (only when there are no errors is it whole). */
export interface ReadPlanFile {
  goals: ResolvedGoal[] | null;
  initiatives: ResolvedInitiative[];
  years: number[];
  errors: FileRowError[];
}

type Cell = string | number | null;

const text = (value: Cell | undefined): string =>
  value === null || value === undefined ? '' : cellText(String(value));

const lower = (value: string) => value.toLocaleLowerCase('da-DK').replace(/\s+/g, ' ').trim();

function wordsOf<K extends string>(words: Record<K, string>): Map<string, K> {
  const out = new Map<string, K>();
  for (const [key, word] of Object.entries(words) as [K, string][]) {
    out.set(lower(word), key);
    out.set(lower(key), key);
  }
  return out;
}

const LEVELS = wordsOf<InitiativeLevel>(PLAN_FILE_LEVEL_WORDS);
LEVELS.set('faelles', 'joint');
const GOAL_LEVELS = wordsOf<GoalLevel>(PLAN_FILE_GOAL_LEVEL_WORDS);
GOAL_LEVELS.set('maal', 'goal');
GOAL_LEVELS.set('delmaal', 'subGoal');
const PRIORITIES = wordsOf<YearPriority>(PLAN_FILE_PRIORITY_WORDS);

const MAX = { number: 20, title: 500, description: 20_000, payer: 300, code: 20, name: 300 };

/** Column positions of a header row (names compared without case). */
function columnsOf(sheetName: string, header: SheetRow, errors: FileRowError[]) {
  const at = new Map<string, number>();
  header.cells.forEach((c, i) => {
    const name = lower(text(c));
    if (!name) return;
    if (at.has(name)) {
      errors.push(rowError(sheetName, header.row, name, 'duplicateColumn', { column: name }));
    } else at.set(name, i);
  });
  return at;
}

function requireColumns(
  sheetName: string,
  header: SheetRow,
  at: Map<string, number>,
  names: readonly string[],
  errors: FileRowError[],
): void {
  for (const column of names) {
    if (!at.has(column))
      errors.push(rowError(sheetName, header.row, column, 'missingColumn', { column }));
  }
}

const nonEmpty = (rows: readonly SheetRow[]) =>
  rows.filter((r) => r.cells.some((c) => text(c) !== ''));

/** Whole kroner: a number cell, or text like `1.200.000`, `1 200 000 kr.`, `1200000,00`. */
export function parseKroner(value: Cell): number | null | 'bad' {
  if (value === null || value === '') return null;
  if (typeof value === 'number') return Number.isSafeInteger(value) ? value : 'bad';
  let t = value.replace(/[\s\u00a0]/g, '').replace(/(kr\.?|dkk)$/i, '');
  if (t === '') return null;
  t = t.replace(/,0{1,2}$/, '');
  if (/^-?\d{1,3}(\.\d{3})+$/.test(t)) t = t.replace(/\./g, '');
  if (!/^-?\d{1,15}$/.test(t)) return 'bad';
  return Number(t);
}

/** A date as a milestone writes it: ISO, or Danish `30-06-2025` / `30.06.2025` / `30/6/2025`. */
export function parseMilestoneDate(value: string): string | null | 'bad' {
  const t = value.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(t)) return isIsoDate(t) ? t : 'bad';
  const m = /^(\d{1,2})[-./](\d{1,2})[-./](\d{4})$/.exec(t);
  if (!m?.[1] || !m[2] || !m[3]) return null;
  const iso = `${m[3]}-${m[2].padStart(2, '0')}-${m[1].padStart(2, '0')}`;
  return isIsoDate(iso) ? iso : 'bad';
}

/** `"2025-06-30: Titel; 2025-12-31: Anden"` → milestones, or the first bad part. */
export function parseMilestones(
  value: string,
):
  { milestones: PlanFileMilestone[] } | { bad: string; kind: 'badMilestone' | 'badMilestoneDate' } {
  const milestones: PlanFileMilestone[] = [];
  for (const raw of value.split(/[;\n]/)) {
    const part = raw.trim();
    if (!part) continue;
    const at = part.indexOf(': ');
    const colon = at >= 0 ? at : part.indexOf(':');
    if (colon <= 0) return { bad: part, kind: 'badMilestone' };
    const dateText = part.slice(0, colon).trim();
    const title = part.slice(colon + 1).trim();
    const dueDate = parseMilestoneDate(dateText);
    if (dueDate === null || !title || title.length > MAX.title)
      return { bad: part, kind: 'badMilestone' };
    if (dueDate === 'bad') return { bad: dateText, kind: 'badMilestoneDate' };
    milestones.push({ dueDate, title });
  }
  return { milestones };
}

function readGoals(sheet: Sheet, errors: FileRowError[]): ResolvedGoal[] {
  const name = PLAN_FILE_SHEETS.goals;
  const c = PLAN_FILE_GOAL_COLUMNS;
  const headerErrors = errors.length;
  const at = columnsOf(name, sheet.header, errors);
  requireColumns(name, sheet.header, at, [c.code, c.level, c.title], errors);
  if (errors.length > headerErrors) return [];
  const rows = nonEmpty(sheet.rows);
  if (rows.length > PLAN_FILE_LIMITS.maxGoals) {
    const params = { count: rows.length, max: PLAN_FILE_LIMITS.maxGoals };
    errors.push(rowError(name, sheet.header.row, null, 'tooManyRows', params));
    return [];
  }
  const goals: ResolvedGoal[] = [];
  const seen = new Map<string, number>();
  for (const row of rows) {
    const get = (column: string) => text(row.cells[at.get(column) ?? -1]);
    const code = get(c.code);
    const levelText = get(c.level);
    const title = get(c.title);
    const parent = get(c.parent);
    const before = errors.length;
    if (!code) errors.push(rowError(name, row.row, c.code, 'required', { column: c.code }));
    else if (code.length > MAX.code)
      errors.push(rowError(name, row.row, c.code, 'tooLong', { max: MAX.code }));
    const level = GOAL_LEVELS.get(lower(levelText));
    if (!levelText) errors.push(rowError(name, row.row, c.level, 'required', { column: c.level }));
    else if (!level)
      errors.push(rowError(name, row.row, c.level, 'badGoalLevel', { value: levelText }));
    if (!title) errors.push(rowError(name, row.row, c.title, 'required', { column: c.title }));
    else if (title.length > MAX.title)
      errors.push(rowError(name, row.row, c.title, 'tooLong', { max: MAX.title }));
    const other = seen.get(code);
    if (code && other !== undefined) {
      errors.push(rowError(name, row.row, c.code, 'duplicateGoal', { value: code, other }));
    }
    if (code && other === undefined) seen.set(code, row.row);
    if (errors.length > before || !level) continue;
    goals.push({ row: row.row, code, level, title, parentCode: parent || null });
  }
  const codes = new Set(goals.map((g) => g.code));
  const parentOf = new Map(goals.map((g) => [g.code, g.parentCode]));
  for (const goal of goals) {
    if (goal.parentCode === null) continue;
    if (!codes.has(goal.parentCode)) {
      errors.push(rowError(name, goal.row, c.parent, 'unknownParent', { value: goal.parentCode }));
      continue;
    }
    let at2: string | null = goal.parentCode;
    for (let steps = 0; at2 !== null && steps <= goals.length; steps += 1) {
      if (at2 === goal.code) {
        errors.push(rowError(name, goal.row, c.parent, 'goalCycle', { value: goal.code }));
        break;
      }
      at2 = parentOf.get(at2) ?? null;
    }
  }
  return goals;
}

interface Resolver {
  forum(value: string): string | undefined;
  party(value: string): string | undefined;
}

function resolverOf(lookups: PlanFileLookups): Resolver {
  const fora = new Map<string, string>();
  for (const f of lookups.fora) {
    if (f.shortName) fora.set(lower(f.shortName), f.id);
  }
  for (const f of lookups.fora) fora.set(lower(f.name), f.id);
  const parties = new Map<string, string>();
  const codes = new Map<string, string>();
  for (const p of lookups.parties) {
    parties.set(nameKey(p.name), p.id);
    if (p.code) codes.set(p.code.padStart(3, '0'), p.id);
  }
  return {
    forum: (value) => fora.get(lower(value)),
    party: (value) =>
      (/^\d{3}$/.test(value) ? codes.get(value) : undefined) ?? parties.get(nameKey(value)),
  };
}

function priorityColumns(at: Map<string, number>, header: SheetRow, errors: FileRowError[]) {
  const years: { year: number; column: string; index: number }[] = [];
  for (const [column, index] of at) {
    if (!column.startsWith(PLAN_FILE_PRIORITY_PREFIX.trim())) continue;
    const m = /^prioritet (\d{4})$/.exec(column);
    const year = m?.[1] ? Number(m[1]) : NaN;
    if (!(year >= 1900 && year <= 2200)) {
      errors.push(
        rowError(PLAN_FILE_SHEETS.initiatives, header.row, column, 'badPriorityColumn', { column }),
      );
    } else years.push({ year, column, index });
  }
  return years.sort((a, b) => a.year - b.year);
}

function readInitiatives(
  sheet: Sheet,
  goalCodes: ReadonlySet<string> | null,
  resolve: Resolver,
  errors: FileRowError[],
): { initiatives: ResolvedInitiative[]; years: number[] } {
  const name = PLAN_FILE_SHEETS.initiatives;
  const c = PLAN_FILE_COLUMNS;
  const headerErrors = errors.length;
  const at = columnsOf(name, sheet.header, errors);
  requireColumns(name, sheet.header, at, [c.number, c.title, c.level], errors);
  const years = priorityColumns(at, sheet.header, errors);
  if (errors.length > headerErrors) return { initiatives: [], years: [] };
  const rows = nonEmpty(sheet.rows);
  if (rows.length === 0) {
    errors.push(rowError(name, sheet.header.row, null, 'empty'));
    return { initiatives: [], years: [] };
  }
  if (rows.length > PLAN_FILE_LIMITS.maxInitiatives) {
    const params = { count: rows.length, max: PLAN_FILE_LIMITS.maxInitiatives };
    errors.push(rowError(name, sheet.header.row, null, 'tooManyInitiatives', params));
    return { initiatives: [], years: [] };
  }
  const initiatives: ResolvedInitiative[] = [];
  const seen = new Map<string, number>();
  for (const row of rows) {
    const raw = (column: string): Cell => row.cells[at.get(column) ?? -1] ?? null;
    const get = (column: string) => text(raw(column));
    const before = errors.length;
    const err = (
      column: string | null,
      kind: string,
      params: Record<string, string | number> = {},
    ) => errors.push(rowError(name, row.row, column, kind, params));
    const number = get(c.number);
    if (!number) err(c.number, 'required', { column: c.number });
    else if (number.length > MAX.number) err(c.number, 'tooLong', { max: MAX.number });
    const other = seen.get(number);
    if (number && other !== undefined) err(c.number, 'duplicateNumber', { value: number, other });
    if (number && other === undefined) seen.set(number, row.row);
    const title = get(c.title);
    if (!title) err(c.title, 'required', { column: c.title });
    else if (title.length > MAX.title) err(c.title, 'tooLong', { max: MAX.title });
    const description = get(c.description);
    if (description.length > MAX.description)
      err(c.description, 'tooLong', { max: MAX.description });
    const levelText = get(c.level);
    const level = LEVELS.get(lower(levelText));
    if (!levelText) err(c.level, 'required', { column: c.level });
    else if (!level) err(c.level, 'badLevel', { value: levelText });
    const goalCode = get(c.goalCode) || null;
    if (goalCode && goalCodes && !goalCodes.has(goalCode))
      err(c.goalCode, 'unknownGoal', { value: goalCode });
    const forumName = get(c.forum) || null;
    const forumId = forumName ? (resolve.forum(forumName) ?? null) : null;
    if (forumName && !forumId) err(c.forum, 'unknownForum', { value: forumName });
    const partyNames = get(c.parties)
      .split(/[;\n]/)
      .map((p) => p.trim())
      .filter(Boolean);
    const partyIds: string[] = [];
    for (const partyName of partyNames) {
      const id = resolve.party(partyName);
      if (!id) err(c.parties, 'unknownParty', { value: partyName });
      else if (!partyIds.includes(id)) partyIds.push(id);
    }
    const priorities: { year: number; priority: YearPriority }[] = [];
    for (const y of years) {
      const value = text(row.cells[y.index]);
      if (!value) continue;
      const priority = PRIORITIES.get(lower(value));
      if (!priority) err(y.column, 'badPriority', { value, column: y.column });
      else priorities.push({ year: y.year, priority });
    }
    const economy = parseKroner(
      typeof raw(c.economy) === 'number' ? raw(c.economy) : get(c.economy),
    );
    if (economy === 'bad') err(c.economy, 'badEconomy', { value: get(c.economy) });
    const payer = get(c.payer);
    if (payer.length > MAX.payer) err(c.payer, 'tooLong', { max: MAX.payer });
    const parsed = parseMilestones(get(c.milestones));
    if ('bad' in parsed) err(c.milestones, parsed.kind, { value: parsed.bad });
    if (errors.length > before || !level || economy === 'bad' || 'bad' in parsed) continue;
    initiatives.push({
      row: row.row,
      number,
      title,
      description,
      level,
      goalCode,
      forumName,
      forumId,
      partyNames,
      partyIds,
      priorities,
      economyDkk: economy,
      payer,
      milestones: parsed.milestones,
    });
  }
  return { initiatives, years: years.map((y) => y.year) };
}

/**
 * Reads and checks a plan file's sheets: every problem with its sheet, row and column. Goal codes
 * of initiatives must be on the goal sheet, or (a file without one, e.g. CSV) in the plan. Without
 * look-ups (checking a file on its own) fora, parties and the plan's goals are not checked.
 */
export function readPlanFile(sheets: PlanSheets, lookups: PlanFileLookups | null): ReadPlanFile {
  const errors: FileRowError[] = [];
  const goals = sheets.goals ? readGoals(sheets.goals, errors) : null;
  const goalCodes: ReadonlySet<string> | null = goals
    ? new Set(goals.map((g) => g.code))
    : lookups
      ? new Set(lookups.goalCodes)
      : null;
  const resolve: Resolver = lookups
    ? resolverOf(lookups)
    : { forum: (value) => `?${value}`, party: (value) => `?${value}` };
  const { initiatives, years } = readInitiatives(sheets.initiatives, goalCodes, resolve, errors);
  errors.sort((a, b) =>
    a.sheet === b.sheet ? a.row - b.row : a.sheet === PLAN_FILE_SHEETS.goals ? -1 : 1,
  );
  return { goals, initiatives, years, errors };
}

export * from './plan-file-diff';
