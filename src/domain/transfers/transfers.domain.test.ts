/** The task transfer rules: completeness, precedent, dates, transitions; committee; next meeting. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  emptyAssessment,
  formatKroner,
  parseKroner,
  TRANSFER_STATUSES,
  type Assessment,
} from '../../shared/transfers.contract';
import {
  checkPrecedent,
  decide,
  knowledgeOutcome,
  mayTransition,
  missingDimensions,
  nextMeeting,
  orientationCommittee,
  withdraw,
  type CommitteeForum,
  type TransferState,
} from './index';

const full = (): Assessment => ({
  resources: { text: 'To sygeplejersker', amountOre: null, rating: 3 },
  competences: { text: 'Oplæring', amountOre: null, rating: null },
  quality: { text: 'Fælles instruks', amountOre: null, rating: 4 },
  economy: { text: 'Driftsudgift', amountOre: 50_000_00, rating: null },
});

const state = (over: Partial<TransferState> = {}): TransferState => ({
  status: 'underAssessment',
  kind: 'agreed',
  openedOn: '2026-02-01',
  assessment: full(),
  precedent: false,
  precedentReason: null,
  decidingForumId: null,
  decidedOn: null,
  ...over,
});
const input = { kind: 'agreed' as const, decidingForumId: 'f1', decidedOn: '2026-03-10' };

describe('the assessment', () => {
  it.each([
    ['all empty', emptyAssessment(), ['resources', 'competences', 'quality', 'economy']],
    ['complete', full(), []],
    ['blank text', { ...full(), quality: { text: '  ', amountOre: 5, rating: 2 } }, ['quality']],
  ] as const)('%s → missing %j', (_, assessment, missing) => {
    expect(missingDimensions(assessment)).toEqual(missing);
  });
});

describe('the precedent', () => {
  it.each([
    [false, null, { ok: true, value: null }],
    [false, 'glemt', { ok: true, value: null }],
    [true, 'Første i regionen', { ok: true, value: 'Første i regionen' }],
    [true, ' ', { ok: false }],
    [true, null, { ok: false }],
  ] as const)('precedent %s with reason %j', (flag, reason, expected) => {
    expect(checkPrecedent(flag, reason)).toMatchObject(expected);
  });
});

describe('deciding', () => {
  it.each([
    ['a complete transfer', state(), { ok: true, value: { repeat: false } }],
    [
      'an incomplete assessment',
      state({ assessment: { ...full(), economy: { text: '', amountOre: null, rating: null } } }),
      { ok: false, error: { code: 'assessmentIncomplete', params: { dimensions: 'economy' } } },
    ],
    [
      'a precedent without reason',
      state({ precedent: true }),
      { ok: false, error: { code: 'precedentReasonMissing' } },
    ],
    [
      'a date before it was opened',
      state({ openedOn: '2026-04-01' }),
      { ok: false, error: { code: 'decisionBeforeOpened' } },
    ],
    [
      'a withdrawn transfer',
      state({ status: 'withdrawn' }),
      { ok: false, error: { code: 'statusTransition' } },
    ],
    [
      'the same decision again',
      state({ status: 'decided', decidingForumId: 'f1', decidedOn: '2026-03-10' }),
      { ok: true, value: { repeat: true } },
    ],
    [
      'another decision',
      state({ status: 'decided', decidingForumId: 'f1', decidedOn: '2026-03-09' }),
      { ok: false, error: { code: 'alreadyDecided' } },
    ],
  ] as const)('%s', (_, s, expected) => {
    expect(decide(s, input)).toMatchObject(expected);
  });

  it('never decides an incomplete assessment (property)', () => {
    fc.assert(
      fc.property(
        fc.subarray(['resources', 'competences', 'quality', 'economy'] as const, { minLength: 1 }),
        (blank) => {
          const a = full();
          for (const d of blank) a[d] = { ...a[d], text: '' };
          const r = decide(state({ assessment: a }), input);
          return !r.ok && r.error.code === 'assessmentIncomplete';
        },
      ),
    );
  });
});

describe('transitions', () => {
  it('allows only underAssessment → decided | withdrawn', () => {
    const allowed = TRANSFER_STATUSES.flatMap((f) =>
      TRANSFER_STATUSES.filter((t) => mayTransition(f, t)).map((t) => `${f}→${t}`),
    );
    expect(allowed).toEqual(['underAssessment→decided', 'underAssessment→withdrawn']);
    expect(withdraw('decided').ok).toBe(false);
    expect(withdraw('underAssessment')).toEqual({ ok: true, value: 'withdrawn' });
  });

  it.each([
    ['underAssessment', 'agreed', 'underAssessment'],
    ['decided', 'planned', 'planned'],
    ['decided', 'agreed', 'agreed'],
    ['withdrawn', 'agreed', null],
  ] as const)('knowledge outcome of %s/%s is %s', (status, kind, outcome) => {
    expect(knowledgeOutcome(status, kind)).toBe(outcome);
  });
});

const forum = (over: Partial<CommitteeForum> & { id: string }): CommitteeForum => ({
  name: over.id,
  level: 'cluster',
  kind: 'political',
  clusterId: null,
  reportsToId: null,
  validFrom: '2022-07-01',
  validTo: '2026-12-31',
  ...over,
});

describe('the orientation committee', () => {
  const fora = [
    forum({ id: 'ssu', level: 'regional' }),
    forum({ id: 'tss', level: 'regional', kind: 'administrative', reportsToId: 'ssu' }),
    forum({ id: 'fyn', clusterId: 'c-fyn', reportsToId: 'ssu' }),
    forum({ id: 'fyn-adm', kind: 'administrative', clusterId: 'c-fyn', reportsToId: 'fyn' }),
    forum({
      id: 'raad-fyn',
      level: 'healthCouncil',
      clusterId: 'a-fyn',
      validFrom: '2027-01-01',
      validTo: null,
    }),
    forum({
      id: 'raad-lb',
      level: 'healthCouncil',
      clusterId: 'a-lb',
      validFrom: '2027-01-01',
      validTo: null,
    }),
  ];
  const areaMembers = new Map([
    ['c-fyn', ['461', '479']],
    ['a-fyn', ['461', '479', '410']],
    ['a-lb', ['621', '410']],
  ]);
  const base = { fora, clusterId: 'c-fyn', areaMembers };

  it.each([
    ['the SSU above a cluster forum (2026)', '2026-03-10', ['fyn'], 'ssu'],
    ['the SSU two levels up', '2026-03-10', ['fyn-adm'], 'ssu'],
    ['the health council of the area (2027)', '2027-01-20', ['raad-fyn', 'fyn'], 'raad-fyn'],
  ])('%s', (_, on, startForumIds, expected) => {
    expect(orientationCommittee({ ...base, on, startForumIds })?.id).toBe(expected);
  });

  it('finds nothing when no committee is valid', () => {
    expect(orientationCommittee({ ...base, on: '2021-01-01', startForumIds: ['fyn'] })).toBeNull();
  });
});

describe('the next meeting', () => {
  const m = (id: string, date: string, over: object = {}) => ({
    id,
    date,
    startsAt: `${date}T09:00:00.000Z`,
    cancelled: false,
    agendaEditable: true,
    ...over,
  });
  it('is the first on/after the day, not cancelled, agenda not published', () => {
    const meetings = [
      m('before', '2026-03-05'),
      m('cancelled', '2026-03-20', { cancelled: true }),
      m('published', '2026-03-25', { agendaEditable: false }),
      m('later', '2026-06-10'),
      m('next', '2026-04-14'),
    ];
    expect(nextMeeting(meetings, '2026-03-10')?.id).toBe('next');
    expect(nextMeeting(meetings, '2026-04-14')?.id).toBe('next');
    expect(nextMeeting(meetings, '2026-07-01')).toBeNull();
  });
});

describe('money in øre', () => {
  it.each([
    [0, '0,00 kr.'],
    [5, '0,05 kr.'],
    [125_000_050, '1.250.000,50 kr.'],
    [-123_45, '-123,45 kr.'],
  ])('%i øre is %s', (ore, text) => {
    expect(formatKroner(ore)).toBe(text);
    expect(parseKroner(text)).toBe(ore);
  });

  it.each(['', 'abc', '1,234', '12.34', '1.2345'])('%j is not an amount', (text) => {
    expect(parseKroner(text)).toBeNull();
  });

  it('round-trips every amount exactly (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1e12, max: 1e12 }),
        (ore) => parseKroner(formatKroner(ore)) === ore,
      ),
    );
  });
});
