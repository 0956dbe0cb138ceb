/**
 * A meeting document as PDF (pdfkit), tagged as far as pdfkit allows (PDF/UA-1 subset): a
 * structure tree (Document → H1/H2/H3, P, L/LI/LBody), the page footer marked as a pagination
 * artifact, language da-DK, the title shown in the viewer's title bar, and an embedded font with
 * every Danish letter (see fonts.ts). Without an embedded font it falls back to untagged
 * Helvetica rather than fail.
 */
import type { MeetingDocument } from './documents.model';
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
} from './pdf.kit';

const STYLE: PdfStyle = { sizes: { H1: 20, H2: 14, H3: 12, P: 10.5 }, paragraphGap: 3 };

/** One tagged block of text: its own structure element under `parent`. */
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

function participants(pdf: Pdf, fonts: PdfFonts, root: PdfElement, doc: MeetingDocument): void {
  block(pdf, fonts, root, 'H2', doc.participantsHeading);
  pdfList(pdf, fonts, STYLE, root, doc.participants);
  pdf.moveDown(0.5);
}

function items(pdf: Pdf, fonts: PdfFonts, root: PdfElement, doc: MeetingDocument): void {
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

/** The PDF file of a meeting document. */
export function renderPdf(doc: MeetingDocument): Promise<Buffer> {
  const { fonts, tagged } = pdfFonts();
  const pdf = newPdf(tagged, fonts.regular, {
    Title: `${doc.title}: ${doc.subtitle}`,
    Author: 'Samspil',
    Subject: doc.subject,
    Keywords: doc.title,
    Creator: 'Samspil',
  });
  const done = pdfBytes(pdf);
  const root = pdf.struct('Document');
  pdf.addStructure(root);
  block(pdf, fonts, root, 'H1', doc.title);
  block(pdf, fonts, root, 'H2', doc.subtitle);
  for (const line of doc.header) block(pdf, fonts, root, 'P', `${line.label}: ${line.value}`);
  for (const notice of doc.notices) block(pdf, fonts, root, 'P', notice, true);
  pdf.moveDown(0.5);
  participants(pdf, fonts, root, doc);
  items(pdf, fonts, root, doc);
  if (doc.followUp) {
    block(pdf, fonts, root, 'H2', doc.followUp.heading);
    for (const line of doc.followUp.lines) block(pdf, fonts, root, 'P', line);
  }
  root.end();
  pdfFooters(pdf, fonts, doc.footer);
  pdf.end();
  return done;
}
