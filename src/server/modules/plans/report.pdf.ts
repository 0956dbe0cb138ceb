/**
 * The plan's PDF report, rendered from a model of plain texts (report.service.ts builds it) with
 * pdfkit the way meeting documents are (documents/pdf.render.ts): tagged structure (Document →
 * H1/H2/H3, P, L/LI), language da-DK, an embedded font with every Danish letter, the footer
 * marked as a pagination artifact; untagged Helvetica when no font file is found.
 */
import PDFDocument from 'pdfkit';
// The worker thread loads only pure code: the documents index would pull in its routes.
// eslint-disable-next-line no-restricted-imports
import { documentFonts } from '../documents/fonts';

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

type Pdf = PDFKit.PDFDocument;
type Element = PDFKit.PDFStructureElement;

const MARGIN = 56;
const SIZES = { H1: 20, H2: 14, H3: 11.5, P: 10 } as const;

interface Fonts {
  regular: string;
  bold: string;
}

function block(
  pdf: Pdf,
  fonts: Fonts,
  parent: Element,
  tag: keyof typeof SIZES,
  text: string,
  bold = false,
) {
  const heading = tag !== 'P';
  pdf
    .font(heading || bold ? fonts.bold : fonts.regular)
    .fontSize(SIZES[tag])
    .text(text, { structParent: parent, structType: tag, paragraphGap: heading ? 4 : 2 });
  if (heading) pdf.moveDown(0.2);
}

function list(pdf: Pdf, fonts: Fonts, parent: Element, items: string[]) {
  if (!items.length) return;
  const l = pdf.struct('L');
  parent.add(l);
  pdf
    .font(fonts.regular)
    .fontSize(SIZES.P)
    .list(items, {
      structParent: l,
      structTypes: ['LI', 'Lbl', 'LBody'],
      bulletRadius: 2,
      paragraphGap: 1,
    });
  l.end();
  pdf.moveDown(0.3);
}

function footers(pdf: Pdf, fonts: Fonts, footer: string): void {
  const range = pdf.bufferedPageRange();
  for (let i = 0; i < range.count; i += 1) {
    pdf.switchToPage(range.start + i);
    const text = footer
      .replace('{{page}}', String(i + 1))
      .replace('{{pages}}', String(range.count));
    const bottom = pdf.page.margins.bottom;
    pdf.page.margins.bottom = 0;
    pdf.markContent('Artifact', { type: 'Pagination' });
    pdf
      .font(fonts.regular)
      .fontSize(8)
      .text(text, MARGIN, pdf.page.height - MARGIN / 2 - 8, {
        width: pdf.page.width - 2 * MARGIN,
        align: 'center',
        lineBreak: false,
      });
    pdf.endMarkedContent();
    pdf.page.margins.bottom = bottom;
  }
}

/** The PDF file of a plan report. */
export function renderPlanReport(report: PlanReport): Promise<Buffer> {
  const found = documentFonts();
  const fonts: Fonts = found ?? { regular: 'Helvetica', bold: 'Helvetica-Bold' };
  const tagged = found !== null;
  const pdf = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    bufferPages: true,
    pdfVersion: '1.7',
    lang: 'da-DK',
    displayTitle: true,
    tagged,
    font: fonts.regular,
    ...(tagged ? { subset: 'PDF/UA' as unknown as PDFKit.Mixins.PDFSubsets } : {}),
    info: { Title: report.title, Author: 'Samspil', Creator: 'Samspil' },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
  });
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
  footers(pdf, fonts, report.footer);
  pdf.end();
  return done;
}
