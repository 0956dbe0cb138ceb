/**
 * The parts every tagged PDF of Samspil is made of (pdfkit, PDF/UA-1 subset as far as pdfkit
 * allows): the A4 document with language da-DK and its title shown, the embedded font (see
 * fonts.ts) or untagged Helvetica when none is found, tagged blocks and lists, and the page
 * footer marked as a pagination artifact. Pure CPU work: worker-safe (see pure.ts).
 */
import PDFDocument from 'pdfkit';
import { documentFonts } from './fonts';

export type Pdf = PDFKit.PDFDocument;
export type PdfElement = PDFKit.PDFStructureElement;

/** The page margin (points). */
export const PDF_MARGIN = 56;

/** The font names (or files) of regular and bold text. */
export interface PdfFonts {
  regular: string;
  bold: string;
}

/** Font sizes of the block tags, and the gap after a paragraph. */
export interface PdfStyle {
  sizes: { H1: number; H2: number; H3: number; P: number };
  paragraphGap: number;
}

export type PdfTag = keyof PdfStyle['sizes'];

/** The embedded fonts, or Helvetica (then the PDF is not tagged). */
export function pdfFonts(): { fonts: PdfFonts; tagged: boolean } {
  const found = documentFonts();
  return {
    fonts: found ?? { regular: 'Helvetica', bold: 'Helvetica-Bold' },
    tagged: found !== null,
  };
}

/** A new A4 document, Danish, tagged as PDF/UA when an embedded font is at hand. */
export function newPdf(tagged: boolean, font: string, info: PDFKit.DocumentInfo): Pdf {
  return new PDFDocument({
    size: 'A4',
    margin: PDF_MARGIN,
    bufferPages: true,
    pdfVersion: '1.7',
    lang: 'da-DK',
    displayTitle: true,
    tagged,
    font,
    // pdfkit 0.20 supports the PDF/UA subset; @types/pdfkit only lists the PDF/A ones.
    ...(tagged ? { subset: 'PDF/UA' as unknown as PDFKit.Mixins.PDFSubsets } : {}),
    info,
  });
}

/** The file's bytes once `pdf.end()` is called. */
export function pdfBytes(pdf: Pdf): Promise<Buffer> {
  const chunks: Buffer[] = [];
  return new Promise<Buffer>((resolve, reject) => {
    pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
  });
}

/** One tagged block of text: its own structure element under `parent`. */
export function pdfBlock(
  pdf: Pdf,
  fonts: PdfFonts,
  style: PdfStyle,
  parent: PdfElement,
  tag: PdfTag,
  text: string,
  bold = false,
): void {
  const heading = tag !== 'P';
  pdf
    .font(heading || bold ? fonts.bold : fonts.regular)
    .fontSize(style.sizes[tag])
    .text(text, {
      structParent: parent,
      structType: tag,
      paragraphGap: heading ? 4 : style.paragraphGap,
    });
  if (heading) pdf.moveDown(0.2);
}

/** A tagged bullet list (L → LI → Lbl, LBody) under `parent`. */
export function pdfList(
  pdf: Pdf,
  fonts: PdfFonts,
  style: PdfStyle,
  parent: PdfElement,
  items: string[],
): void {
  const list = pdf.struct('L');
  parent.add(list);
  pdf
    .font(fonts.regular)
    .fontSize(style.sizes.P)
    .list(items, {
      structParent: list,
      structTypes: ['LI', 'Lbl', 'LBody'],
      bulletRadius: 2,
      paragraphGap: 1,
    });
  list.end();
}

/** The page footer (`{{page}}`, `{{pages}}`) on every page, a pagination artifact. */
export function pdfFooters(pdf: Pdf, fonts: PdfFonts, footer: string): void {
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
      .text(text, PDF_MARGIN, pdf.page.height - PDF_MARGIN / 2 - 8, {
        width: pdf.page.width - 2 * PDF_MARGIN,
        align: 'center',
        lineBreak: false,
      });
    pdf.endMarkedContent();
    pdf.page.margins.bottom = bottom;
  }
}
