/**
 * The rows of a history import file (one row per step; the `case_key` column groups rows into
 * cases, in file order) turned into case records. Pure: the caller reads the file into rows of
 * text cells and resolves forum references (key or id) to forum ids. The records are then
 * validated by the shared zod schema and checked by {@link checkHistoricalCase}. See
 * docs/history-import.md.
 */
import type { IsoDate } from '../../shared/dates';

/** The columns of an import file; the case columns are read from a case's first row. */
export const IMPORT_COLUMNS = [
  'case_key',
  'title',
  'summary',
  'type',
  'flags',
  'confidential',
  'raised_in_forum',
  'raised_on',
  'forum',
  'meeting_date',
  'meeting_start',
  'meeting_id',
  'recommendation',
  'decision',
  'final',
  'skipped_reason',
] as const;
export type ImportColumn = (typeof IMPORT_COLUMNS)[number];

/** One data row: its 1-based row number in the file and its cells by column. */
export interface ImportRow {
  row: number;
  cells: Partial<Record<ImportColumn, string>>;
}

/** A row that cannot be read as it stands. */
export interface ImportRowIssue {
  code: 'import.missing' | 'import.unknownForum' | 'import.invalidFlag' | 'import.caseMismatch';
  params: Record<string, string | number>;
}

/** The rows of one case and the record built from them (unvalidated: the schema checks it). */
export interface ImportGroup {
  key: string;
  rows: number[];
  record: Record<string, unknown>;
  issues: ImportRowIssue[];
}

const CASE_COLUMNS = [
  'title',
  'summary',
  'type',
  'flags',
  'confidential',
  'raised_in_forum',
  'raised_on',
] as const;

const YES = new Set(['ja', 'j', 'yes', 'y', 'true', '1', 'x']);
const TYPES: Record<string, string> = {
  information: 'information',
  orientering: 'information',
  discussion: 'discussion',
  drøftelse: 'discussion',
  decision: 'decision',
  beslutning: 'decision',
};
const FLAGS: Record<string, string> = {
  crosscutting: 'crossCutting',
  tværgående: 'crossCutting',
  principled: 'principled',
  principiel: 'principled',
  precedentsetting: 'precedentSetting',
  præcedens: 'precedentSetting',
  economicsignificance: 'economicSignificance',
  økonomi: 'economicSignificance',
};

const cell = (r: ImportRow, c: ImportColumn): string => (r.cells[c] ?? '').trim();
const yes = (value: string): boolean => YES.has(value.toLowerCase());

/** Flags from a comma- or semicolon-separated cell (English codes or Danish words). */
function flagsOf(value: string, row: number, issues: ImportRowIssue[]): string[] {
  const words = value
    .split(/[,;]/)
    .map((w) => w.trim())
    .filter(Boolean);
  return words.flatMap((w) => {
    const flag = FLAGS[w.toLowerCase().replace(/[\s-]/g, '')];
    if (flag) return [flag];
    issues.push({ code: 'import.invalidFlag', params: { row, value: w } });
    return [];
  });
}

/** The step of one row. */
function stepOf(
  r: ImportRow,
  forumIdOf: (ref: string) => string | null,
  issues: ImportRowIssue[],
): Record<string, unknown> {
  const forumRef = cell(r, 'forum');
  if (forumRef === '')
    issues.push({ code: 'import.missing', params: { row: r.row, column: 'forum' } });
  const forumId = forumRef === '' ? '' : forumIdOf(forumRef);
  if (forumRef !== '' && forumId === null)
    issues.push({ code: 'import.unknownForum', params: { row: r.row, value: forumRef } });
  const step: Record<string, unknown> = { forumId: forumId ?? '' };
  const skipped = cell(r, 'skipped_reason');
  if (skipped !== '') step.skipped = { reason: skipped };
  const meetingId = cell(r, 'meeting_id');
  const date = cell(r, 'meeting_date') as IsoDate;
  if (meetingId !== '') step.meeting = { existingMeetingId: meetingId };
  else if (date !== '') {
    const start = cell(r, 'meeting_start');
    step.meeting = { date, ...(start !== '' ? { start } : {}) };
  }
  const recommendation = cell(r, 'recommendation');
  if (recommendation !== '') step.recommendation = recommendation;
  const decision = cell(r, 'decision');
  if (decision !== '') step.decision = { text: decision, final: yes(cell(r, 'final')) };
  return step;
}

/** The case fields from the case's first row; later rows must leave them empty or agree. */
function caseOf(
  rows: readonly ImportRow[],
  forumIdOf: (ref: string) => string | null,
  issues: ImportRowIssue[],
): Record<string, unknown> {
  const first = rows[0] as ImportRow;
  for (const r of rows.slice(1)) {
    for (const c of CASE_COLUMNS) {
      const v = cell(r, c);
      if (v !== '' && v !== cell(first, c))
        issues.push({ code: 'import.caseMismatch', params: { row: r.row, column: c } });
    }
  }
  for (const c of ['title', 'type', 'raised_in_forum', 'raised_on'] as const) {
    if (cell(first, c) === '')
      issues.push({ code: 'import.missing', params: { row: first.row, column: c } });
  }
  const raisedRef = cell(first, 'raised_in_forum');
  const raisedInForumId = raisedRef === '' ? '' : forumIdOf(raisedRef);
  if (raisedRef !== '' && raisedInForumId === null)
    issues.push({ code: 'import.unknownForum', params: { row: first.row, value: raisedRef } });
  const type = cell(first, 'type');
  return {
    title: cell(first, 'title'),
    summary: cell(first, 'summary'),
    type: TYPES[type.toLowerCase()] ?? type,
    flags: flagsOf(cell(first, 'flags'), first.row, issues),
    confidential: yes(cell(first, 'confidential')),
    raisedInForumId: raisedInForumId ?? '',
    raisedOn: cell(first, 'raised_on'),
  };
}

/**
 * Groups rows into cases by `case_key` (first appearance order; a row without a key is an
 * issue of its own group `row <n>`) and builds each case's record.
 */
export function groupImportRows(
  rows: readonly ImportRow[],
  forumIdOf: (ref: string) => string | null,
): ImportGroup[] {
  const byKey = new Map<string, ImportRow[]>();
  for (const r of rows) {
    const key = cell(r, 'case_key') || `row ${r.row}`;
    const list = byKey.get(key) ?? [];
    list.push(r);
    byKey.set(key, list);
  }
  return [...byKey.entries()].map(([key, list]) => {
    const issues: ImportRowIssue[] = [];
    if (cell(list[0] as ImportRow, 'case_key') === '')
      issues.push({
        code: 'import.missing',
        params: { row: list[0]?.row ?? 0, column: 'case_key' },
      });
    const record = {
      ...caseOf(list, forumIdOf, issues),
      steps: list.map((r) => stepOf(r, forumIdOf, issues)),
    };
    return { key, rows: list.map((r) => r.row), record, issues };
  });
}
