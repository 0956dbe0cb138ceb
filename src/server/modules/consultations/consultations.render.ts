/**
 * The consolidated response as DOCX (the `docx` package) and tagged PDF (the PDF parts meeting
 * documents use, documents/pure.ts): the heading, sender, subject and dates, the response text,
 * then exactly the parties' positions: who co-signs, who abstains and each dissent with its
 * text. Parties that have not taken a position are not listed.
 */
import {
  AlignmentType,
  Document,
  Footer,
  HeadingLevel,
  Packer,
  PageNumber,
  Paragraph,
  TextRun,
  type ParagraphChild,
} from 'docx';
import type { PositionSummary } from '../../../domain/consultations/index';
import {
  newPdf,
  pdfBlock,
  pdfBytes,
  pdfFonts,
  pdfFooters,
  pdfList,
  type PdfStyle,
} from '../documents/pure';
import type { Consultation } from './consultations.repo';
import { longDate, textIn } from './consultations.texts';

/** The response as plain texts (Danish). */
export interface ResponseDocument {
  title: string;
  header: { label: string; value: string }[];
  notice: string | null;
  responseHeading: string;
  paragraphs: string[];
  signatoriesHeading: string;
  signatories: string[];
  abstentionsHeading: string;
  abstentions: string[];
  dissentsHeading: string;
  dissents: { heading: string; text: string }[];
  none: string;
  /** With `{{page}}` and `{{pages}}`. */
  footer: string;
}

/** The document model of a consultation's response. */
export function responseDocument(row: Consultation, positions: PositionSummary): ResponseDocument {
  const t = (key: string, params = {}) => textIn('da', `doc.${key}`, params);
  const header = [
    { label: t('to'), value: row.sender },
    { label: t('regarding'), value: row.title },
    { label: t('externalDeadline'), value: longDate(row.externalDeadline, 'da') },
  ];
  if (row.sentOn) header.push({ label: t('sentOn'), value: longDate(row.sentOn, 'da') });
  return {
    title: `${t('heading')}: ${row.title}`,
    header,
    notice: row.sentOn ? null : t('draftNote'),
    responseHeading: t('response'),
    paragraphs: row.responseText
      .split(/\r?\n\s*\r?\n/)
      .map((p) => p.trim())
      .filter(Boolean),
    signatoriesHeading: t('signatories'),
    signatories: positions.signatories,
    abstentionsHeading: t('abstentions'),
    abstentions: positions.abstentions,
    dissentsHeading: t('dissents'),
    dissents: positions.dissents.map((d) => ({
      heading: t('dissentBy', { party: d.partyName }),
      text: d.text,
    })),
    none: t('none'),
    footer: textIn('da', 'doc.footer'),
  };
}

const LANGUAGE = 'da-DK';

function runs(text: string, bold = false): TextRun[] {
  return text
    .split(/\r?\n/)
    .map((line, i) => new TextRun({ text: line, bold, ...(i > 0 ? { break: 1 } : {}) }));
}

function docxFooter(text: string): Footer {
  const [before, rest = ''] = text.split('{{page}}');
  const [between, after = ''] = rest.split('{{pages}}');
  const children: ParagraphChild[] = [
    new TextRun({ text: before ?? '' }),
    new TextRun({ children: [PageNumber.CURRENT] }),
    new TextRun({ text: between ?? '' }),
    new TextRun({ children: [PageNumber.TOTAL_PAGES] }),
    new TextRun({ text: after }),
  ];
  return new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children })] });
}

function names(list: string[], none: string): Paragraph[] {
  if (!list.length)
    return [new Paragraph({ children: [new TextRun({ text: none, italics: true })] })];
  return list.map((name) => new Paragraph({ text: name, bullet: { level: 0 } }));
}

/** The DOCX file of the response. */
export async function renderResponseDocx(doc: ResponseDocument): Promise<Buffer> {
  const body: Paragraph[] = [
    new Paragraph({ text: doc.title, heading: HeadingLevel.HEADING_1 }),
    ...doc.header.map(
      (l) =>
        new Paragraph({
          children: [new TextRun({ text: `${l.label}: `, bold: true }), ...runs(l.value)],
        }),
    ),
    ...(doc.notice ? [new Paragraph({ children: runs(doc.notice, true) })] : []),
    new Paragraph({ text: doc.responseHeading, heading: HeadingLevel.HEADING_2 }),
    ...doc.paragraphs.map((p) => new Paragraph({ children: runs(p), spacing: { after: 120 } })),
    new Paragraph({ text: doc.signatoriesHeading, heading: HeadingLevel.HEADING_2 }),
    ...names(doc.signatories, doc.none),
  ];
  if (doc.abstentions.length) {
    body.push(new Paragraph({ text: doc.abstentionsHeading, heading: HeadingLevel.HEADING_2 }));
    body.push(...names(doc.abstentions, doc.none));
  }
  if (doc.dissents.length) {
    body.push(new Paragraph({ text: doc.dissentsHeading, heading: HeadingLevel.HEADING_2 }));
    for (const d of doc.dissents) {
      body.push(new Paragraph({ text: d.heading, heading: HeadingLevel.HEADING_3 }));
      body.push(new Paragraph({ children: runs(d.text) }));
    }
  }
  const document = new Document({
    title: doc.title,
    creator: 'Samspil',
    styles: {
      default: { document: { run: { font: 'Calibri', size: 22, language: { value: LANGUAGE } } } },
    },
    sections: [{ children: body, footers: { default: docxFooter(doc.footer) } }],
  });
  return Packer.toBuffer(document);
}

const STYLE: PdfStyle = { sizes: { H1: 18, H2: 13, H3: 11.5, P: 10 }, paragraphGap: 2 };

/** The tagged PDF file of the response. */
export function renderResponsePdf(doc: ResponseDocument): Promise<Buffer> {
  const { fonts, tagged } = pdfFonts();
  const pdf = newPdf(tagged, fonts.regular, {
    Title: doc.title,
    Author: 'Samspil',
    Creator: 'Samspil',
  });
  const done = pdfBytes(pdf);
  const root = pdf.struct('Document');
  pdf.addStructure(root);
  const block = (parent: typeof root, tag: 'H1' | 'H2' | 'H3' | 'P', text: string, bold = false) =>
    pdfBlock(pdf, fonts, STYLE, parent, tag, text, bold);
  block(root, 'H1', doc.title);
  for (const l of doc.header) block(root, 'P', `${l.label}: ${l.value}`);
  if (doc.notice) block(root, 'P', doc.notice, true);
  pdf.moveDown(0.5);
  const section = (heading: string, fill: (sect: typeof root) => void) => {
    const sect = pdf.struct('Sect');
    root.add(sect);
    block(sect, 'H2', heading);
    fill(sect);
    sect.end();
    pdf.moveDown(0.5);
  };
  section(doc.responseHeading, (s) => doc.paragraphs.forEach((p) => block(s, 'P', p)));
  const list = (s: typeof root, items: string[]) =>
    items.length ? pdfList(pdf, fonts, STYLE, s, items) : block(s, 'P', doc.none);
  section(doc.signatoriesHeading, (s) => list(s, doc.signatories));
  if (doc.abstentions.length) section(doc.abstentionsHeading, (s) => list(s, doc.abstentions));
  if (doc.dissents.length) {
    section(doc.dissentsHeading, (s) => {
      for (const d of doc.dissents) {
        block(s, 'H3', d.heading);
        block(s, 'P', d.text);
      }
    });
  }
  root.end();
  pdfFooters(pdf, fonts, doc.footer);
  pdf.end();
  return done;
}
