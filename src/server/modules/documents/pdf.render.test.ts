/** The PDF renderer on a long document: pages break, tagging and footers survive. */
import { describe, expect, it } from 'vitest';
import { pdfFacts } from '../../test/extract-text';
import type { MeetingDocument } from './documents.model';
import { documentFonts } from './fonts';
import { renderPdf } from './pdf.render';

const long: MeetingDocument = {
  kind: 'agenda',
  title: 'Dagsorden',
  subtitle: 'Sundhedsstyregruppen: Møde om økonomi',
  subject: 'Dagsorden for Sundhedsstyregruppen, 5. januar 2027',
  header: [{ label: 'Forum', value: 'Sundhedsstyregruppen' }],
  notices: [],
  participantsHeading: 'Deltagere',
  participants: Array.from({ length: 30 }, (_, i) => `Deltager ${i + 1} (medlem)`),
  itemsHeading: 'Punkter',
  items: Array.from({ length: 25 }, (_, i) => ({
    heading: `Punkt ${i + 1}. Forløbsprogram for KOL, del ${i + 1}`,
    placeholder: null,
    closedNote: null,
    lines: [{ label: 'Type', value: 'Drøftelse' }],
    sections: [
      {
        label: 'Sagsfremstilling',
        value: `Afsnit ${i + 1}: ${'Kommunerne og regionen samarbejder om æbler, øer og åer. '.repeat(8)}`,
      },
    ],
  })),
  footer: 'Dannet af Samspil 1. januar 2027 – side {{page}} af {{pages}}',
  fileBaseName: 'Dagsorden Sundhedsstyregruppen 2027-01-05',
};

describe('renderPdf', () => {
  it('breaks pages, keeps every item in order and footers every page', async () => {
    const pdf = await pdfFacts(await renderPdf(long));
    expect(pdf.pages).toBeGreaterThan(2);
    const positions = long.items.map((item) => pdf.text.indexOf(item.heading));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(pdf.text).toContain(`side ${pdf.pages} af ${pdf.pages}`);
    expect(pdf.text).toContain('æbler, øer og åer');
    expect(pdf.marked).toBe(true);
    expect(pdf.roles.filter((r) => r === 'H3')).toHaveLength(25);
    expect(pdf.roles.filter((r) => r === 'LI')).toHaveLength(30);
  });

  it('finds an embedded font with the Danish letters', () => {
    expect(documentFonts()?.regular).toMatch(/DejaVuSans\.ttf$/);
  });
});
