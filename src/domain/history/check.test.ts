import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../../shared/dates';
import type { HistoryCase, HistoryStep } from '../../shared/history.contract';
import type { OrderingRule, ScheduledMeeting } from '../meetings/index';
import {
  checkHistoricalCase,
  forumDayKey,
  forumDaysOf,
  placedOn,
  type HistoryContext,
} from './check';
import type { HistoryIssueCode } from './codes';

const COLLAB = 'collab';
const CLUSTER = 'f-cluster';
const OFFICIALS = 'f-officials';
const SSU = 'f-ssu';
const KKR = 'f-kkr';
const LATE = 'f-late'; // a forum founded 2025-05-01
const ENDED = 'f-ended'; // a forum whose last day was 2025-04-01

const AFTER_KKR: OrderingRule = {
  id: 'r1',
  kind: 'after',
  forumId: SSU,
  dependsOnForumId: KKR,
  minDaysBetween: 1,
  maxDaysBetween: 30,
};

function foraOn(pairs: readonly { forumId: string; date: IsoDate }[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const p of pairs) {
    if (p.forumId === 'f-unknown') continue;
    if (p.forumId === LATE && p.date < '2025-05-01') continue;
    if (p.forumId === ENDED && p.date > '2025-04-01') continue;
    map.set(forumDayKey(p.forumId, p.date), p.forumId === 'f-other' ? 'elsewhere' : COLLAB);
  }
  return map;
}

const step = (forumId: string, date: IsoDate, extra: Partial<HistoryStep> = {}): HistoryStep => ({
  forumId,
  meeting: { date },
  decision: { text: `Besluttet ${date}`, final: false },
  ...extra,
});

/** The acceptance case: raised 2025-03-01, cluster → officials' committee → SSU (12 June). */
function lastYear(steps?: HistoryStep[]): HistoryCase {
  return {
    title: 'Fælles forløb for KOL',
    summary: '',
    body: '',
    type: 'decision',
    flags: [],
    confidential: false,
    raisedInForumId: CLUSTER,
    raisedOn: '2025-03-01',
    steps: steps ?? [
      step(CLUSTER, '2025-03-12', { recommendation: 'Sendes videre' }),
      step(OFFICIALS, '2025-04-09'),
      step(SSU, '2025-06-12', { decision: { text: 'Godkendt', final: true } }),
    ],
  };
}

function context(
  record: HistoryCase,
  extra: { scheduled?: ScheduledMeeting[]; today?: IsoDate } = {},
): HistoryContext {
  const meetings = new Map([
    [
      'm-open',
      {
        id: 'm-open',
        forumId: OFFICIALS,
        date: '2025-04-09',
        status: 'agendaDraft',
        agendaOpen: true,
      },
    ],
    [
      'm-published',
      {
        id: 'm-published',
        forumId: OFFICIALS,
        date: '2025-04-09',
        status: 'agendaPublished',
        agendaOpen: false,
      },
    ],
  ] as const);
  return {
    today: extra.today ?? '2026-01-15',
    collaborationId: COLLAB,
    foraOn: foraOn(forumDaysOf(record, meetings)),
    meetings,
    rules: [AFTER_KKR],
    scheduled: extra.scheduled ?? [{ id: 'kkr-1', forumId: KKR, date: '2025-06-05' }],
    closures: [],
  };
}

describe('checkHistoricalCase', () => {
  it("accepts last year's case and simulates its trail with the real dates", () => {
    const record = lastYear();
    const checked = checkHistoricalCase(record, context(record));
    expect(checked.problems).toEqual([]);
    const events = checked.simulated?.events.map((e) => `${e.on} ${e.kind}`) ?? [];
    expect(events[0]).toBe('2025-03-01 raised');
    expect(events).toContain('2025-06-12 decided');
    expect(events).toContain('2025-06-12 settled');
    const steps = checked.simulated?.steps ?? [];
    expect(steps.filter((s) => s.origin !== 'trail').map((s) => s.status)).toEqual([
      'decided',
      'decided',
      'decided',
    ]);
    // The decision travels back down the same trail, dated the day it was made.
    expect(
      steps.filter((s) => s.origin === 'trail').map((s) => [s.forumId, s.status, s.decidedOn]),
    ).toEqual([
      [OFFICIALS, 'toNote', '2025-06-12'],
      [CLUSTER, 'toNote', '2025-06-12'],
    ]);
  });

  const s = (n: number, date: IsoDate, extra: Partial<HistoryStep> = {}) =>
    step([CLUSTER, OFFICIALS, SSU][n] as string, date, extra);
  const cases: {
    name: string;
    record: HistoryCase;
    today?: IsoDate;
    scheduled?: ScheduledMeeting[];
    codes: HistoryIssueCode[];
    params?: Record<string, string | number>;
  }[] = [
    {
      name: 'raised in the future',
      record: { ...lastYear(), raisedOn: '2026-02-01' },
      codes: [
        'history.raisedInFuture',
        'history.meetingBeforeRaised',
        'history.meetingBeforeRaised',
        'history.meetingBeforeRaised',
      ],
    },
    {
      name: 'a meeting after today',
      record: lastYear([s(0, '2025-03-12'), s(1, '2025-04-09'), s(2, '2026-02-05')]),
      scheduled: [{ id: 'kkr', forumId: KKR, date: '2026-02-01' }],
      codes: ['history.meetingInFuture'],
      params: { step: 3, date: '2026-02-05' },
    },
    {
      name: 'a meeting before the case was raised',
      record: lastYear([s(0, '2025-02-12'), s(1, '2025-04-09'), s(2, '2025-06-12')]),
      codes: ['history.meetingBeforeRaised'],
      params: { step: 1, date: '2025-02-12', raisedOn: '2025-03-01' },
    },
    {
      name: "the SSU meeting before the cluster's",
      record: lastYear([s(0, '2025-06-12'), s(1, '2025-04-09'), s(2, '2025-06-11')]),
      scheduled: [{ id: 'kkr', forumId: KKR, date: '2025-06-05' }],
      codes: ['history.meetingsOutOfOrder', 'history.meetingsOutOfOrder'],
      params: { step: 2, date: '2025-04-09', previousStep: 1, previousDate: '2025-06-12' },
    },
    {
      name: 'SSU without a KKR meeting before it (ordering rule)',
      record: lastYear(),
      scheduled: [{ id: 'kkr', forumId: KKR, date: '2025-06-20' }],
      codes: ['history.orderingRule'],
      params: { step: 3, date: '2025-06-12', forumId: SSU, dependsOnForumId: KKR },
    },
    {
      name: 'a forum not yet founded on its meeting day',
      record: lastYear([s(0, '2025-03-12'), step(LATE, '2025-04-09'), s(2, '2025-06-12')]),
      codes: ['history.forumMissing'],
      params: { step: 2, forumId: LATE, date: '2025-03-01' },
    },
    {
      name: 'a forum ended before its meeting day',
      record: lastYear([s(0, '2025-03-12'), step(ENDED, '2025-04-09'), s(2, '2025-06-12')]),
      codes: ['history.forumMissing'],
      params: { step: 2, forumId: ENDED, date: '2025-04-09' },
    },
    {
      name: 'a forum of another collaboration',
      record: lastYear([s(0, '2025-03-12'), step('f-other', '2025-04-09'), s(2, '2025-06-12')]),
      codes: ['history.forumMissing'],
    },
    {
      name: 'the raising forum unknown',
      record: { ...lastYear(), raisedInForumId: 'f-unknown' },
      codes: ['history.raisedForumMissing'],
    },
    {
      name: 'a decision without a meeting',
      record: lastYear([
        s(0, '2025-03-12'),
        { forumId: OFFICIALS, decision: { text: 'x', final: false } },
        s(2, '2025-06-12'),
      ]),
      codes: ['history.decisionWithoutMeeting'],
    },
    {
      name: 'a meeting without a decision',
      record: lastYear([
        s(0, '2025-03-12'),
        { forumId: OFFICIALS, meeting: { date: '2025-04-09' } },
        s(2, '2025-06-12'),
      ]),
      codes: ['history.decisionMissing'],
    },
    {
      name: 'a step after a final decision',
      record: lastYear([
        s(0, '2025-03-12'),
        s(1, '2025-04-09', { decision: { text: 'Endeligt', final: true } }),
        s(2, '2025-06-12'),
      ]),
      codes: ['history.stepAfterFinal'],
      params: { step: 3 },
    },
    {
      name: 'a skipped step with a meeting',
      record: lastYear([
        s(0, '2025-03-12'),
        s(1, '2025-04-09', { skipped: { reason: 'x' } }),
        s(2, '2025-06-12'),
      ]),
      codes: ['history.skippedWithContent'],
    },
    {
      name: 'an unknown existing meeting',
      record: lastYear([
        s(0, '2025-03-12'),
        { ...s(1, '2025-04-09'), meeting: { existingMeetingId: 'nope' } },
        s(2, '2025-06-12'),
      ]),
      codes: ['history.meetingNotFound'],
    },
    {
      name: 'an existing meeting whose agenda is published',
      record: lastYear([
        s(0, '2025-03-12'),
        { ...s(1, '2025-04-09'), meeting: { existingMeetingId: 'm-published' } },
        s(2, '2025-06-12'),
      ]),
      codes: ['history.agendaNotOpen'],
    },
    {
      name: 'an existing meeting of another forum',
      record: lastYear([
        s(0, '2025-03-12'),
        { ...s(2, '2025-04-09'), meeting: { existingMeetingId: 'm-open' } },
        s(2, '2025-06-12'),
      ]),
      codes: ['history.meetingOtherForum'],
    },
    {
      name: 'the same forum twice in a row (the case rule)',
      record: lastYear([s(0, '2025-03-12'), s(0, '2025-04-09'), s(2, '2025-06-12')]),
      codes: ['history.caseRule'],
      params: { rule: 'case.duplicateAdjacentForum' },
    },
  ];

  it.each(cases)('refuses $name', ({ record, codes, params, scheduled, today }) => {
    const checked = checkHistoricalCase(
      record,
      context(record, { ...(scheduled ? { scheduled } : {}), ...(today ? { today } : {}) }),
    );
    expect(checked.problems.map((p) => p.code)).toEqual(codes);
    if (params) expect(checked.problems[0]?.params).toMatchObject(params);
    expect(checked.simulated).toBeNull();
  });

  it('accepts an existing open meeting, a skipped step and a last step still pending', () => {
    const record = lastYear([
      s(0, '2025-03-12'),
      { ...s(1, '2025-04-09'), meeting: { existingMeetingId: 'm-open' } },
      { forumId: 'f-tss', skipped: { reason: 'Ikke relevant' } },
      { forumId: SSU },
    ]);
    const checked = checkHistoricalCase(record, context(record));
    expect(checked.problems).toEqual([]);
    expect(checked.meetings.map((m) => m.existingId)).toEqual([null, 'm-open']);
    expect(checked.simulated?.steps.map((x) => x.status)).toEqual([
      'decided',
      'decided',
      'skipped',
      'planned',
    ]);
  });

  it('warns (does not refuse) about a meeting on a non-working day', () => {
    const record = lastYear([s(0, '2025-03-15'), s(1, '2025-04-09'), s(2, '2025-06-12')]);
    const checked = checkHistoricalCase(record, { ...context(record), closures: [] });
    expect(checked.problems).toEqual([]);
    expect(checked.warnings.map((w) => w.code)).toEqual(['history.nonWorkingDay']);
  });

  it('refuses a new meeting that breaks a rule for an existing meeting', () => {
    // An SSU meeting on 2025-06-20 relied on KKR since its previous meeting; a new SSU meeting
    // on 2025-06-12 becomes its previous meeting, leaving no KKR meeting between them.
    const record = lastYear();
    const scheduled = [
      { id: 'kkr', forumId: KKR, date: '2025-06-05' },
      { id: 'ssu-old', forumId: SSU, date: '2025-06-20' },
    ];
    const checked = checkHistoricalCase(record, context(record, { scheduled }));
    const rule = { ...AFTER_KKR, maxDaysBetween: null };
    const checked2 = checkHistoricalCase(record, {
      ...context(record, { scheduled }),
      rules: [rule],
    });
    expect(checked.problems).toEqual([]);
    expect(checked2.problems.map((p) => p.code)).toEqual(['history.orderingBreaksExisting']);
  });
});

describe('placedOn', () => {
  it.each([
    ['2025-03-01', '2025-03-12', '2025-03-01'],
    ['2025-03-01', '2025-04-09', '2025-03-26'],
    ['2025-04-01', '2025-04-09', '2025-04-01'],
  ] as const)('latest %s, meeting %s → %s', (latest, meeting, expected) => {
    expect(placedOn(latest, meeting)).toBe(expected);
  });
});
