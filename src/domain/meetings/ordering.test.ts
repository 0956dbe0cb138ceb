import { describe, expect, it } from 'vitest';
import {
  checkCalendar,
  checkMeeting,
  groupMeetingsByForum,
  OrderingRuleSchema,
  requiredWindow,
  type OrderingRule,
  type ScheduledMeeting,
} from './ordering';
import {
  findPreparationChain,
  seed004OrderingRules,
  validateOrderingRules,
} from './ordering-rules';

const ids = {
  kkr: 'kkr',
  ssu: 'ssu',
  municipalPreMeeting: 'formoede',
  tss: 'tss',
  officialsCommittee: 'eu',
  clusterAdministrativeFora: ['klynge-a', 'klynge-b'],
};
const rules = seed004OrderingRules(ids);
const afterOnly: OrderingRule[] = [
  {
    id: 'ssu-after-kkr',
    kind: 'after',
    forumId: 'ssu',
    dependsOnForumId: 'kkr',
    minDaysBetween: 1,
  },
];

/** A spring 2026 calendar that satisfies seed 004. */
const spring: ScheduledMeeting[] = [
  { id: 'a1', forumId: 'klynge-a', date: '2026-02-05' },
  { id: 'b1', forumId: 'klynge-b', date: '2026-02-10' },
  { id: 'eu1', forumId: 'eu', date: '2026-02-18' },
  { id: 'tss1', forumId: 'tss', date: '2026-02-25' },
  { id: 'kkr1', forumId: 'kkr', date: '2026-03-04' },
  { id: 'fm1', forumId: 'formoede', date: '2026-03-16' },
  { id: 'ssu1', forumId: 'ssu', date: '2026-03-18' },
];
const springByForum = groupMeetingsByForum(spring);

describe('checkMeeting', () => {
  it('is silent when every rule holds on a working day', () => {
    expect(checkMeeting({ forumId: 'ssu', date: '2026-03-18' }, rules, springByForum)).toEqual([]);
  });

  it.each([
    [
      'SSU before the KKR meeting (min 1)',
      '2026-03-03',
      1,
      ['2026-03-05', 'ordering.afterTooSoon'],
    ],
    ['SSU on the KKR day', '2026-03-04', 1, ['2026-03-05', 'ordering.afterTooSoon']],
    ['min 7 days after KKR', '2026-03-06', 7, ['2026-03-11', 'ordering.afterTooSoon']],
    ['suggestion skips Easter 2026', '2026-03-31', 1, ['2026-04-07', 'ordering.afterTooSoon']],
  ])('%s', (_label, date, minDaysBetween, [suggested, code]) => {
    const kkr = date === '2026-03-31' ? '2026-04-01' : '2026-03-04';
    const byForum = groupMeetingsByForum([{ id: 'k', forumId: 'kkr', date: kkr }]);
    const rule = [{ ...afterOnly[0]!, minDaysBetween }];
    const [warning] = checkMeeting({ forumId: 'ssu', date }, rule, byForum);
    expect([warning?.suggestedDate, warning?.code, warning?.params.dependsOnDate]).toEqual([
      suggested,
      code,
      kkr,
    ]);
  });

  it('SSU moved before KKR breaks all three seed-004 rules and gets one date that satisfies them all', () => {
    const warnings = checkMeeting(
      { id: 'ssu1', forumId: 'ssu', date: '2026-03-03' },
      rules,
      springByForum,
    );
    expect(warnings.map((w) => [w.ruleId, w.code, w.suggestedDate])).toEqual([
      ['ssu-after-kkr', 'ordering.afterTooSoon', '2026-03-16'],
      ['ssu-municipal-pre-meeting', 'ordering.preMeetingMissing', '2026-03-16'],
      ['tss-prepares-ssu', 'ordering.preparesMissing', '2026-03-16'],
    ]);
    expect(warnings[2]?.params).toMatchObject({
      windowFrom: '2026-01-06',
      windowTo: '2026-02-17',
      maxDays: 56,
    });
  });

  it('warns about a non-working day and suggests the next day that satisfies the rules', () => {
    const byForum = groupMeetingsByForum([{ id: 'k', forumId: 'kkr', date: '2026-06-01' }]);
    expect(checkMeeting({ forumId: 'ssu', date: '2026-06-05' }, afterOnly, byForum)).toEqual([
      {
        ruleId: null,
        code: 'calendar.nonWorkingDay',
        params: { forumId: 'ssu', date: '2026-06-05', reason: 'closure' },
        suggestedDate: '2026-06-08',
        noSuggestion: null,
      },
    ]);
  });

  it('without a max, the window opens after the forum’s previous meeting', () => {
    const byForum = groupMeetingsByForum([
      { id: 'k1', forumId: 'kkr', date: '2026-03-04' },
      { id: 's1', forumId: 'ssu', date: '2026-03-18' },
    ]);
    const [w] = checkMeeting({ forumId: 'ssu', date: '2026-06-17' }, afterOnly, byForum);
    expect([w?.code, w?.params.windowFrom, w?.suggestedDate]).toEqual([
      'ordering.afterMissing',
      '2026-03-19',
      null,
    ]);
    const withKkr = groupMeetingsByForum([
      ...spring,
      { id: 'k2', forumId: 'kkr', date: '2026-06-10' },
    ]);
    expect(checkMeeting({ forumId: 'ssu', date: '2026-06-17' }, afterOnly, withKkr)).toEqual([]);
  });

  it('ignores the moved meeting itself when finding the previous meeting', () => {
    const byForum = groupMeetingsByForum([
      { id: 'k1', forumId: 'kkr', date: '2026-03-04' },
      { id: 's1', forumId: 'ssu', date: '2026-03-10' },
    ]);
    expect(
      checkMeeting({ id: 's1', forumId: 'ssu', date: '2026-03-18' }, afterOnly, byForum),
    ).toEqual([]);
    expect(checkMeeting({ forumId: 'ssu', date: '2026-03-18' }, afterOnly, byForum)).toHaveLength(
      1,
    );
  });
});

/**
 * Issue 11: the demo's December 2026 (KKR 18 Dec, SSU 21 Dec, the executive committee's
 * pre-meeting 9 Dec, Samarbejdsforum 23 Nov) and a second SSU meeting tried after it.
 */
describe('a second SSU meeting in December 2026 (issue 11)', () => {
  const demoRules: OrderingRule[] = [
    { id: 'after', kind: 'after', forumId: 'ssu', dependsOnForumId: 'kkr', minDaysBetween: 1 },
    {
      id: 'pre',
      kind: 'preMeeting',
      forumId: 'ssu',
      dependsOnForumId: 'fu',
      minDaysBetween: 0,
      maxDaysBetween: 14,
    },
    {
      id: 'prep',
      kind: 'prepares',
      forumId: 'ssu',
      dependsOnForumId: 'sf',
      minDaysBetween: 7,
      maxDaysBetween: 42,
    },
  ];
  const december: ScheduledMeeting[] = [
    { id: 'sf1', forumId: 'sf', date: '2026-11-23' },
    { id: 'fu2', forumId: 'fu', date: '2026-12-09' },
    { id: 'kkr2', forumId: 'kkr', date: '2026-12-18' },
    { id: 'ssu2', forumId: 'ssu', date: '2026-12-21' },
  ];

  it('explains that KKR 18 December belongs to the SSU meeting of 21 December', () => {
    const warnings = checkMeeting(
      { forumId: 'ssu', date: '2026-12-22' },
      demoRules,
      groupMeetingsByForum(december),
    );
    const after = warnings.find((w) => w.ruleId === 'after');
    expect(after?.params).toMatchObject({
      windowTo: '2026-12-21',
      windowFrom: '2026-12-22',
      previousOwnDate: '2026-12-21',
      dependsOnEarlierDate: '2026-12-18',
    });
    expect(after?.suggestedDate).toBeNull();
    expect(after?.noSuggestion).toEqual({
      searchFrom: '2026-12-22',
      searchTo: '2027-12-23',
      unmetRuleIds: ['after'],
    });
  });

  it('states both ends of the pre-meeting window of a 29 December meeting', () => {
    const warnings = checkMeeting(
      { forumId: 'ssu', date: '2026-12-29' },
      demoRules,
      groupMeetingsByForum(december),
    );
    expect(warnings.find((w) => w.ruleId === 'pre')?.params).toMatchObject({
      windowFrom: '2026-12-15',
      windowTo: '2026-12-29',
      dependsOnEarlierDate: '2026-12-09',
    });
  });

  it('suggests the first day every rule holds once the missing meetings are planned', () => {
    const planned = [
      ...december,
      { id: 'kkr3', forumId: 'kkr', date: '2027-01-12' },
      { id: 'fu3', forumId: 'fu', date: '2027-01-11' },
      { id: 'sf2', forumId: 'sf', date: '2027-01-04' },
    ];
    const warnings = checkMeeting(
      { forumId: 'ssu', date: '2026-12-29' },
      demoRules,
      groupMeetingsByForum(planned),
    );
    expect(warnings.map((w) => [w.ruleId, w.suggestedDate, w.noSuggestion])).toEqual([
      ['after', '2027-01-13', null],
      ['pre', '2027-01-13', null],
    ]);
    expect(
      checkMeeting(
        { forumId: 'ssu', date: '2027-01-13' },
        demoRules,
        groupMeetingsByForum(planned),
      ),
    ).toEqual([]);
  });
});

describe('requiredWindow', () => {
  it.each([
    [{ min: 14, max: 56 }, null, { from: '2026-01-21', to: '2026-03-04' }],
    [{ min: 1, max: null }, null, { from: null, to: '2026-03-17' }],
    [{ min: 1, max: null }, '2025-12-10', { from: '2025-12-11', to: '2026-03-17' }],
  ])('%o after %s', ({ min, max }, previous, expected) => {
    const rule: OrderingRule = { ...afterOnly[0]!, minDaysBetween: min, maxDaysBetween: max };
    expect(requiredWindow(rule, '2026-03-18', previous)).toEqual(expected);
  });
});

describe('checkCalendar', () => {
  it('is silent on a calendar that follows seed 004', () => {
    expect(checkCalendar(spring, rules)).toEqual([]);
  });

  it('reports per meeting, in date order', () => {
    const broken = spring.filter((m) => m.id !== 'eu1' && m.id !== 'kkr1');
    expect(checkCalendar(broken, rules).map((w) => [w.meetingId, w.ruleId, w.code])).toEqual([
      ['tss1', 'officials-pre-meeting-tss', 'ordering.preMeetingMissing'],
      ['ssu1', 'ssu-after-kkr', 'ordering.afterMissing'],
    ]);
  });

  it('reports the clusters that did not prepare the officials’ committee', () => {
    const noB = spring.filter((m) => m.id !== 'b1');
    expect(checkCalendar(noB, rules).map((w) => w.ruleId)).toEqual([
      'cluster-prepares-officials:klynge-b',
    ]);
  });
});

describe('rule sets', () => {
  it.each([
    ['klynge-a', 'ssu', ['klynge-a', 'eu', 'tss', 'ssu']],
    ['formoede', 'ssu', ['formoede', 'ssu']],
    ['eu', 'tss', ['eu', 'tss']],
    ['kkr', 'ssu', null],
    ['ssu', 'klynge-a', null],
    ['tss', 'tss', ['tss']],
  ])('preparation chain %s → %s', (from, to, chain) => {
    expect(findPreparationChain(from, to, rules)).toEqual(chain);
  });

  it('seed 004 rules are valid', () => {
    expect(validateOrderingRules(rules)).toEqual([]);
    expect(rules.every((r) => OrderingRuleSchema.safeParse(r).success)).toBe(true);
  });

  it.each<[string, OrderingRule[], string[]]>([
    [
      'self dependency',
      [{ ...afterOnly[0]!, dependsOnForumId: 'ssu' }],
      ['ordering.selfDependency'],
    ],
    [
      'min above max',
      [{ ...afterOnly[0]!, minDaysBetween: 9, maxDaysBetween: 3 }],
      ['ordering.minAboveMax'],
    ],
    ['duplicate id', [afterOnly[0]!, afterOnly[0]!], ['ordering.duplicateId']],
    [
      'preparation cycle',
      [
        { id: 'x', kind: 'prepares', forumId: 'ssu', dependsOnForumId: 'tss', minDaysBetween: 1 },
        { id: 'y', kind: 'prepares', forumId: 'tss', dependsOnForumId: 'ssu', minDaysBetween: 1 },
      ],
      ['ordering.cycle', 'ordering.cycle'],
    ],
    [
      'alternating after rules are fine',
      [
        afterOnly[0]!,
        { id: 'z', kind: 'after', forumId: 'kkr', dependsOnForumId: 'ssu', minDaysBetween: 1 },
      ],
      [],
    ],
  ])('%s', (_label, set, codes) => {
    expect(validateOrderingRules(set).map((i) => i.code)).toEqual(codes);
  });

  it('schema refuses max below min and self dependency', () => {
    expect(OrderingRuleSchema.safeParse({ ...afterOnly[0], maxDaysBetween: 0 }).success).toBe(
      false,
    );
    expect(OrderingRuleSchema.safeParse({ ...afterOnly[0], forumId: 'kkr' }).success).toBe(false);
  });
});
