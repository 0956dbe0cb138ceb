/**
 * The newsletter as a plain-text e-mail (and the preview): title, period, intro, the sections
 * with their items (title, text, link), then the archive link and the personal unsubscribe link.
 */
import type { NewsletterContent } from '../../shared/newsletters.contract';

/** The words around the content, in the newsletter's language. */
export interface RenderTexts {
  period: string;
  archive: string;
  unsubscribe: string;
}

export interface RenderInput {
  title: string;
  periodFrom: string;
  periodTo: string;
  content: NewsletterContent;
}

/** Links for one recipient. */
export interface RenderLinks {
  archiveUrl: string;
  unsubscribeUrl: string;
}

/** `2026-03-01` → `1.3.2026`. */
export function danishDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${Number(d)}.${Number(m)}.${y}`;
}

/** The subject line. */
export function subjectOf(input: Pick<RenderInput, 'title'>): string {
  return input.title;
}

/** The plain-text body. */
export function renderText(input: RenderInput, links: RenderLinks, texts: RenderTexts): string {
  const lines: string[] = [
    input.title,
    `${texts.period}: ${danishDate(input.periodFrom)}–${danishDate(input.periodTo)}`,
    '',
  ];
  if (input.content.intro.trim()) lines.push(input.content.intro.trim(), '');
  for (const section of input.content.sections) {
    if (!section.items.length) continue;
    lines.push(section.heading, '='.repeat(Math.min(section.heading.length, 60)), '');
    for (const item of section.items) {
      lines.push(`* ${item.title}${item.on ? ` (${danishDate(item.on)})` : ''}`);
      if (item.text.trim()) lines.push(item.text.trim());
      if (item.link) lines.push(item.link);
      lines.push('');
    }
  }
  lines.push(
    '--',
    `${texts.archive}: ${links.archiveUrl}`,
    `${texts.unsubscribe}: ${links.unsubscribeUrl}`,
  );
  return lines.join('\n');
}
