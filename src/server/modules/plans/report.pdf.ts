/**
 * The plan's PDF report, rendered from a model of plain texts (report.service.ts builds it) with
 * the PDF parts meeting documents use (documents/pure.ts): tagged structure (Document →
 * H1/H2/H3, P, L/LI), language da-DK, an embedded font with every Danish letter, the footer
 * marked as a pagination artifact; untagged Helvetica when no font file is found.
 */
import {
  newPdf,
  pdfBlock,
  pdfBytes,
  pdfFonts,
  pdfFooters,
  pdfList,
  type Pdf,
  type PdfElement,
  type PdfFonts,
  type PdfStyle,
  type PdfTag,
} from '../documents/pure';

/** One block of a section. */
export type ReportBlock =
  | { kind: 'heading'; text: string }
  | { kind: 'text'; text: string; bold?: boolean }
  | { kind: 'list'; items: string[] };

/** The report as plain texts. */
export interface PlanReport {
  title: string;
  header: { label: string; value: string }[];
  notice: string | null;
  sections: { heading: string; blocks: ReportBlock[] }[];
  /** With `{{page}}` and `{{pages}}`. */
  footer: string;
}

const STYLE: PdfStyle = { sizes: { H1: 20, H2: 14, H3: 11.5, P: 10 }, paragraphGap: 2 };

function block(
  pdf: Pdf,
  fonts: PdfFonts,
  parent: PdfElement,
  tag: PdfTag,
  text: string,
  bold = false,
) {
  pdfBlock(pdf, fonts, STYLE, parent, tag, text, bold);
}

function list(pdf: Pdf, fonts: PdfFonts, parent: PdfElement, items: string[]) {
  if (!items.length) return;
  pdfList(pdf, fonts, STYLE, parent, items);
  pdf.moveDown(0.3);
}

/** The PDF file of a plan report. */
export function renderPlanReport(report: PlanReport): Promise<Buffer> {
  const { fonts, tagged } = pdfFonts();
  const pdf = newPdf(tagged, fonts.regular, {
    Title: report.title,
    Author: 'Samspil',
    Creator: 'Samspil',
  });
  const done = pdfBytes(pdf);
  const root = pdf.struct('Document');
  pdf.addStructure(root);
  block(pdf, fonts, root, 'H1', report.title);
  for (const line of report.header) block(pdf, fonts, root, 'P', `${line.label}: ${line.value}`);
  if (report.notice) block(pdf, fonts, root, 'P', report.notice, true);
  pdf.moveDown(0.5);
  for (const section of report.sections) {
    const sect = pdf.struct('Sect');
    root.add(sect);
    block(pdf, fonts, sect, 'H2', section.heading);
    for (const b of section.blocks) {
      if (b.kind === 'heading') block(pdf, fonts, sect, 'H3', b.text);
      else if (b.kind === 'text') block(pdf, fonts, sect, 'P', b.text, b.bold);
      else list(pdf, fonts, sect, b.items);
    }
    sect.end();
    pdf.moveDown(0.5);
  }
  root.end();
  pdfFooters(pdf, fonts, report.footer);
  pdf.end();
  return done;
}
