/**
 * The plans module's worker-safe part: reading and writing CSV and XLSX sheets (no routes, no
 * database), for other modules' uploads (the office-holder import of the organisation module).
 */
export {
  readSheets,
  sheetKindOf,
  writeCsv,
  XLSX_ARCHIVE_LIMITS,
  type ReadSheet,
  type SheetKind,
} from './plan-file.sheets';
