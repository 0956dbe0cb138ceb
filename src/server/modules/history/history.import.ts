/**
 * The history import file (docs/history-import.md): XLSX or CSV, one row per step, `case_key`
 * grouping rows into cases. Read with the plans module's sheet reader (exceljs / RFC 4180),
 * grouped by the pure domain (groupImportRows), each case validated by the shared schema and
 * checked like a single record. A commit is all or nothing per file: one transaction, one
 * audit row (`history.import`) listing every case; any problem in any case writes nothing.
 */
import {
  groupImportRows,
  IMPORT_COLUMNS,
  type ImportGroup,
  type ImportRow,
} from '../../../domain/history/index';
import {
  HISTORY_LIMITS,
  HistoryCaseSchema,
  type HistoryProblem,
  type ImportReport,
} from '../../../shared/history.contract';
import type { Db } from '../../db/client';
import { composing, mutate } from '../../platform/audit';
import { AppError } from '../../platform/errors';
import { findEntityIdByKey } from '../organisation/index';
import { readSheets, type SheetKind } from '../plans/pure';
import { checkRecord, recordInTx, resultOf, type Checked, type Recorder } from './history.service';
import { historyText } from './texts';

/** A problem of the file (not of one case's history). */
function fileProblem(key: string, params: Record<string, string | number>): HistoryProblem {
  return { code: `import.${key}`, params, message: historyText(`import.${key}`, params) };
}

/** The file's rows as text cells by column; or the file's problems. */
export async function readImportRows(
  bytes: Uint8Array,
  kind: SheetKind,
): Promise<{ rows: ImportRow[]; problems: HistoryProblem[] }> {
  const sheets = await readSheets(bytes, kind);
  const sheet = sheets?.[0];
  if (!sheet) return { rows: [], problems: [fileProblem('unreadable', {})] };
  const [header, ...data] = sheet.rows;
  const names = (header?.cells ?? []).map((c) =>
    String(c ?? '')
      .trim()
      .toLowerCase(),
  );
  const required = ['case_key', 'forum'];
  const missing = required.filter((c) => !names.includes(c));
  if (missing.length > 0)
    return { rows: [], problems: [fileProblem('noColumns', { columns: missing.join(', ') })] };
  if (data.length === 0) return { rows: [], problems: [fileProblem('empty', {})] };
  if (data.length > HISTORY_LIMITS.importRows) {
    const params = { rows: data.length, max: HISTORY_LIMITS.importRows };
    return { rows: [], problems: [fileProblem('tooManyRows', params)] };
  }
  const rows = data.map((r) => {
    const cells: ImportRow['cells'] = {};
    names.forEach((name, i) => {
      if ((IMPORT_COLUMNS as readonly string[]).includes(name)) {
        const value = r.cells[i];
        cells[name as (typeof IMPORT_COLUMNS)[number]] = value == null ? '' : String(value);
      }
    });
    return { row: r.row, cells };
  });
  return { rows, problems: [] };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Resolves the forum references of the rows (a forum key of the collaboration, or a forum id)
 * up front, so the pure grouping can look them up.
 */
async function forumResolver(
  db: Db,
  rows: readonly ImportRow[],
  collaborationId: string,
): Promise<(ref: string) => string | null> {
  const refs = new Set(
    rows.flatMap((r) => [r.cells.forum, r.cells.raised_in_forum].map((v) => (v ?? '').trim())),
  );
  const resolved = new Map<string, string>();
  for (const ref of refs) {
    if (ref === '') continue;
    const id = UUID.test(ref) ? ref : await findEntityIdByKey(db, 'forum', collaborationId, ref);
    if (id) resolved.set(ref, id);
  }
  return (ref) => resolved.get(ref.trim()) ?? null;
}

/** The schema's field errors of a group as problems naming its first row. */
function schemaProblems(
  group: ImportGroup,
  issues: readonly { path: PropertyKey[]; message: string }[],
) {
  return issues.map((i) => {
    const stepIndex = i.path[0] === 'steps' ? Number(i.path[1]) : null;
    const row = stepIndex !== null ? (group.rows[stepIndex] ?? group.rows[0]) : group.rows[0];
    const params = { row: row ?? 0, field: i.path.map(String).join('.'), message: i.message };
    return fileProblem('invalidField', params);
  });
}

/** One group's result: read problems, or the check of its record. */
interface GroupResult {
  group: ImportGroup;
  checked: Checked | null;
  problems: HistoryProblem[];
}

async function checkGroups(
  db: Db,
  groups: readonly ImportGroup[],
  collaborationId: string,
  today: string,
): Promise<GroupResult[]> {
  const out: GroupResult[] = [];
  for (const group of groups) {
    const read = group.issues.map((i) => fileProblem(i.code.slice('import.'.length), i.params));
    const parsed = HistoryCaseSchema.safeParse(group.record);
    if (read.length > 0 || !parsed.success) {
      const schema = parsed.success ? [] : schemaProblems(group, parsed.error.issues);
      out.push({ group, checked: null, problems: [...read, ...schema] });
      continue;
    }
    const checked = await checkRecord(db, parsed.data, collaborationId, today);
    out.push({ group, checked, problems: [] });
  }
  return out;
}

function reportOf(results: readonly GroupResult[], preview: boolean, committed: boolean) {
  return {
    preview,
    committed,
    fileProblems: [],
    cases: results.map((r) => {
      const base = r.checked
        ? resultOf(r.checked, null, preview)
        : { preview, caseId: null, problems: [], warnings: [], plan: null };
      return {
        key: r.group.key,
        rows: r.group.rows,
        result: { ...base, problems: [...r.problems, ...base.problems] },
      };
    }),
  };
}

/**
 * Previews (default) or commits an import file for a collaboration. A commit with any problem
 * is refused (422, nothing written) with the report in `extra`.
 */
export async function importHistory(
  db: Db,
  who: Recorder,
  input: { bytes: Uint8Array; kind: SheetKind; fileName: string; collaborationId: string },
  commit: boolean,
): Promise<ImportReport> {
  const read = await readImportRows(input.bytes, input.kind);
  if (read.problems.length > 0)
    return { preview: !commit, committed: false, fileProblems: read.problems, cases: [] };
  const forumIdOf = await forumResolver(db, read.rows, input.collaborationId);
  const groups = groupImportRows(read.rows, forumIdOf);
  if (groups.length > HISTORY_LIMITS.importCases) {
    const params = { cases: groups.length, max: HISTORY_LIMITS.importCases };
    return {
      preview: !commit,
      committed: false,
      fileProblems: [fileProblem('tooManyCases', params)],
      cases: [],
    };
  }
  const results = await checkGroups(db, groups, input.collaborationId, who.today);
  const bad = results.filter(
    (r) => r.problems.length > 0 || (r.checked?.checked.problems.length ?? 0) > 0,
  );
  if (!commit) return reportOf(results, true, false);
  if (bad.length > 0) {
    const detail = historyText('errors.importRefused', { count: bad.length });
    throw new AppError('unprocessable', detail, {
      extra: { report: reportOf(results, false, false) },
    });
  }
  return mutate(db, who.actor, (tx) =>
    composing(tx, async (inner, collected) => {
      const inputs = results.map((r) => ({
        record: (r.checked as Checked).record,
        collaborationId: input.collaborationId,
      }));
      const written = await recordInTx(inner, who, inputs, 'import');
      const report = reportOf(results, false, true);
      written.forEach((w, i) => {
        const entry = report.cases[i];
        if (entry) entry.result = resultOf(w.checked, w.caseId, false);
      });
      return {
        result: report,
        audit: {
          action: 'history.import',
          entityType: 'collaboration',
          entityId: input.collaborationId,
          summary: historyText('audit.importSummary', {
            count: written.length,
            file: input.fileName,
          }).da,
          after: {
            historical: true,
            file: input.fileName,
            cases: written.map((w, i) => ({
              key: results[i]?.group.key ?? '',
              caseId: w.caseId,
              title: w.checked.record.confidential ? '[fortroligt]' : w.checked.record.title,
              raisedOn: w.checked.record.raisedOn,
              meetingsCreated: w.createdMeetingIds,
            })),
            actions: collected.length,
          },
          relatedIds: [input.collaborationId, ...written.map((w) => w.caseId)],
        },
      };
    }),
  );
}
