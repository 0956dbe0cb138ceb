/**
 * Reading generated documents back in tests: the text of a DOCX (word/document.xml, one line
 * per paragraph) and of a PDF (pdf.js, one line per text line), plus a PDF's tagging facts.
 */
import { strFromU8, unzipSync } from 'fflate';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

const ENTITIES: Record<string, string> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&apos;': "'",
};

/** The text of a DOCX's main part, one line per paragraph. */
export function docxText(file: Buffer): string {
  const entries = unzipSync(new Uint8Array(file));
  const xml = entries['word/document.xml'];
  if (!xml) throw new Error('word/document.xml is missing');
  return strFromU8(xml)
    .split('</w:p>')
    .map((p) => [...p.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1] ?? '').join(''))
    .filter((line) => line.length > 0)
    .join('\n')
    .replace(/&(amp|lt|gt|quot|apos);/g, (e) => ENTITIES[e] ?? e);
}

/** A DOCX part as text (e.g. docProps/core.xml). */
export function docxPart(file: Buffer, name: string): string {
  const part = unzipSync(new Uint8Array(file))[name];
  if (!part) throw new Error(`${name} is missing`);
  return strFromU8(part);
}

/** What a PDF says about itself. */
export interface PdfFacts {
  text: string;
  pages: number;
  title: string | null;
  marked: boolean;
  /** The structure tree's roles in document order, e.g. Document, H1, H2, P, … */
  roles: string[];
}

interface StructNode {
  role?: string;
  children?: StructNode[];
}

function rolesOf(node: StructNode | null, out: string[] = []): string[] {
  if (!node) return out;
  if (node.role) out.push(node.role);
  for (const child of node.children ?? []) rolesOf(child, out);
  return out;
}

/** The text (one line per line of text), page count, title and tagging of a PDF. */
export async function pdfFacts(file: Buffer): Promise<PdfFacts> {
  const pdf = await getDocument({ data: new Uint8Array(file), useSystemFonts: false }).promise;
  const lines: string[] = [];
  const roles: string[] = [];
  for (let n = 1; n <= pdf.numPages; n += 1) {
    const page = await pdf.getPage(n);
    const content = await page.getTextContent();
    let line = '';
    for (const item of content.items) {
      if (!('str' in item)) continue;
      line += item.str;
      if (item.hasEOL) {
        lines.push(line);
        line = '';
      }
    }
    if (line) lines.push(line);
    rolesOf((await page.getStructTree()) as StructNode | null, roles);
  }
  const meta = await pdf.getMetadata();
  const info = meta.info as { Title?: string };
  const markInfo = (await pdf.getMarkInfo()) as { Marked?: boolean } | null;
  await pdf.destroy();
  return {
    text: lines.join('\n'),
    pages: pdf.numPages,
    title: info.Title ?? null,
    marked: markInfo?.Marked === true,
    roles,
  };
}
