/**
 * A meeting document as PDF (pdfkit), tagged as far as pdfkit allows (PDF/UA-1 subset): a
 * structure tree (Document → H1/H2/H3, P, L/LI/LBody), the page footer marked as a pagination
 * artifact, language da-DK, the title shown in the viewer's title bar, and an embedded font with
 * every Danish letter (see fonts.ts). Without an embedded font it falls back to untagged
 * Helvetica rather than fail.
 */
import PDFDocument from 'pdfkit';
import { documentFonts } from './fonts';
import type { MeetingDocument } from './documents.model';

type Pdf = PDFKit.PDFDocument;
type Element = PDFKit.PDFStructureElement;

const MARGIN = 56;
const SIZES = { H1: 20, H2: 14, H3: 12, P: 10.5 } as const;
type Tag = keyof typeof SIZES;

interface Fonts {
  regular: string;
  bold: string;
}

/** One tagged block of text: its own structure element under `parent`. */
function block(pdf: Pdf, fonts: Fonts, parent: Element, tag: Tag, text: string, bold = false) {
  const heading = tag !== 'P';
  pdf
    .font(heading || bold ? fonts.bold : fonts.regular)
    .fontSize(SIZES[tag])
    .text(text, { structParent: parent, structType: tag, paragraphGap: heading ? 4 : 3 });
  if (heading) pdf.moveDown(0.2);
}

function participants(pdf: Pdf, fonts: Fonts, root: Element, doc: MeetingDocument): void {
  block(pdf, fonts, root, 'H2', doc.participantsHeading);
  const list = pdf.struct('L');
  root.add(list);
  pdf
    .font(fonts.regular)
    .fontSize(SIZES.P)
    .list(doc.participants, {
      structParent: list,
      structTypes: ['LI', 'Lbl', 'LBody'],
      bulletRadius: 2,
      paragraphGap: 1,
    });
  list.end();
  pdf.moveDown(0.5);
}

function items(pdf: Pdf, fonts: Fonts, root: Element, doc: MeetingDocument): void {
  block(pdf, fonts, root, 'H2', doc.itemsHeading);
  for (const item of doc.items) {
    const sect = pdf.struct('Sect');
    root.add(sect);
    block(pdf, fonts, sect, 'H3', item.heading);
    if (item.placeholder) block(pdf, fonts, sect, 'P', item.placeholder);
    if (item.closedNote) block(pdf, fonts, sect, 'P', item.closedNote, true);
    for (const line of item.lines) block(pdf, fonts, sect, 'P', `${line.label}: ${line.value}`);
    for (const s of item.sections) {
      block(pdf, fonts, sect, 'P', s.label, true);
      block(pdf, fonts, sect, 'P', s.value);
    }
    sect.end();
    pdf.moveDown(0.6);
  }
}

/** The page footer on every page, marked as a pagination artifact (not read aloud). */
function footers(pdf: Pdf, fonts: Fonts, doc: MeetingDocument): void {
  const range = pdf.bufferedPageRange();
  for (let i = 0; i < range.count; i += 1) {
    pdf.switchToPage(range.start + i);
    const text = doc.footer
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

function newDocument(doc: MeetingDocument, tagged: boolean, font: string): Pdf {
  return new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    bufferPages: true,
    pdfVersion: '1.7',
    lang: 'da-DK',
    displayTitle: true,
    tagged,
    font,
    // pdfkit 0.20 supports the PDF/UA subset; @types/pdfkit only lists the PDF/A ones.
    ...(tagged ? { subset: 'PDF/UA' as unknown as PDFKit.Mixins.PDFSubsets } : {}),
    info: {
      Title: `${doc.title}: ${doc.subtitle}`,
      Author: 'Samspil',
      Subject: doc.subject,
      Keywords: doc.title,
      Creator: 'Samspil',
    },
  });
}

/** The PDF file of a meeting document. */
export function renderPdf(doc: MeetingDocument): Promise<Buffer> {
  const found = documentFonts();
  const fonts: Fonts = found ?? { regular: 'Helvetica', bold: 'Helvetica-Bold' };
  const pdf = newDocument(doc, found !== null, fonts.regular);
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
  });
  const root = pdf.struct('Document');
  pdf.addStructure(root);
  block(pdf, fonts, root, 'H1', doc.title);
  block(pdf, fonts, root, 'H2', doc.subtitle);
  for (const line of doc.header) block(pdf, fonts, root, 'P', `${line.label}: ${line.value}`);
  for (const notice of doc.notices) block(pdf, fonts, root, 'P', notice, true);
  pdf.moveDown(0.5);
  participants(pdf, fonts, root, doc);
  items(pdf, fonts, root, doc);
  root.end();
  footers(pdf, fonts, doc);
  pdf.end();
  return done;
}
