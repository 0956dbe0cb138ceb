/**
 * XLSX exports with exceljs: the heatmap (municipalities × initiatives, degrees as Danish labels
 * with a fill colour per degree) and a round (status per party, and every field's value).
 */
import ExcelJS from 'exceljs';
import type { Db } from '../../db/client';
import { translate } from '../../../shared/i18n/translate';
import { heatmapIndex, type Heatmap } from '../../../shared/plan-rounds.contract';
import type { PlanRow, RoundRow } from './rounds.repo';
import { responsesOf } from './rounds.repo';
import { roundExportRows } from './views.service';
import { degreeColour, degreeLabel } from './views.present';

const t = (key: string) => translate('planRounds', `export.${key}`, 'da');

function fill(cell: ExcelJS.Cell, argb: string): void {
  cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb } };
}

function boldHeader(row: ExcelJS.Row): void {
  row.font = { bold: true };
}

/** The heatmap as a workbook. */
export async function heatmapWorkbook(plan: PlanRow, map: Heatmap): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = 'Samspil';
  const sheet = book.addWorksheet(t('heatmapSheet'));
  const header = sheet.addRow([
    t('municipality'),
    ...map.initiatives.map((i) => `${i.number} ${i.title}`),
  ]);
  boldHeader(header);
  sheet.getColumn(1).width = 28;
  map.initiatives.forEach((_, j) => {
    sheet.getColumn(j + 2).width = 18;
  });
  // Label and colour per step of the scale (and for "nothing recorded"), looked up by index.
  const keys = [...map.scale.map((s) => s.key), null];
  const labels = keys.map((key) => degreeLabel(plan.degreeScale, key, 'da'));
  const colours = keys.map((key) => degreeColour(plan.degreeScale, key));
  const none = keys.length - 1;
  map.parties.forEach((party, i) => {
    const cells = map.cells[i] ?? '';
    const steps = map.initiatives.map((_, j) => {
      const n = heatmapIndex(cells, j);
      return n < 0 ? none : n;
    });
    const row = sheet.addRow([party.name, ...steps.map((n) => labels[n] ?? '')]);
    steps.forEach((n, j) => fill(row.getCell(j + 2), colours[n] ?? 'FFFFFFFF'));
  });
  sheet.views = [{ state: 'frozen', xSplit: 1, ySplit: 1 }];
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** A round as a workbook: a status sheet and a sheet of every field's value. */
export async function roundWorkbook(db: Db, plan: PlanRow, round: RoundRow): Promise<Buffer> {
  const { parties, initiatives, values } = await roundExportRows(db, round);
  const responses = new Map((await responsesOf(db, round.id)).map((r) => [r.partyId, r]));
  const book = new ExcelJS.Workbook();
  book.creator = 'Samspil';
  const status = book.addWorksheet(t('statusSheet'));
  boldHeader(
    status.addRow([t('party'), t('status'), t('answeredAt'), t('noChanges'), t('fieldsTouched')]),
  );
  status.getColumn(1).width = 28;
  for (const p of parties) {
    const r = responses.get(p.id);
    status.addRow([
      p.name,
      r?.status === 'answered' ? t('answered') : t('pending'),
      r?.answeredAt ?? null,
      r?.noChanges ? t('yes') : t('no'),
      r?.fieldsTouched ?? 0,
    ]);
  }
  const sheet = book.addWorksheet(t('roundSheet'));
  boldHeader(
    sheet.addRow([
      t('party'),
      t('number'),
      t('initiative'),
      t('degree'),
      t('comment'),
      t('recordedOn'),
      t('changed'),
      t('carried'),
    ]),
  );
  sheet.getColumn(1).width = 28;
  sheet.getColumn(3).width = 40;
  sheet.getColumn(4).width = 22;
  const names = new Map(parties.map((p) => [p.id, p.name]));
  const info = new Map(initiatives.map((i, n) => [i.id, { ...i, n }]));
  const sorted = [...values].sort(
    (a, b) =>
      (names.get(a.subjectId) ?? '').localeCompare(names.get(b.subjectId) ?? '', 'da') ||
      (info.get(a.initiativeId)?.n ?? 0) - (info.get(b.initiativeId)?.n ?? 0),
  );
  for (const v of sorted) {
    const i = info.get(v.initiativeId);
    const row = sheet.addRow([
      names.get(v.subjectId) ?? v.subjectId,
      i?.number ?? '',
      i?.title ?? '',
      degreeLabel(plan.degreeScale, v.degree, 'da'),
      v.comment,
      v.recordedOn,
      v.changed ? t('yes') : t('no'),
      v.carried ? t('yes') : t('no'),
    ]);
    fill(row.getCell(4), degreeColour(plan.degreeScale, v.degree));
  }
  return Buffer.from(await book.xlsx.writeBuffer());
}
