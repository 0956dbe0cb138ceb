import { describe, expect, it } from 'vitest';
import { checkPosition, summarisePositions } from './positions';

describe('checkPosition', () => {
  it.each([
    ['cosign', null, { ok: true, dissentText: null }],
    ['abstain', '  ', { ok: true, dissentText: null }],
    ['dissent', ' Vi er uenige. ', { ok: true, dissentText: 'Vi er uenige.' }],
    ['dissent', '', { ok: false, error: 'dissentTextMissing' }],
    ['cosign', 'tekst', { ok: false, error: 'dissentTextNotAllowed' }],
    ['dissent', 'x'.repeat(10_001), { ok: false, error: 'dissentTextTooLong' }],
  ] as const)('%s with %j', (position, text, expected) => {
    expect(checkPosition(position, text)).toEqual(expected);
  });
});

describe('summarisePositions', () => {
  it('lists signatories, abstentions, dissents and the silent in the given order', () => {
    const summary = summarisePositions([
      { partyId: '1', partyName: 'Aarhus', position: 'cosign', dissentText: null },
      { partyId: '2', partyName: 'Odder', position: 'dissent', dissentText: 'Uenig i afsnit 2' },
      { partyId: '3', partyName: 'Skanderborg', position: 'cosign', dissentText: null },
      { partyId: '4', partyName: 'Samsø', position: null, dissentText: null },
      { partyId: '5', partyName: 'Favrskov', position: 'abstain', dissentText: null },
    ]);
    expect(summary).toEqual({
      signatories: ['Aarhus', 'Skanderborg'],
      abstentions: ['Favrskov'],
      dissents: [{ partyName: 'Odder', text: 'Uenig i afsnit 2' }],
      pending: ['Samsø'],
    });
  });
});
