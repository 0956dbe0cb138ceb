/**
 * A scenario's exports: XLSX (exceljs; the inputs with the population source, and a sheet per
 * model with pays / receives / net per municipality and totals that equal the cost) and PDF
 * (pdfkit in the house style of documents/pure). Amounts are written from integer øre as exact
 * decimal text (kroner with two decimals), never summed as floats.
 */
import ExcelJS from 'exceljs';
import { formatFte, formatKroner, oreToDecimal } from '../../../domain/financing/index';
import type { Scenario } from '../../../shared/financing.contract';
import type { Language } from '../../../shared/i18n/index';
import { translate } from '../../../shared/i18n/translate';
import {
  newPdf,
  pdfBlock,
  pdfBytes,
  pdfFonts,
  pdfFooters,
  pdfList,
  type PdfStyle,
} from '../documents/pure';

const MONEY = '#,##0.00';

/** Kroner as a number from exact decimal text (two decimals; what a cell holds). */
const kroner = (ore: number): number => Number(oreToDecimal(ore));

function keyText(key: Scenario['key'], lang: Language): string {
  const name = translate('financing', `keyKinds.${key.kind}`, lang);
  return key.kind === 'mix' ? `${name} (${key.populationPercent} %)` : name;
}

/** The scenario's inputs as label/value lines. */
function inputs(scenario: Scenario, collaboration: string, lang: Language): [string, string][] {
  const t = (key: string, params = {}) => translate('financing', key, lang, params);
  const p = scenario.result.population;
  return [
    [t('sheet.collaboration'), collaboration],
    [t('sheet.scenario'), scenario.name],
    [t('sheet.asOf'), scenario.asOf],
    [t('sheet.populationSource'), `${p.year} (${t(`populationKinds.${p.kind}`)}): ${p.source}`],
    [t('key'), keyText(scenario.key, lang)],
    [t('secretariatKey'), keyText(scenario.secretariatKey, lang)],
    [t('model4Mode'), t(`model4Modes.${scenario.model4Mode}`)],
    [t('total'), formatKroner(scenario.result.total)],
  ];
}

/** The XLSX workbook of a scenario. */
export async function scenarioXlsx(
  scenario: Scenario,
  collaboration: string,
  lang: Language,
): Promise<Buffer> {
  const t = (key: string) => translate('financing', key, lang);
  const book = new ExcelJS.Workbook();
  book.creator = 'Samspil';
  const sheet = book.addWorksheet(t('sheet.inputs'));
  sheet.columns = [{ width: 36 }, { width: 60 }, { width: 14 }, { width: 16 }, { width: 18 }];
  for (const [label, value] of inputs(scenario, collaboration, lang)) sheet.addRow([label, value]);
  sheet.addRow([]);
  sheet.addRow([t('cluster'), t('host'), t('fte'), t('rate'), t('cost')]).font = { bold: true };
  for (const c of scenario.result.clusters) {
    const row = sheet.addRow([
      c.name,
      c.hostName ?? t('noHost'),
      formatFte(c.fteHundredths),
      kroner(c.ratePerFte),
      kroner(c.cost),
    ]);
    row.getCell(4).numFmt = MONEY;
    row.getCell(5).numFmt = MONEY;
  }
  for (const problem of scenario.result.problems) {
    sheet.addRow([
      translate(
        'financing',
        `problems.${problem.code.replace('financing.', '')}`,
        lang,
        problem.params,
      ),
    ]);
  }
  for (const model of scenario.result.models) {
    const ws = book.addWorksheet(t(`modelShort.${model.model}`));
    ws.columns = [{ width: 8 }, { width: 24 }, { width: 18 }, { width: 18 }, { width: 18 }];
    ws.addRow([t(`models.${model.model}`)]).font = { bold: true };
    ws.addRow([t('code'), t('municipality'), t('pays'), t('receives'), t('net')]).font = {
      bold: true,
    };
    const add = (values: (string | number)[], bold = false) => {
      const row = ws.addRow(values);
      [3, 4, 5].forEach((i) => (row.getCell(i).numFmt = MONEY));
      if (bold) row.font = { bold: true };
    };
    for (const r of model.rows)
      add([r.code, r.name, kroner(r.pays), kroner(r.receives), kroner(r.net)]);
    if (model.secretariatReceives > 0)
      add([
        '',
        t('secretariatReceives'),
        0,
        kroner(model.secretariatReceives),
        kroner(model.secretariatReceives),
      ]);
    const paid = model.rows.reduce((a, r) => a + r.pays, 0);
    const received = model.rows.reduce((a, r) => a + r.receives, 0) + model.secretariatReceives;
    add(['', t('total'), kroner(paid), kroner(received), kroner(received - paid)], true);
  }
  return Buffer.from(await book.xlsx.writeBuffer());
}

const STYLE: PdfStyle = { sizes: { H1: 18, H2: 13, H3: 11, P: 9 }, paragraphGap: 1 };

/** The PDF of a scenario. */
export function scenarioPdf(
  scenario: Scenario,
  collaboration: string,
  lang: Language,
): Promise<Buffer> {
  const t = (key: string) => translate('financing', key, lang);
  const { fonts, tagged } = pdfFonts();
  const title = `${t('title')}: ${scenario.name}`;
  const pdf = newPdf(tagged, fonts.regular, {
    Title: title,
    Author: 'Samspil',
    Creator: 'Samspil',
  });
  const done = pdfBytes(pdf);
  const root = pdf.struct('Document');
  pdf.addStructure(root);
  pdfBlock(pdf, fonts, STYLE, root, 'H1', title);
  for (const [label, value] of inputs(scenario, collaboration, lang))
    pdfBlock(pdf, fonts, STYLE, root, 'P', `${label}: ${value}`);
  pdfBlock(pdf, fonts, STYLE, root, 'H2', t('clusters'));
  pdfList(
    pdf,
    fonts,
    STYLE,
    root,
    scenario.result.clusters.map(
      (c) =>
        `${c.name} — ${t('host')}: ${c.hostName ?? t('noHost')}; ${t('fte')} ${formatFte(c.fteHundredths)} × ${formatKroner(c.ratePerFte)} = ${formatKroner(c.cost)}`,
    ),
  );
  for (const problem of scenario.result.problems)
    pdfBlock(
      pdf,
      fonts,
      STYLE,
      root,
      'P',
      translate(
        'financing',
        `problems.${problem.code.replace('financing.', '')}`,
        lang,
        problem.params,
      ),
      true,
    );
  for (const model of scenario.result.models) {
    const sect = pdf.struct('Sect');
    root.add(sect);
    pdfBlock(pdf, fonts, STYLE, sect, 'H2', t(`models.${model.model}`));
    pdfList(
      pdf,
      fonts,
      STYLE,
      sect,
      model.rows.map(
        (r) =>
          `${r.code} ${r.name}: ${t('pays')} ${formatKroner(r.pays)}; ${t('receives')} ${formatKroner(r.receives)}; ${t('net')} ${formatKroner(r.net)}`,
      ),
    );
    if (model.secretariatReceives > 0)
      pdfBlock(
        pdf,
        fonts,
        STYLE,
        sect,
        'P',
        `${t('secretariatReceives')}: ${formatKroner(model.secretariatReceives)}`,
      );
    const paid = model.rows.reduce((a, r) => a + r.pays, 0);
    pdfBlock(
      pdf,
      fonts,
      STYLE,
      sect,
      'P',
      `${t('total')} ${t('pays').toLowerCase()}: ${formatKroner(paid)}`,
      true,
    );
    sect.end();
  }
  root.end();
  pdfFooters(pdf, fonts, `${title} — {{page}}/{{pages}}`);
  pdf.end();
  return done;
}
