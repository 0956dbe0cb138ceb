/**
 * A meeting document as DOCX (the `docx` package). Accessible structure for Word and screen
 * readers: real heading styles (Heading 1–3) in order, lists as list paragraphs, the document
 * language da-DK on every run and the title in the core properties.
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
import type { LabelledLine, MeetingDocument } from './documents.model';

const LANGUAGE = 'da-DK';

/** Text blocks keep their line breaks. */
function textRuns(text: string, bold = false): TextRun[] {
  return text
    .split(/\r?\n/)
    .map((line, i) => new TextRun({ text: line, bold, ...(i > 0 ? { break: 1 } : {}) }));
}

function labelled(line: LabelledLine): Paragraph {
  return new Paragraph({
    children: [new TextRun({ text: `${line.label}: `, bold: true }), ...textRuns(line.value)],
  });
}

function section(line: LabelledLine): Paragraph[] {
  return [
    new Paragraph({
      children: [new TextRun({ text: line.label, bold: true })],
      spacing: { before: 120 },
    }),
    new Paragraph({ children: textRuns(line.value) }),
  ];
}

function itemParagraphs(item: MeetingDocument['items'][number]): Paragraph[] {
  const out: Paragraph[] = [new Paragraph({ text: item.heading, heading: HeadingLevel.HEADING_3 })];
  if (item.placeholder) {
    out.push(new Paragraph({ children: [new TextRun({ text: item.placeholder, italics: true })] }));
    return out;
  }
  if (item.closedNote) {
    out.push(new Paragraph({ children: [new TextRun({ text: item.closedNote, bold: true })] }));
  }
  out.push(...item.lines.map(labelled));
  for (const s of item.sections) out.push(...section(s));
  return out;
}

function footer(doc: MeetingDocument): Footer {
  const [before, rest = ''] = doc.footer.split('{{page}}');
  const [between, after = ''] = rest.split('{{pages}}');
  const children: ParagraphChild[] = [
    new TextRun({ text: before ?? '' }),
    new TextRun({ children: [PageNumber.CURRENT] }),
    new TextRun({ text: between ?? '' }),
    new TextRun({ children: [PageNumber.TOTAL_PAGES] }),
    new TextRun({ text: after }),
  ];
  return new Footer({
    children: [new Paragraph({ alignment: AlignmentType.CENTER, children })],
  });
}

/** The DOCX file of a meeting document. */
export async function renderDocx(doc: MeetingDocument): Promise<Buffer> {
  const body: Paragraph[] = [
    new Paragraph({ text: doc.title, heading: HeadingLevel.HEADING_1 }),
    new Paragraph({ text: doc.subtitle, heading: HeadingLevel.HEADING_2 }),
    ...doc.header.map(labelled),
    ...doc.notices.map((n) => new Paragraph({ children: [new TextRun({ text: n, bold: true })] })),
    new Paragraph({ text: doc.participantsHeading, heading: HeadingLevel.HEADING_2 }),
    ...doc.participants.map((p) => new Paragraph({ text: p, bullet: { level: 0 } })),
    new Paragraph({ text: doc.itemsHeading, heading: HeadingLevel.HEADING_2 }),
    ...doc.items.flatMap(itemParagraphs),
    ...(doc.followUp
      ? [
          new Paragraph({ text: doc.followUp.heading, heading: HeadingLevel.HEADING_2 }),
          ...doc.followUp.lines.map((l) => new Paragraph({ text: l, bullet: { level: 0 } })),
        ]
      : []),
  ];
  const document = new Document({
    title: `${doc.title}: ${doc.subtitle}`,
    subject: doc.subject,
    creator: 'Samspil',
    description: doc.subject,
    keywords: doc.title,
    styles: {
      default: {
        document: { run: { font: 'Calibri', size: 22, language: { value: LANGUAGE } } },
      },
    },
    sections: [{ children: body, footers: { default: footer(doc) } }],
  });
  return Packer.toBuffer(document);
}
