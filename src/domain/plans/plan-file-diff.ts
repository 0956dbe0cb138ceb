/**
 * The plan spreadsheet, pure (continued from plan-file.ts): the stored plan in the file's terms,
 * the diff of a checked file against it (added, changed with the fields, ended), the milestones to
 * add and remove, and the stored plan back to the sheets' rows for export.
 */
import {
  PLAN_FILE_COLUMNS,
  PLAN_FILE_GOAL_COLUMNS,
  PLAN_FILE_GOAL_LEVEL_WORDS,
  PLAN_FILE_LEVEL_WORDS,
  PLAN_FILE_PRIORITY_PREFIX,
  PLAN_FILE_PRIORITY_WORDS,
  type PlanFileKindDiff,
  type PlanFileMilestone,
} from '../../shared/plan-file.contract';
import type { GoalLevel, InitiativeLevel, YearPriority } from '../../shared/plans.enums';
import type { ReadPlanFile, ResolvedGoal, ResolvedInitiative } from './plan-file';

type Cell = string | number | null;

// ---------------------------------------------------------------------------------------------
// The stored plan, the diff, the changes to write.

/** A stored goal (current: not ended). */
export interface StoredGoal {
  id: string;
  code: string;
  level: GoalLevel;
  title: string;
  parentCode: string | null;
  position: number;
}

export interface StoredMilestone {
  id: string;
  dueDate: string;
  title: string;
}

/** A stored initiative (current: not ended), in the file's terms. */
export interface StoredInitiative {
  id: string;
  number: string;
  title: string;
  description: string;
  level: InitiativeLevel;
  goalCode: string | null;
  forumId: string | null;
  partyIds: string[];
  priorities: { year: number; priority: YearPriority }[];
  economyDkk: number | null;
  payer: string;
  milestones: StoredMilestone[];
  position: number;
}

export interface StoredPlanFile {
  goals: StoredGoal[];
  initiatives: StoredInitiative[];
  /** Ended initiatives by number (a file naming one again re-opens it). */
  endedInitiatives: { id: string; number: string }[];
  endedGoals: { id: string; code: string }[];
}

/** Names for the diff's texts. */
export interface DiffNames {
  forum(id: string | null): string;
  party(id: string): string;
}

export interface PlanFileDiff {
  goals: PlanFileKindDiff;
  initiatives: PlanFileKindDiff;
}

const sortedJoin = (values: readonly string[]) => [...values].sort().join('; ');
const milestoneText = (ms: readonly PlanFileMilestone[]) =>
  [...ms]
    .sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.title.localeCompare(b.title))
    .map((m) => `${m.dueDate}: ${m.title}`)
    .join('; ');
const priorityText = (ps: readonly { year: number; priority: YearPriority }[], year: number) => {
  const p = ps.find((x) => x.year === year);
  return p ? PLAN_FILE_PRIORITY_WORDS[p.priority] : '';
};

function initiativeChanges(file: ResolvedInitiative, stored: StoredInitiative, names: DiffNames) {
  const c = PLAN_FILE_COLUMNS;
  const changes: { field: string; from: string; to: string }[] = [];
  const field = (name: string, from: string, to: string) => {
    if (from !== to) changes.push({ field: name, from, to });
  };
  field(c.title, stored.title, file.title);
  field(c.description, stored.description, file.description);
  field(c.level, PLAN_FILE_LEVEL_WORDS[stored.level], PLAN_FILE_LEVEL_WORDS[file.level]);
  field(c.goalCode, stored.goalCode ?? '', file.goalCode ?? '');
  field(
    c.forum,
    stored.forumId ? names.forum(stored.forumId) : '',
    file.forumId ? names.forum(file.forumId) : '',
  );
  if (sortedJoin(stored.partyIds) !== sortedJoin(file.partyIds)) {
    field(
      c.parties,
      stored.partyIds.map(names.party).join('; '),
      file.partyIds.map(names.party).join('; '),
    );
  }
  const years = [...new Set([...stored.priorities, ...file.priorities].map((p) => p.year))].sort();
  for (const year of years) {
    field(
      `${PLAN_FILE_PRIORITY_PREFIX}${year}`,
      priorityText(stored.priorities, year),
      priorityText(file.priorities, year),
    );
  }
  field(
    c.economy,
    stored.economyDkk === null ? '' : String(stored.economyDkk),
    file.economyDkk === null ? '' : String(file.economyDkk),
  );
  field(c.payer, stored.payer, file.payer);
  field(c.milestones, milestoneText(stored.milestones), milestoneText(file.milestones));
  return changes;
}

function goalChanges(file: ResolvedGoal, stored: StoredGoal) {
  const c = PLAN_FILE_GOAL_COLUMNS;
  const changes: { field: string; from: string; to: string }[] = [];
  const field = (name: string, from: string, to: string) => {
    if (from !== to) changes.push({ field: name, from, to });
  };
  field(c.level, PLAN_FILE_GOAL_LEVEL_WORDS[stored.level], PLAN_FILE_GOAL_LEVEL_WORDS[file.level]);
  field(c.title, stored.title, file.title);
  field(c.parent, stored.parentCode ?? '', file.parentCode ?? '');
  return changes;
}

/** The diff of a checked file against the stored plan (goals only when the file has a goal sheet). */
export function diffPlanFile(
  file: ReadPlanFile,
  stored: StoredPlanFile,
  names: DiffNames,
): PlanFileDiff {
  const initiatives: PlanFileKindDiff = { added: [], changed: [], ended: [], unchanged: 0 };
  const byNumber = new Map(stored.initiatives.map((i) => [i.number, i]));
  const inFile = new Set<string>();
  for (const i of file.initiatives) {
    inFile.add(i.number);
    const s = byNumber.get(i.number);
    if (!s) {
      initiatives.added.push(i.number);
      continue;
    }
    const fields = initiativeChanges(i, s, names);
    if (fields.length) initiatives.changed.push({ key: i.number, fields });
    else initiatives.unchanged += 1;
  }
  initiatives.ended = stored.initiatives.filter((s) => !inFile.has(s.number)).map((s) => s.number);
  const goals: PlanFileKindDiff = { added: [], changed: [], ended: [], unchanged: 0 };
  if (file.goals) {
    const byCode = new Map(stored.goals.map((g) => [g.code, g]));
    const codes = new Set<string>();
    for (const g of file.goals) {
      codes.add(g.code);
      const s = byCode.get(g.code);
      if (!s) {
        goals.added.push(g.code);
        continue;
      }
      const fields = goalChanges(g, s);
      if (fields.length) goals.changed.push({ key: g.code, fields });
      else goals.unchanged += 1;
    }
    goals.ended = stored.goals.filter((s) => !codes.has(s.code)).map((s) => s.code);
  } else goals.unchanged = stored.goals.length;
  return { goals, initiatives };
}

/** The diff's totals. */
export function diffCounts(diff: PlanFileDiff) {
  const sum = (f: (d: PlanFileKindDiff) => number) => f(diff.goals) + f(diff.initiatives);
  return {
    added: sum((d) => d.added.length),
    changed: sum((d) => d.changed.length),
    ended: sum((d) => d.ended.length),
    unchanged: sum((d) => d.unchanged),
  };
}

/** Milestones to add and to delete so the stored set equals the file's (kept ones keep status). */
export function milestoneChanges(
  file: readonly PlanFileMilestone[],
  stored: readonly StoredMilestone[],
): { add: PlanFileMilestone[]; remove: string[] } {
  const key = (m: PlanFileMilestone) => `${m.dueDate}|${m.title}`;
  const remaining = new Map<string, StoredMilestone[]>();
  for (const m of stored) remaining.set(key(m), [...(remaining.get(key(m)) ?? []), m]);
  const add: PlanFileMilestone[] = [];
  for (const m of file) {
    const list = remaining.get(key(m));
    if (list?.length) list.shift();
    else add.push(m);
  }
  return { add, remove: [...remaining.values()].flat().map((m) => m.id) };
}

// ---------------------------------------------------------------------------------------------
// Export: the stored plan as the sheets' rows.

/** The sheets' rows of a stored plan: header first; cells as text, economy as a number. */
export function planFileRows(
  stored: Pick<StoredPlanFile, 'goals' | 'initiatives'>,
  goalTitles: ReadonlyMap<string, string>,
  names: DiffNames,
  planYears: readonly number[],
): { initiatives: Cell[][]; goals: Cell[][] } {
  const c = PLAN_FILE_COLUMNS;
  const years = [
    ...new Set([
      ...planYears,
      ...stored.initiatives.flatMap((i) => i.priorities.map((p) => p.year)),
    ]),
  ].sort((a, b) => a - b);
  const header: Cell[] = [
    c.number,
    c.title,
    c.description,
    c.level,
    c.goalCode,
    c.goalTitle,
    c.forum,
    c.parties,
    ...years.map((y) => `${PLAN_FILE_PRIORITY_PREFIX}${y}`),
    c.economy,
    c.payer,
    c.milestones,
  ];
  const initiatives: Cell[][] = [header];
  for (const i of [...stored.initiatives].sort((a, b) => a.position - b.position)) {
    initiatives.push([
      i.number,
      i.title,
      i.description,
      PLAN_FILE_LEVEL_WORDS[i.level],
      i.goalCode ?? '',
      i.goalCode ? (goalTitles.get(i.goalCode) ?? '') : '',
      i.forumId ? names.forum(i.forumId) : '',
      i.partyIds.map(names.party).join('; '),
      ...years.map((y) => priorityText(i.priorities, y)),
      i.economyDkk,
      i.payer,
      [...i.milestones]
        .sort((a, b) => a.dueDate.localeCompare(b.dueDate))
        .map((m) => `${m.dueDate}: ${m.title}`)
        .join('; '),
    ]);
  }
  const g = PLAN_FILE_GOAL_COLUMNS;
  const goals: Cell[][] = [[g.code, g.level, g.title, g.parent]];
  for (const goal of [...stored.goals].sort((a, b) => a.position - b.position)) {
    goals.push([
      goal.code,
      PLAN_FILE_GOAL_LEVEL_WORDS[goal.level],
      goal.title,
      goal.parentCode ?? '',
    ]);
  }
  return { initiatives, goals };
}
