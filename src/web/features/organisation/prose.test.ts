import { describe, expect, it } from 'vitest';
import { paragraphs } from './prose';

describe('prose', () => {
  it('joins wrapped lines, keeps paragraphs and list items apart', () => {
    const text = `Klyngerne har et tydeligt ophæng i
udvalget, der koordinerer.

Fokusområder:
1. En klar opgavedeling: hvem gør
   hvad?
2. Forebyggelse
`;
    expect(paragraphs(text)).toEqual([
      ['Klyngerne har et tydeligt ophæng i udvalget, der koordinerer.'],
      ['Fokusområder:', '1. En klar opgavedeling: hvem gør hvad?', '2. Forebyggelse'],
    ]);
  });
});
