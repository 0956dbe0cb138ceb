/**
 * The history module's public surface: bringing history in (issue 12 point 6). Cases treated
 * before Samspil are recorded with their real dates through the cases, meetings and agendas
 * modules' own use cases, in one transaction with one audit row.
 */
export { historyRoutes } from './history.routes';
export { historyRecords } from './history.table';
export { importHistory, readImportRows } from './history.import';
export {
  checkRecord,
  historyRecordOf,
  recordHistoricalCase,
  resultOf,
  type Recorder,
} from './history.service';
