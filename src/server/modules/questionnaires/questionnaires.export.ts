/** The XLSX export: one row per recipient, one column per question; a sheet per question's summary. */
import ExcelJS from 'exceljs';
import type { Db } from '../../db/client';
import { questionnaireResults, exportRows } from './questionnaires.view';
import { questionnaireTextIn } from './questionnaires.texts';

const t = (key: string, params: Record<string, string | number> = {}) =>
  questionnaireTextIn('da', key, params);

/** A safe, unique worksheet name (Excel: at most 31 characters, no []:*?/\). */
function sheetName(base: string, used: Set<string>): string {
  const clean =
    base
      .replace(/[[\]:*?/\\]/g, ' ')
      .slice(0, 28)
      .trim() || 'Ark';
  let name = clean;
  for (let i = 2; used.has(name.toLowerCase()); i++) name = `${clean.slice(0, 25)} ${i}`;
  used.add(name.toLowerCase());
  return name;
}

export async function questionnaireWorkbook(db: Db, id: string): Promise<Buffer> {
  const { detail, questions, rows } = await exportRows(db, id);
  const results = await questionnaireResults(db, id);
  const book = new ExcelJS.Workbook();
  book.creator = 'Samspil';
  const used = new Set<string>();
  const sheet = book.addWorksheet(sheetName(t('columns.answer'), used));
  const header = sheet.addRow([
    t('columns.recipient'),
    t('columns.party'),
    t('columns.answered'),
    ...questions.map((q) => q.text),
  ]);
  header.font = { bold: true };
  for (const { recipient, cells } of rows) {
    sheet.addRow([
      recipient.personName,
      recipient.partyName ?? '',
      recipient.submittedAt ? t('results.answeredYes') : t('results.answeredNo'),
      ...cells,
    ]);
  }
  sheet.views = [{ state: 'frozen', xSplit: 1, ySplit: 1 }];
  sheet.getColumn(1).width = 28;
  sheet.getColumn(2).width = 24;
  results.questions.forEach((r, i) => {
    const qs = book.addWorksheet(sheetName(`${i + 1} ${r.text}`, used));
    qs.addRow([r.text]).font = { bold: true };
    qs.addRow([t('results.answeredBy', { count: r.answered })]);
    if (r.counts.length) {
      qs.addRow([t('columns.answer'), 'Antal', 'Procent']).font = { bold: true };
      for (const c of r.counts) qs.addRow([c.label, c.count, c.percent]);
    }
    if (r.stats) {
      qs.addRow(['Mindst', 'Højst', 'Gennemsnit', 'Median']).font = { bold: true };
      qs.addRow([r.stats.min, r.stats.max, r.stats.mean, r.stats.median]);
    }
    for (const text of r.texts) qs.addRow([text]);
    qs.getColumn(1).width = 40;
  });
  void detail;
  return Buffer.from(await book.xlsx.writeBuffer());
}
