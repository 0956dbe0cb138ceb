import { describe, expect, it } from 'vitest';
import { checkConsultationFora, computeConsultationDeadlines, contributionOpen } from './deadlines';

const CLUSTER = 'cluster';
const EU = 'eu';
const days = { [CLUSTER]: 5, [EU]: 10 };

describe('computeConsultationDeadlines', () => {
  it('uses the agenda deadlines of the meetings before the external deadline', () => {
    // External deadline Friday 20 March 2026; the officials' committee meets 12 March and the
    // cluster forum 24 February (before the committee's agenda deadline of 26 February).
    const plan = computeConsultationDeadlines({
      externalDeadline: '2026-03-20',
      fora: [CLUSTER, EU],
      agendaDeadlineWorkingDays: days,
      meetingsByForum: {
        [EU]: [
          { id: 'eu-1', date: '2026-03-12' },
          { id: 'eu-late', date: '2026-03-20' },
        ],
        [CLUSTER]: [
          { id: 'c-1', date: '2026-02-24' },
          { id: 'c-2', date: '2026-03-03' },
        ],
      },
    });
    expect(plan.steps.map((s) => [s.forumId, s.meetingId, s.meetingDate, s.deadline])).toEqual([
      [CLUSTER, 'c-1', '2026-02-24', '2026-02-17'],
      [EU, 'eu-1', '2026-03-12', '2026-02-26'],
    ]);
    expect(plan.contributionDeadline).toBe('2026-02-17');
    expect(plan.complete).toBe(true);
  });

  it('skips holidays: Easter 2026 pushes the deadlines earlier', () => {
    // External deadline Tuesday 7 April 2026 (after Easter Monday 6 April); no meetings known.
    const plan = computeConsultationDeadlines({
      externalDeadline: '2026-04-07',
      fora: [CLUSTER],
      agendaDeadlineWorkingDays: { [CLUSTER]: 3 },
      meetingsByForum: {},
    });
    // The last working day before 7 April is Wednesday 1 April (2–6 April are holidays and a
    // weekend); three working days before it is Friday 27 March.
    expect(plan.steps[0]).toMatchObject({
      meetingId: null,
      latestMeetingDate: '2026-04-01',
      deadline: '2026-03-27',
    });
    expect(plan.complete).toBe(false);
  });

  it('gives an upper bound for a forum without a meeting in time', () => {
    const plan = computeConsultationDeadlines({
      externalDeadline: '2026-03-20',
      fora: [CLUSTER, EU],
      agendaDeadlineWorkingDays: days,
      meetingsByForum: { [EU]: [{ id: 'eu-1', date: '2026-03-12' }] },
    });
    expect(plan.steps[0]).toMatchObject({ meetingId: null, latestMeetingDate: '2026-02-26' });
    expect(plan.steps[0]!.deadline).toBe('2026-02-19');
    expect(plan.contributionDeadline).toBe('2026-02-19');
    expect(plan.complete).toBe(false);
  });

  it('leaves out meetings held before the day it is planned', () => {
    const plan = computeConsultationDeadlines({
      externalDeadline: '2026-03-20',
      fora: [CLUSTER, EU],
      agendaDeadlineWorkingDays: days,
      meetingsByForum: {
        [EU]: [{ id: 'eu-1', date: '2026-03-12' }],
        [CLUSTER]: [{ id: 'c-old', date: '2026-01-13' }],
      },
      from: '2026-02-01',
    });
    expect(plan.steps[0]).toMatchObject({ meetingId: null, deadline: '2026-02-19' });
  });

  it.each([
    [[], 'noFora'],
    [[CLUSTER, CLUSTER], 'repeatedForum'],
    [[CLUSTER, EU], null],
  ])('checks the fora %j → %s', (fora, expected) => {
    expect(checkConsultationFora(fora)).toBe(expected);
  });
});

describe('contributionOpen', () => {
  it.each([
    ['2026-02-16', true],
    ['2026-02-17', true],
    ['2026-02-18', false],
  ])('on %s → %s (deadline 17 February inclusive)', (on, open) => {
    expect(contributionOpen('2026-02-17', on)).toBe(open);
  });
});
