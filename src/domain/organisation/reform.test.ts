import { describe, expect, it } from 'vitest';
import {
  continuingSeat,
  countMismatches,
  defaultSuccessors,
  forumMunicipalities,
  planMappings,
  reformCounts,
  successorParty,
  type ReformForum,
  type ReformSeat,
} from './reform';

const forum = (
  key: string,
  level: ReformForum['level'],
  municipalities: string[],
  kind: ReformForum['kind'] = 'political',
): ReformForum => ({
  id: `id-${key}`,
  key,
  name: key,
  level,
  kind,
  collaborationId: 'c',
  municipalities,
});

const ALL = ['410', '420', '461', '510', '540', '607', '621'];
const councils = [
  forum('raad-fyn', 'healthCouncil', ['420', '461']),
  forum('raad-lillebaelt', 'healthCouncil', ['410', '607', '621']),
  forum('raad-sonderjylland', 'healthCouncil', ['510', '540']),
  forum('kkr', 'regional', ALL),
];

describe('forumMunicipalities', () => {
  it('uses the area members, or all municipalities for a forum without an area', () => {
    const areas = new Map([['a', ['461', '420', '461']]]);
    expect(forumMunicipalities('a', areas, ALL)).toEqual(['420', '461']);
    expect(forumMunicipalities(null, areas, ['2', '1'])).toEqual(['1', '2']);
  });
});

describe('defaultSuccessors', () => {
  it('maps a cluster to the health council with the largest overlap', () => {
    const fyn = forum('politisk-fyn', 'cluster', ['420', '461', '410']);
    const result = defaultSuccessors(fyn, councils);
    expect([result.basis, result.to.map((t) => [t.key, t.overlap])]).toEqual([
      'overlap',
      [['raad-fyn', 2]],
    ]);
  });

  it('keeps every council of a tie', () => {
    const split = forum('split', 'cluster', ['461', '410']);
    expect(defaultSuccessors(split, councils).to.map((t) => t.key)).toEqual([
      'raad-fyn',
      'raad-lillebaelt',
    ]);
  });

  it('maps the SSU to all overlapping health councils, largest first', () => {
    const ssu = forum('ssu', 'regional', ALL);
    expect(defaultSuccessors(ssu, councils).to.map((t) => t.key)).toEqual([
      'raad-lillebaelt',
      'raad-fyn',
      'raad-sonderjylland',
    ]);
  });

  it('prefers the forum with the same key', () => {
    const kkr = forum('kkr', 'regional', ALL);
    expect(defaultSuccessors(kkr, councils)).toMatchObject({
      basis: 'sameKey',
      to: [{ key: 'kkr' }],
    });
  });

  it('answers none without overlap', () => {
    expect(defaultSuccessors(forum('x', 'cluster', ['999']), councils)).toEqual({
      to: [],
      basis: 'none',
    });
  });
});

describe('planMappings', () => {
  const ended = [forum('politisk-fyn', 'cluster', ['420', '461'])];
  it('applies an override by successor key', () => {
    const result = planMappings({
      ended,
      candidates: councils,
      overrides: [{ fromForumId: 'id-politisk-fyn', toForumKeys: ['kkr', 'raad-fyn'] }],
    });
    expect(result.ok && result.mappings[0]).toMatchObject({
      basis: 'manual',
      to: [{ key: 'kkr' }, { key: 'raad-fyn' }],
    });
  });

  it('reports unknown successor keys and fora', () => {
    const result = planMappings({
      ended,
      candidates: councils,
      overrides: [
        { fromForumId: 'id-politisk-fyn', toForumKeys: ['nope'] },
        { fromForumId: 'other', toForumKeys: [] },
      ],
    });
    expect(result.ok ? [] : result.problems.map((p) => p.kind)).toEqual([
      'unknownSuccessor',
      'unknownForum',
    ]);
  });
});

describe('continuingSeat', () => {
  const seat = (id: string, key: string, role: ReformSeat['role'], born = false): ReformSeat => ({
    id,
    key,
    forumId: 'f2',
    role,
    partyKind: 'municipality',
    born,
  });
  const seats = new Map([
    ['f2', [seat('s1', 'chair', 'chair', true), seat('s2', 'members', 'member')]],
  ]);
  it('continues by key, else by role and party kind, never in a born seat', () => {
    expect(
      continuingSeat({ ...seat('o', 'members', 'chair'), forumId: 'f1' }, ['f2'], seats)?.id,
    ).toBe('s2');
    expect(continuingSeat({ ...seat('o', 'x', 'member'), forumId: 'f1' }, ['f2'], seats)?.id).toBe(
      's2',
    );
    expect(
      continuingSeat({ ...seat('o', 'chair', 'chair'), forumId: 'f1' }, ['f2'], seats),
    ).toBeNull();
  });
});

describe('successorParty', () => {
  const region = { id: 'r-new', kind: 'region' as const, code: null, predecessorPartyIds: [] };
  const municipality = {
    id: 'm-new',
    kind: 'municipality' as const,
    code: '101',
    predecessorPartyIds: [],
  };
  it('matches listed predecessors, then municipality codes, then the one region', () => {
    const listed = { ...region, predecessorPartyIds: ['r-old'] };
    expect(
      successorParty({ id: 'r-old', kind: 'region', code: null, predecessorPartyIds: [] }, [listed])
        ?.id,
    ).toBe('r-new');
    expect(
      successorParty({ id: 'm-old', kind: 'municipality', code: '101', predecessorPartyIds: [] }, [
        region,
        municipality,
      ])?.id,
    ).toBe('m-new');
    expect(
      successorParty({ id: 'r-old', kind: 'region', code: null, predecessorPartyIds: [] }, [
        region,
        municipality,
      ])?.id,
    ).toBe('r-new');
    expect(
      successorParty({ id: 'h', kind: 'hospital', code: null, predecessorPartyIds: [] }, [region]),
    ).toBeNull();
  });
});

describe('reformCounts', () => {
  it('counts work found after or explicitly ended, never unrelated work', () => {
    const counts = reformCounts(
      ['openCases', 'futureMeetings'],
      { openCases: ['a', 'b'], futureMeetings: ['m'] },
      { openCases: ['a', 'z'], futureMeetings: [] },
      [{ kind: 'openCases', id: 'b' }],
    );
    expect(counts).toEqual([
      { kind: 'openCases', before: 2, after: 2 },
      { kind: 'futureMeetings', before: 1, after: 0 },
    ]);
    expect(countMismatches(counts)).toEqual(['futureMeetings']);
  });
});
