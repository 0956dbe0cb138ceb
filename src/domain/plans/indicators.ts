/**
 * Indicators (issue 9, item 2), pure: Danish decimals and periods as the sheets write them, the
 * rows of a value import checked against the plan's indicators and the collaboration's parties
 * (every problem with its row number; all or nothing), and the counts of what an import changes.
 */
import {
  INDICATOR_IMPORT_COLUMNS,
  INDICATOR_LIMITS,
  type FileRowError,
} from '../../shared/plan-indicators.contract';
import { cellText, rowError } from './plan-file-texts';

/**
 * A decimal as the user writes it → the canonical text (`1234.5`, no trailing zeros), or null.
 * A comma is the decimal separator (Danish): then dots (or spaces) group thousands ("1.234,5").
 * Without a comma a single dot is the decimal point ("12.5", as machines write it); two or more
 * dot groups are thousands ("1.200.000").
 */
export function parseDecimal(input: string | number): string | null {
  if (typeof input === 'number') {
    if (!Number.isFinite(input)) return null;
    return canonicalDecimal(input.toFixed(6));
  }
  let text = input.replace(/[\s\u00a0]/g, '');
  if (text === '') return null;
  if (text.includes(',')) {
    if ((text.match(/,/g) ?? []).length > 1) return null;
    const [whole = '', fraction = ''] = text.split(',');
    if (whole.includes('.') && !/^[-+]?\d{1,3}(\.\d{3})+$/.test(whole)) return null;
    text = fraction ? `${whole.replace(/\./g, '')}.${fraction}` : whole.replace(/\./g, '');
  }
  // Two or more dot groups without a comma can only be thousands ("1.200.000").
  if (/^[-+]?\d{1,3}(\.\d{3}){2,}$/.test(text)) text = text.replace(/\./g, '');
  if (!/^[-+]?(\d+)(\.\d+)?$/.test(text) && !/^[-+]?\.\d+$/.test(text)) return null;
  return canonicalDecimal(text);
}

/** `+012.500` → `12.5`, `-0.0` → `0`; null when it has more than 14 integer or 6 decimal digits. */
export function canonicalDecimal(text: string): string | null {
  const m = /^([-+]?)(\d*)(?:\.(\d*))?$/.exec(text.trim());
  if (!m) return null;
  const sign = m[1] === '-' ? '-' : '';
  const whole = (m[2] ?? '').replace(/^0+(?=\d)/, '') || '0';
  const fraction = (m[3] ?? '').replace(/0+$/, '');
  if (whole.length > 14 || fraction.length > 6) return null;
  const body = fraction ? `${whole}.${fraction}` : whole;
  return body === '0' ? '0' : `${sign}${body}`;
}

/** A stored numeric (`12.500000`) and a canonical decimal compare equal when they are the same number. */
export function sameDecimal(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return a === b;
  return canonicalDecimal(a) === canonicalDecimal(b);
}

/** A decimal the Danish way for reports: `1234.5` → `1.234,5`. */
export function danishDecimal(text: string): string {
  const canonical = canonicalDecimal(text) ?? text;
  const [whole = '', fraction] = canonical.replace('-', '').split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${canonical.startsWith('-') ? '-' : ''}${grouped}${fraction ? `,${fraction}` : ''}`;
}

/**
 * A period as written → the stored form (`2025`, `2025-Q2`, `2025-06`), or null. Accepts
 * `2025-K2`/`2025K2`/`K2 2025`/`2025 Q2` for a quarter and `2025-6`/`6-2025`/`06/2025` for a month;
 * a spreadsheet's number 2025 is a year.
 */
export function parsePeriod(input: string | number): string | null {
  const text = String(input).trim().toUpperCase().replace(/\s+/g, ' ');
  const year = (y: string) => Number(y) >= 1900 && Number(y) <= 2200;
  let m = /^(\d{4})$/.exec(text);
  if (m?.[1]) return year(m[1]) ? m[1] : null;
  m = /^(\d{4})[- ]?[QK]([1-4])$/.exec(text);
  if (m?.[1] && m[2]) return year(m[1]) ? `${m[1]}-Q${m[2]}` : null;
  m = /^[QK]([1-4])[- ](\d{4})$/.exec(text);
  if (m?.[1] && m[2]) return year(m[2]) ? `${m[2]}-Q${m[1]}` : null;
  m = /^(\d{4})[-/](\d{1,2})$/.exec(text);
  if (m?.[1] && m[2]) return month(m[1], m[2]);
  m = /^(\d{1,2})[-/](\d{4})$/.exec(text);
  if (m?.[1] && m[2]) return month(m[2], m[1]);
  // A spreadsheet turns "2025-06" into the date 2025-06-01: the first of a month is that month.
  m = /^(\d{4})-(\d{2})-01$/.exec(text);
  if (m?.[1] && m[2]) return month(m[1], m[2]);
  return null;

  function month(y: string, mm: string): string | null {
    const n = Number(mm);
    if (!year(y) || n < 1 || n > 12) return null;
    return `${y}-${String(n).padStart(2, '0')}`;
  }
}

/** Sort key of a period: its first month (`2025` = 2025-01, `2025-Q2` = 2025-04), then its length. */
export function periodSortKey(period: string): string {
  const q = /^(\d{4})-Q([1-4])$/.exec(period);
  if (q?.[1] && q[2]) return `${q[1]}-${String((Number(q[2]) - 1) * 3 + 1).padStart(2, '0')}-b`;
  if (/^\d{4}$/.test(period)) return `${period}-01-a`;
  return `${period}-c`;
}

/** Periods in time order. */
export function sortPeriods(periods: Iterable<string>): string[] {
  return [...new Set(periods)].sort((a, b) => periodSortKey(a).localeCompare(periodSortKey(b)));
}

/** A party the import may name: by its name or (a municipality) its 3-digit code. */
export interface IndicatorImportParty {
  id: string;
  name: string;
  code: string | null;
}

/** A value row as read and resolved. */
export interface IndicatorImportValue {
  row: number;
  indicatorId: string;
  partyId: string;
  period: string;
  value: string;
  note: string;
}

/** The sheet's rows: row number as the user sees it (header = its own row), cells by column. */
export interface SheetRow {
  row: number;
  cells: (string | number | null)[];
}

/** A party's name the way look-ups compare it (case, spaces and "Kommune" suffix ignored). */
export function nameKey(name: string): string {
  return name
    .toLocaleLowerCase('da-DK')
    .replace(/\s+/g, ' ')
    .replace(/ kommune$/, '')
    .trim();
}

/** Column index by the header's names (case and spaces ignored; "vaerdi" for "værdi" too). */
function headerIndex(header: readonly (string | number | null)[]): Map<string, number> {
  const out = new Map<string, number>();
  header.forEach((cell, i) => {
    const name = cellText(cell === null ? '' : String(cell))
      .toLocaleLowerCase('da-DK')
      .replace('vaerdi', 'værdi');
    if (name && !out.has(name)) out.set(name, i);
  });
  return out;
}

const cell = (row: SheetRow, index: number | undefined): string | number | null =>
  index === undefined ? null : (row.cells[index] ?? null);

const textOf = (value: string | number | null): string =>
  value === null ? '' : cellText(String(value));

/**
 * Checks a value import's rows: every column present, every indicator and municipality known,
 * periods and decimals readable, no duplicate (indicator, party, period). All problems, by row.
 */
export function checkIndicatorRows(
  header: SheetRow,
  rows: readonly SheetRow[],
  indicators: ReadonlyMap<string, string>,
  parties: readonly IndicatorImportParty[],
): { values: IndicatorImportValue[]; errors: FileRowError[] } {
  const errors: FileRowError[] = [];
  const columns = headerIndex(header.cells);
  for (const column of INDICATOR_IMPORT_COLUMNS) {
    if (column !== 'note' && !columns.has(column)) {
      errors.push(rowError(null, header.row, column, 'missingColumn', { column }));
    }
  }
  if (errors.length) return { values: [], errors };
  const data = rows.filter((r) => r.cells.some((c) => textOf(c) !== ''));
  if (data.length === 0) return { values: [], errors: [rowError(null, header.row, null, 'empty')] };
  if (data.length > INDICATOR_LIMITS.maxImportRows) {
    const params = { count: data.length, max: INDICATOR_LIMITS.maxImportRows };
    return { values: [], errors: [rowError(null, header.row, null, 'tooManyRows', params)] };
  }
  const byName = new Map<string, string>();
  const byCode = new Map<string, string>();
  for (const p of parties) {
    byName.set(nameKey(p.name), p.id);
    if (p.code) byCode.set(p.code.padStart(3, '0'), p.id);
  }
  const seen = new Map<string, number>();
  const values: IndicatorImportValue[] = [];
  for (const row of data) {
    const before = errors.length;
    const get = (name: string) => cell(row, columns.get(name));
    const key = textOf(get('indikator'));
    const party = textOf(get('kommune'));
    const rawPeriod = get('periode');
    const rawValue = get('værdi');
    const note = textOf(get('note'));
    const need = (column: string, value: string) => {
      if (value === '') errors.push(rowError(null, row.row, column, 'required', { column }));
      return value !== '';
    };
    const indicatorId = need('indikator', key) ? indicators.get(key) : undefined;
    if (key !== '' && indicatorId === undefined) {
      errors.push(rowError(null, row.row, 'indikator', 'unknownIndicator', { value: key }));
    }
    let partyId: string | undefined;
    if (need('kommune', party)) {
      partyId = /^\d{1,4}$/.test(party)
        ? byCode.get(party.replace(/^0(?=\d{3}$)/, '').padStart(3, '0'))
        : byName.get(nameKey(party));
      if (!partyId)
        errors.push(rowError(null, row.row, 'kommune', 'unknownMunicipality', { value: party }));
    }
    let period: string | null = null;
    if (need('periode', textOf(rawPeriod))) {
      period = parsePeriod(rawPeriod ?? '');
      if (!period)
        errors.push(rowError(null, row.row, 'periode', 'badPeriod', { value: textOf(rawPeriod) }));
    }
    let value: string | null = null;
    if (need('værdi', textOf(rawValue))) {
      value = parseDecimal(rawValue ?? '');
      if (value === null)
        errors.push(rowError(null, row.row, 'værdi', 'badDecimal', { value: textOf(rawValue) }));
    }
    if (note.length > 2000) {
      errors.push(rowError(null, row.row, 'note', 'tooLong', { column: 'note', max: 2000 }));
    }
    if (errors.length > before || !indicatorId || !partyId || !period || value === null) continue;
    const id = `${indicatorId}|${partyId}|${period}`;
    const other = seen.get(id);
    if (other !== undefined) {
      errors.push(rowError(null, row.row, null, 'duplicateValue', { other }));
      continue;
    }
    seen.set(id, row.row);
    values.push({ row: row.row, indicatorId, partyId, period, value, note });
  }
  return { values, errors };
}

/** A stored value, for the counts. */
export interface StoredIndicatorValue {
  indicatorId: string;
  partyId: string;
  period: string;
  value: string;
  note: string;
}

/** Which rows are new, which change a stored value (or its note), which leave it as it is. */
export function classifyValues(
  values: readonly IndicatorImportValue[],
  stored: readonly StoredIndicatorValue[],
): { new: IndicatorImportValue[]; changed: IndicatorImportValue[]; unchanged: number } {
  const byKey = new Map(stored.map((s) => [`${s.indicatorId}|${s.partyId}|${s.period}`, s]));
  const out = {
    new: [] as IndicatorImportValue[],
    changed: [] as IndicatorImportValue[],
    unchanged: 0,
  };
  for (const v of values) {
    const s = byKey.get(`${v.indicatorId}|${v.partyId}|${v.period}`);
    if (!s) out.new.push(v);
    else if (!sameDecimal(s.value, v.value) || s.note !== v.note) out.changed.push(v);
    else out.unchanged += 1;
  }
  return out;
}
