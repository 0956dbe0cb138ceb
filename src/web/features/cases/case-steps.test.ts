import { describe, expect, it } from 'vitest';
import type { CaseStepView, VisibleCase } from '../../../shared/cases.contract';
import { currentStepOf, earlierForaOf, escalatableStepOf, isTreatable } from './case-steps';

const step = (position: number, forumId: string, status: CaseStepView['status']): CaseStepView => ({
  id: `s${position}`,
  position,
  forumId,
  forumName: forumId,
  status,
  origin: 'route',
  meetingId: null,
  meeting: null,
  recommendation: null,
  decisionText: null,
  decidedOn: null,
  returnMode: null,
  returnOf: null,
  notedOn: null,
  noteText: null,
  closed: false,
  redacted: false,
});

const base = {
  id: '00000000-0000-4000-8000-000000000001',
  collaborationId: '00000000-0000-4000-8000-000000000002',
  title: 'Akutfunktioner',
  summary: '',
  type: 'decision',
  flags: [],
  confidential: false,
  clusterId: null,
  clusterName: null,
  raisedInForumId: 'klynge',
  raisedInForumName: 'Klyngen',
  returnToForumId: 'klynge',
  returnToForumName: 'Klyngen',
  raisedOn: '2026-01-10',
  redacted: false,
  body: '',
  createdBy: null,
  timeline: [],
  returned: [],
  attachments: [],
} as const;

const caseWith = (steps: CaseStepView[], status: VisibleCase['status'] = 'open'): VisibleCase => ({
  ...base,
  flags: [],
  timeline: [],
  returned: [],
  attachments: [],
  status,
  currentForumId: null,
  currentForumName: null,
  currentStepId: null,
  escalatableStepId: null,
  steps,
});

describe('case steps', () => {
  const c = caseWith([
    step(1, 'klynge', 'decided'),
    step(2, 'eu', 'decided'),
    step(3, 'tss', 'planned'),
    step(4, 'ssu', 'planned'),
  ]);

  it('finds the step the case waits in', () => {
    expect(currentStepOf(c)?.forumId).toBe('tss');
    expect(currentStepOf({ ...c, status: 'decided' })).toBeNull();
  });

  it('offers escalation of the step the server names, unless it is hidden', () => {
    expect(escalatableStepOf(c)).toBeNull();
    expect(escalatableStepOf({ ...c, escalatableStepId: 's2' })?.forumId).toBe('eu');
    const hidden = caseWith([{ ...step(1, 'klynge', 'decided'), redacted: true }]);
    expect(escalatableStepOf({ ...hidden, escalatableStepId: 's1' })).toBeNull();
  });

  it('treats only a step on an agenda', () => {
    expect(isTreatable(step(1, 'klynge', 'planned'))).toBe(false);
    expect(isTreatable(step(1, 'klynge', 'onAgenda'))).toBe(true);
    expect(isTreatable(step(1, 'klynge', 'recommended'))).toBe(true);
  });

  it('lists the earlier fora, nearest first', () => {
    expect(earlierForaOf(c, 's3')).toEqual(['eu', 'klynge']);
    expect(earlierForaOf(c, 's1')).toEqual([]);
  });
});
