import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkDecision,
  checkPilot,
  checkSpread,
  decisionText,
  degreeForSpread,
  formatKroner,
  municipalitiesInScope,
  parseKroner,
  pilotOutcome,
  type SpreadStatus,
} from './index';
import { MAX_ORE } from '../../shared/money';

const PARTIES = new Set(['a', 'b', 'c']);
const pilot = {
  title: ' KOL-opsporing ',
  periodFrom: '2026-01-01',
  periodTo: '2026-12-31',
  participantPartyIds: ['a', 'b'],
  costsOre: 1_250_000,
};

describe('checkPilot', () => {
  it.each([
    ['a title', { title: '  ' }, 'titleMissing'],
    ['the period in order', { periodTo: '2025-12-31' }, 'periodOrder'],
    ['a participant', { participantPartyIds: [] }, 'participantsMissing'],
    ['each participant once', { participantPartyIds: ['a', 'a'] }, 'participantTwice'],
    [
      'parties of the collaboration',
      { participantPartyIds: ['x'] },
      'participantNotInCollaboration',
    ],
    ['whole øre', { costsOre: 12.5 }, 'costsInvalid'],
    ['no negative costs', { costsOre: -1 }, 'costsInvalid'],
  ] as const)('requires %s', (_name, patch, code) => {
    const result = checkPilot({ ...pilot, ...patch }, PARTIES);
    expect(result.ok ? null : result.error.code).toBe(code);
  });

  it('accepts a pilot (trimmed title, open end, unknown costs)', () => {
    const result = checkPilot({ ...pilot, periodTo: null, costsOre: null }, PARTIES);
    expect(result).toMatchObject({ ok: true, value: { title: 'KOL-opsporing' } });
  });

  it('is evaluated once results are written', () => {
    expect(pilotOutcome('')).toBe('underway');
    expect(pilotOutcome('  ')).toBe('underway');
    expect(pilotOutcome('Færre indlæggelser')).toBe('evaluated');
  });
});

describe('checkDecision (outcome rules and scope)', () => {
  const clusters = new Set(['k1', 'k2']);
  const on = '2026-06-01';
  const p = { periodFrom: '2026-01-01' };
  it.each([
    ['scaleUp without scope', { outcome: 'scaleUp', scope: null, on }, 'scopeMissing'],
    [
      'scaleUp to no cluster',
      { outcome: 'scaleUp', scope: { kind: 'clusters', clusterIds: [] }, on },
      'scopeEmpty',
    ],
    [
      'a cluster twice',
      { outcome: 'scaleUp', scope: { kind: 'clusters', clusterIds: ['k1', 'k1'] }, on },
      'scopeClusterTwice',
    ],
    [
      'an unknown cluster',
      { outcome: 'scaleUp', scope: { kind: 'clusters', clusterIds: ['k9'] }, on },
      'scopeClusterUnknown',
    ],
    ['stop with a scope', { outcome: 'stop', scope: { kind: 'all' }, on }, 'scopeNotForOutcome'],
    [
      'a day before the start',
      { outcome: 'stop', scope: null, on: '2025-12-31' },
      'decisionBeforeStart',
    ],
    ['scale up to all', { outcome: 'scaleUp', scope: { kind: 'all' }, on }, null],
    [
      'scale up to listed clusters',
      { outcome: 'scaleUp', scope: { kind: 'clusters', clusterIds: ['k2', 'k1'] }, on },
      null,
    ],
    ['adjust and retry', { outcome: 'adjustAndRetry', scope: null, on }, null],
    ['stop', { outcome: 'stop', scope: null, on }, null],
  ] as const)('%s', (_name, input, code) => {
    const result = checkDecision(input, p, clusters);
    expect(result.ok ? null : result.error.code).toBe(code);
  });
});

describe('municipalitiesInScope', () => {
  const members = new Map([
    ['k1', ['a', 'b', 'region']],
    ['k2', ['c']],
  ]);
  it('reaches every municipality for all clusters, and only members of the listed ones', () => {
    expect(municipalitiesInScope({ kind: 'all' }, ['c', 'a', 'b'], members)).toEqual([
      'a',
      'b',
      'c',
    ]);
    expect(
      municipalitiesInScope({ kind: 'clusters', clusterIds: ['k1'] }, ['a', 'b', 'c'], members),
    ).toEqual(['a', 'b']);
  });
  it('never reaches beyond the municipalities (property)', () => {
    fc.assert(
      fc.property(fc.subarray(['k1', 'k2']), fc.subarray(['a', 'b', 'c']), (ks, ms) => {
        const out = municipalitiesInScope({ kind: 'clusters', clusterIds: ks }, ms, members);
        expect(out.every((m) => ms.includes(m))).toBe(true);
      }),
    );
  });
});

describe('checkSpread (transitions)', () => {
  const context = (previous: { status: SpreadStatus; on: string } | null) => ({
    decidedOn: '2026-06-01',
    inScope: new Set(['a']),
    previous,
  });
  const entry = { partyId: 'a', status: 'started' as SpreadStatus, on: '2026-07-01', note: '' };
  it.each([
    ['the first entry, any status', entry, null, null],
    ['forward', { ...entry, status: 'implemented' }, { status: 'started', on: '2026-06-15' }, null],
    ['outside the scope', { ...entry, partyId: 'z' }, null, 'partyNotInScope'],
    ['before the decision', { ...entry, on: '2026-05-31' }, null, 'spreadBeforeDecision'],
    [
      'before the last entry',
      entry,
      { status: 'notStarted', on: '2026-07-02' },
      'spreadBeforePrevious',
    ],
    ['the same status', entry, { status: 'started', on: '2026-06-15' }, 'spreadSameStatus'],
    [
      'back without a note',
      entry,
      { status: 'implemented', on: '2026-06-15' },
      'spreadBackWithoutNote',
    ],
    [
      'back with a note',
      { ...entry, note: 'Personalemangel' },
      { status: 'implemented', on: '2026-06-15' },
      null,
    ],
  ] as const)('%s', (_name, input, previous, code) => {
    const result = checkSpread(input, context(previous));
    expect(result.ok ? null : result.error.code).toBe(code);
  });
});

describe('degreeForSpread (spread → plan degree)', () => {
  const defaultScale = [
    { key: 'notRelevant', score: null },
    { key: 'notStarted', score: 0 },
    { key: 'planned', score: 20 },
    { key: 'inProgress', score: 50 },
    { key: 'partly', score: 75 },
    { key: 'full', score: 100 },
  ];
  const own = [
    { key: 'nej', score: 0 },
    { key: 'lidt', score: 30 },
    { key: 'meget', score: 60 },
    { key: 'ja', score: 100 },
  ];
  it.each([
    [defaultScale, 'notStarted', 'notStarted'],
    [defaultScale, 'started', 'inProgress'],
    [defaultScale, 'implemented', 'full'],
    [own, 'notStarted', 'nej'],
    [own, 'started', 'meget'],
    [own, 'implemented', 'ja'],
    [[{ key: 'x', score: null }], 'started', null],
  ] as const)('maps on %j: %s → %s', (scale, status, key) => {
    expect(degreeForSpread(scale, status)).toBe(key);
  });
});

describe('money', () => {
  it.each([
    ['12.345,50', 1_234_550],
    ['12345,5', 1_234_550],
    ['1 200 kr.', 120_000],
    ['0', 0],
    ['-5', null],
    ['1,234', null],
    ['tolv', null],
  ])('parses %s', (text, ore) => {
    expect(parseKroner(text)).toBe(ore);
  });
  it('formats øre as kroner', () => {
    expect(formatKroner(1_234_550)).toBe('12.345,50 kr.');
    expect(formatKroner(5)).toBe('0,05 kr.');
  });
  it('round-trips every amount exactly (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: MAX_ORE }), (ore) => {
        expect(parseKroner(formatKroner(ore))).toBe(ore);
      }),
    );
  });
});

describe('decisionText', () => {
  it('writes the Danish decision', () => {
    expect(decisionText('KOL', 'scaleUp', { kind: 'all' }, [])).toBe(
      'Pilotprojektet «KOL» opskaleres til alle klynger.',
    );
    expect(
      decisionText('KOL', 'scaleUp', { kind: 'clusters', clusterIds: ['1', '2'] }, ['Nord', 'Syd']),
    ).toBe('Pilotprojektet «KOL» opskaleres til Nord og Syd.');
    expect(decisionText('KOL', 'stop', null, [])).toContain('stoppes');
  });
});
