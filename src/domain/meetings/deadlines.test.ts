import { describe, expect, it } from 'vitest';
import {
  computeAgendaDeadlines,
  findEarliestReachableTarget,
  type DeadlineInput,
} from './deadlines';
import { groupMeetingsByForum } from './ordering';
import { findPreparationChain, seed004OrderingRules } from './ordering-rules';

const rules = seed004OrderingRules({
  kkr: 'kkr',
  ssu: 'ssu',
  municipalPreMeeting: 'formoede',
  tss: 'tss',
  officialsCommittee: 'eu',
  clusterAdministrativeFora: ['klynge-a', 'klynge-b'],
});

const meetingsByForum = groupMeetingsByForum([
  { id: 'a1', forumId: 'klynge-a', date: '2026-01-22' },
  { id: 'a2', forumId: 'klynge-a', date: '2026-02-05' },
  { id: 'a3', forumId: 'klynge-a', date: '2026-04-15' },
  { id: 'b1', forumId: 'klynge-b', date: '2026-02-10' },
  { id: 'eu1', forumId: 'eu', date: '2026-02-09' },
  { id: 'eu2', forumId: 'eu', date: '2026-02-18' },
  { id: 'eu3', forumId: 'eu', date: '2026-05-04' },
  { id: 'tss1', forumId: 'tss', date: '2026-02-25' },
  { id: 'tss2', forumId: 'tss', date: '2026-05-20' },
  { id: 'ssu1', forumId: 'ssu', date: '2026-03-18' },
  { id: 'ssu2', forumId: 'ssu', date: '2026-06-17' },
]);

const base: DeadlineInput = {
  target: { forumId: 'ssu', date: '2026-03-18' },
  chain: findPreparationChain('klynge-a', 'ssu', rules) ?? [],
  agendaDeadlineWorkingDays: { 'klynge-a': 5, 'klynge-b': 5, eu: 8, tss: 10, ssu: 15 },
  rules,
  meetingsByForum,
};

type Row = [string, string | null, string | null, string];
const rows = (input: DeadlineInput): Row[] =>
  computeAgendaDeadlines(input).steps.map((s) => [
    s.forumId,
    s.meetingId,
    s.meetingDate,
    s.agendaDeadline,
  ]);

describe('computeAgendaDeadlines', () => {
  it('walks cluster → officials’ committee → TSS → SSU backwards', () => {
    const plan = computeAgendaDeadlines(base);
    expect(rows(base)).toEqual([
      ['klynge-a', 'a1', '2026-01-22', '2026-01-15'],
      ['eu', 'eu1', '2026-02-09', '2026-01-28'],
      ['tss', 'tss1', '2026-02-25', '2026-02-11'],
      ['ssu', 'ssu1', '2026-03-18', '2026-02-25'],
    ]);
    expect([plan.latestSubmissionDate, plan.complete]).toEqual(['2026-01-15', true]);
    expect(plan.steps.map((s) => s.ruleId)).toEqual([
      'cluster-prepares-officials:klynge-a',
      'officials-pre-meeting-tss',
      'tss-prepares-ssu',
      null,
    ]);
  });

  it('skips a pre-meeting that satisfies the ordering rule but is after the next agenda deadline', () => {
    const eu = computeAgendaDeadlines(base).steps[1];
    expect(eu?.meetingId).toBe('eu1');
    expect([eu?.earliestMeetingDate, eu?.latestMeetingDate]).toEqual(['2026-02-04', '2026-02-11']);
  });

  it('appends the target forum when the chain stops below it', () => {
    expect(rows({ ...base, chain: ['klynge-a', 'eu', 'tss'] })).toEqual(rows(base));
  });

  it('gives an upper bound when a forum has no meeting in time', () => {
    const plan = computeAgendaDeadlines({ ...base, chain: ['klynge-b', 'eu', 'tss', 'ssu'] });
    expect(plan.steps[0]).toMatchObject({
      forumId: 'klynge-b',
      meetingId: null,
      meetingDate: null,
      latestMeetingDate: '2026-01-28',
      agendaDeadline: '2026-01-21',
    });
    expect(plan.complete).toBe(false);
  });

  it.each([
    ['2026-01-15', [false, false, false, false]],
    ['2026-01-16', [true, false, false, false]],
    ['2026-02-26', [true, true, true, true]],
  ])('marks deadlines passed on %s', (today, past) => {
    expect(computeAgendaDeadlines({ ...base, today }).steps.map((s) => s.isPast)).toEqual(past);
  });

  it.each([
    ['over Christmas and New Year', '2027-01-07', 5, '2026-12-29'],
    ['over Easter 2027', '2027-03-31', 3, '2027-03-23'],
    ['default of 10 working days', '2026-03-18', undefined, '2026-03-04'],
  ])('target deadline %s', (_label, date, days, deadline) => {
    const plan = computeAgendaDeadlines({
      ...base,
      target: { forumId: 'ssu', date },
      chain: ['ssu'],
      agendaDeadlineWorkingDays: days === undefined ? {} : { ssu: days },
    });
    expect(plan.latestSubmissionDate).toBe(deadline);
  });

  it('without a rule, any earlier meeting before the agenda deadline counts', () => {
    const plan = computeAgendaDeadlines({ ...base, chain: ['klynge-b', 'ssu'], rules: [] });
    expect(plan.steps[0]).toMatchObject({
      meetingId: 'b1',
      earliestMeetingDate: null,
      ruleId: null,
    });
  });
});

describe('findEarliestReachableTarget', () => {
  const input = { ...base, targetForumId: 'ssu' };

  it.each([
    ['2026-01-10', 'ssu1', '2026-01-15'],
    ['2026-01-20', 'ssu2', '2026-04-08'],
    ['2026-04-09', null, null],
  ])('from %s the first reachable SSU is %s', (today, meetingId, submission) => {
    const plan = findEarliestReachableTarget({ ...input, today });
    expect([plan?.steps.at(-1)?.meetingId ?? null, plan?.latestSubmissionDate ?? null]).toEqual([
      meetingId,
      submission,
    ]);
  });
});
