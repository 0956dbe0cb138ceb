/**
 * Reading and writing the sheets of plan files: XLSX through exceljs (never SheetJS), CSV by a
 * small RFC 4180 reader that finds the separator (`;` as Danish Excel writes it, `,` or tab) and
 * reads UTF-8 or, failing that, Windows-1252. Row numbers are the ones the user sees in the sheet
 * (the header is row 1 in a CSV file). An XLSX archive is measured before it is inflated (the
 * zip-bomb guard). Pure CPU work: it runs on the worker pool (plan-file.tasks.ts).
 */
import ExcelJS from 'exceljs';
import { unzipSync } from 'fflate';
import type { SheetRow } from '../../../domain/plans/indicators';

/** A read sheet: its name and its non-empty rows (first = the header). */
export interface ReadSheet {
  name: string;
  rows: SheetRow[];
}

export type SheetKind = 'xlsx' | 'csv';

type Cell = string | number | null;

/** The archive limits of an XLSX upload: entries and declared uncompressed bytes. */
export const XLSX_ARCHIVE_LIMITS = { maxEntries: 2000, maxUncompressedBytes: 100 * 1024 * 1024 };

/** The kind of a file by its name or media type; null when it is neither. */
export function sheetKindOf(fileName: string, mediaType = ''): SheetKind | null {
  const name = fileName.toLowerCase();
  if (name.endsWith('.xlsx') || mediaType.includes('spreadsheetml')) return 'xlsx';
  if (name.endsWith('.csv') || mediaType.startsWith('text/csv')) return 'csv';
  return null;
}

function decode(bytes: Uint8Array): string {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    text = new TextDecoder('windows-1252').decode(bytes);
  }
  return text.replace(/^\uFEFF/, '');
}

function separatorOf(text: string): string {
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  const count = (ch: string) => firstLine.split(ch).length - 1;
  const candidates = [';', ',', '\t'].map((ch) => ({ ch, n: count(ch) }));
  candidates.sort((a, b) => b.n - a.n);
  return candidates[0]?.n ? candidates[0].ch : ';';
}

/** CSV text → rows, each with the line number it starts on. */
export function parseCsv(text: string): SheetRow[] {
  const sep = separatorOf(text);
  const rows: SheetRow[] = [];
  let line = 1;
  let rowStart = 1;
  let cells: Cell[] = [];
  let cell = '';
  let quoted = false;
  let i = 0;
  const endCell = () => {
    cells.push(cell);
    cell = '';
  };
  const endRow = () => {
    endCell();
    if (cells.some((c) => c !== '')) rows.push({ row: rowStart, cells });
    cells = [];
  };
  while (i < text.length) {
    const ch = text[i] as string;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i += 1;
        } else quoted = false;
      } else {
        if (ch === '\n') line += 1;
        cell += ch;
      }
    } else if (ch === '"' && cell === '') quoted = true;
    else if (ch === sep) endCell();
    else if (ch === '\r' && text[i + 1] === '\n') {
      /* the \n ends the row */
    } else if (ch === '\n' || ch === '\r') {
      endRow();
      line += 1;
      rowStart = line;
    } else cell += ch;
    i += 1;
  }
  if (cell !== '' || cells.length) endRow();
  return rows;
}

/** Rows → CSV text with `;` (Danish Excel), quoted where needed, with a BOM so Excel reads UTF-8. */
export function writeCsv(rows: readonly Cell[][]): string {
  const quote = (value: Cell): string => {
    const t = value === null ? '' : String(value);
    return /[;"\n\r,]/.test(t) ? `"${t.replace(/"/g, '""')}"` : t;
  };
  return `\uFEFF${rows.map((r) => r.map(quote).join(';')).join('\r\n')}\r\n`;
}

function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** An exceljs cell value as text or a number. */
function cellValue(value: ExcelJS.CellValue): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (value instanceof Date) return isoDay(value);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('formula' in value || 'sharedFormula' in value) {
      const result = (value as { result?: ExcelJS.CellValue }).result;
      return result === undefined ? null : cellValue(result);
    }
    if ('text' in value && typeof value.text === 'string') return value.text;
    if ('error' in value) return null;
  }
  return null;
}

/** True when the archive is within the limits (declared sizes from the central directory). */
function archiveWithinLimits(bytes: Uint8Array): boolean {
  let entries = 0;
  let declared = 0;
  try {
    unzipSync(bytes, {
      filter: (file) => {
        entries += 1;
        declared += file.originalSize;
        return false;
      },
    });
  } catch {
    return false;
  }
  return (
    entries <= XLSX_ARCHIVE_LIMITS.maxEntries &&
    declared <= XLSX_ARCHIVE_LIMITS.maxUncompressedBytes
  );
}

/** An XLSX file's worksheets; null when it cannot be read (or breaks the archive limits). */
export async function readXlsx(bytes: Uint8Array): Promise<ReadSheet[] | null> {
  if (!archiveWithinLimits(bytes)) return null;
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(
      Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as never,
    );
  } catch {
    return null;
  }
  return workbook.worksheets.map((sheet) => {
    const rows: SheetRow[] = [];
    sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      const cells: Cell[] = [];
      const count = row.cellCount;
      for (let c = 1; c <= count; c += 1) cells.push(cellValue(row.getCell(c).value));
      if (cells.some((c) => c !== null && String(c).trim() !== ''))
        rows.push({ row: rowNumber, cells });
    });
    return { name: sheet.name, rows };
  });
}

/** A file's sheets (a CSV file: one sheet named "csv"); null when unreadable. */
export async function readSheets(bytes: Uint8Array, kind: SheetKind): Promise<ReadSheet[] | null> {
  if (kind === 'xlsx') return readXlsx(bytes);
  const text = decode(bytes);
  if (text.includes('\u0000')) return null;
  return [{ name: 'csv', rows: parseCsv(text) }];
}

/** Sheets → an XLSX file: bold header, frozen first row, sensible widths, text wrapped. */
export async function writeXlsx(
  sheets: readonly { name: string; rows: Cell[][]; widths?: number[] }[],
): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Samspil';
  workbook.created = new Date(0);
  workbook.modified = new Date(0);
  for (const s of sheets) {
    const sheet = workbook.addWorksheet(s.name, { views: [{ state: 'frozen', ySplit: 1 }] });
    for (const row of s.rows) sheet.addRow(row.map((c) => (c === '' ? null : c)));
    sheet.getRow(1).font = { bold: true };
    const width = s.rows[0]?.length ?? 0;
    for (let c = 1; c <= width; c += 1) {
      const column = sheet.getColumn(c);
      column.width = s.widths?.[c - 1] ?? 18;
      column.alignment = { wrapText: true, vertical: 'top' };
    }
  }
  const out = await workbook.xlsx.writeBuffer();
  return new Uint8Array(out as ArrayBuffer);
}
