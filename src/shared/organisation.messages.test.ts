import { describe, expect, it } from 'vitest';
import { BREACH_CODES } from './organisation.enums';
import { bornRuleText, breachMessage, orgText } from './organisation.messages';

const PARAMS = {
  forumName: 'SSU',
  clusterName: 'Fyn',
  personName: 'Anna Prøvesen',
  partyName: 'Odense',
  partyKind: 'municipality',
  municipalityName: 'Vejle',
  role: 'viceChair',
  count: 4,
  min: 5,
  max: 5,
  year: 2026,
  seatLabel: 'Næstformand',
  ruleKind: 'officeHolders',
  reason: 'noParties',
  forumNames: ['SSU', 'TSS', 'SSU'],
};

describe('organisation messages', () => {
  it.each(BREACH_CODES)('renders %s in Danish and English', (code) => {
    const text = breachMessage({ code, params: PARAMS });
    for (const lang of ['da', 'en'] as const) {
      expect(text[lang]).not.toMatch(/\{\{|breach\./);
      expect(text[lang]).toContain('SSU');
    }
  });

  it('words enum params and groups of parties', () => {
    const text = breachMessage({ code: 'breach.roleHeldByPartyKind.vacant', params: PARAMS });
    expect(text.da).toBe(
      'Posten som næstformand i SSU er ikke besat. Den skal varetages af kommunerne.',
    );
    expect(text.en).toBe(
      'The vice-chair function in SSU is vacant. It must be held by the municipalities.',
    );
  });

  it('names the party of a vacancy when known, and a dash for a missing value', () => {
    const known = breachMessage({
      code: 'breach.noVacantSeats',
      params: { ...PARAMS, clusterName: null },
    });
    expect(known.da).toBe('Pladsen »Næstformand« (Odense) i SSU er ledig.');
    const unknown = breachMessage({
      code: 'breach.noVacantSeats',
      params: { forumName: 'SSU', seatLabel: null, partyName: null, clusterName: null },
    });
    expect(unknown.en).toBe('The seat "–" in SSU is vacant.');
  });

  it('uses plural forms by count', () => {
    expect(orgText('problems.compositionBreach', { count: 1 }).da).toMatch(/1 nyt brud/);
    expect(orgText('problems.compositionBreach', { count: 2 }).en).toMatch(/2 breaches/);
  });

  it('explains born rules', () => {
    const names = {
      forumName: () => 'Forretningsudvalget',
      clusterName: () => 'Fyn',
      ownClusterName: 'Fyn',
    };
    expect(
      bornRuleText(
        {
          kind: 'officeHolders',
          office: 'mayor',
          parties: { of: 'collaboration', partyKind: 'municipality' },
        },
        names,
      ),
    ).toEqual({
      da: 'Født plads: Borgmester i hver af kommunerne',
      en: 'Born seat: Mayor of each of the municipalities',
    });
    expect(
      bornRuleText(
        {
          kind: 'officeHoldersOfRepresented',
          forumId: 'x',
          role: 'viceChair',
          office: 'municipalDirector',
        },
        names,
      ).da,
    ).toBe(
      'Født plads: Kommunaldirektør fra den part, hvis medlem er næstformand i Forretningsudvalget',
    );
  });
});
