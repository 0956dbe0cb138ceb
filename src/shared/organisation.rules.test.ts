import { describe, expect, it } from 'vitest';
import { BORN_RULE_KINDS, BREACH_KINDS, RULE_KINDS } from './organisation.enums';
import { BornRuleSchema, CadenceSchema, CompositionRuleSpecSchema } from './organisation.rules';

describe('organisation rule contracts', () => {
  it.each([
    [{ kind: 'officeHolders', office: 'mayor', parties: { of: 'forumCluster' } }, true],
    [
      {
        kind: 'officeHolders',
        office: 'mayor',
        parties: { of: 'collaboration', partyKind: 'municipality' },
      },
      true,
    ],
    [{ kind: 'officeHolders', office: 'mayor', parties: { of: 'cluster' } }, false],
    [
      {
        kind: 'roleHolders',
        role: 'coChair',
        forums: { of: 'clusterForums', forumKind: 'political' },
        partyKind: 'municipality',
      },
      true,
    ],
    [{ kind: 'roleHolders', role: 'coChair', forums: { of: 'forums', forumIds: [] } }, false],
    [
      {
        kind: 'officeHoldersOfRepresented',
        forumId: 'forum:ssu',
        role: 'viceChair',
        office: 'municipalDirector',
      },
      true,
    ],
    [{ kind: 'officeHoldersOfRepresented', forumId: 'forum:ssu', office: 'bishop' }, false],
    [{ kind: 'appointedByKkr' }, false],
  ])('born rule %j valid: %s', (input, valid) => {
    expect(BornRuleSchema.safeParse(input).success).toBe(valid);
  });

  it.each([
    [{ kind: 'everyClusterRepresented' }, true],
    [{ kind: 'includesAllClusterCoChairs', side: 'municipality' }, true],
    [{ kind: 'seatsOfPartyKind', partyKind: 'municipality', min: 5, max: 5 }, true],
    [{ kind: 'seatsOfPartyKind', partyKind: 'municipality', min: 6, max: 5 }, false],
    [{ kind: 'seatsOfPartyKind', partyKind: 'municipality', min: -1 }, false],
    [{ kind: 'maxSeatsPerMunicipality', max: 0 }, false],
    [{ kind: 'roleHeldByPartyKind', role: 'viceChair', partyKind: 'municipality' }, true],
    [{ kind: 'cadenceMet' }, true],
    [{ kind: 'noVacantSeats' }, true],
  ])('composition rule %j valid: %s', (input, valid) => {
    expect(CompositionRuleSpecSchema.safeParse(input).success).toBe(valid);
  });

  it('covers exactly the rule kinds of the enums', () => {
    const kinds = CompositionRuleSpecSchema.options.map((o) => o.shape.kind.value);
    expect(kinds).toEqual([...RULE_KINDS]);
    expect(BornRuleSchema.options.map((o) => o.shape.kind.value)).toEqual([...BORN_RULE_KINDS]);
    expect(BREACH_KINDS).toEqual(expect.arrayContaining([...RULE_KINDS, 'ruleCycle']));
  });

  it.each([
    [{ min: 4, max: 5 }, true],
    [{ min: 4, max: null }, true],
    [{ min: 5, max: 4 }, false],
  ])('cadence %j valid: %s', (input, valid) => {
    expect(CadenceSchema.safeParse(input).success).toBe(valid);
  });
});
