import { describe, expect, it } from 'vitest';
import type { Agenda } from '../../../shared/agendas.contract';
import { abilitiesOf, targetPosition } from './agenda-rules';

const agenda = (patch: Partial<Agenda>): Agenda => ({
  meetingId: 'm',
  forumId: 'f',
  meetingDate: '2026-12-10',
  status: 'draft',
  minutesStatus: 'draft',
  itemsVisible: true,
  reviewers: [],
  reviewComments: [],
  items: [],
  approvals: [],
  approvalEnding: null,
  publishedAt: null,
  minutesApprovedAt: null,
  ...patch,
});

const secretariat = { secretariat: true, userId: 'u1', personId: null, chair: false };
const member = { secretariat: false, userId: 'u2', personId: 'p2', chair: false };

describe('agenda abilities', () => {
  it('lets the secretariat build, review and publish a draft', () => {
    const a = abilitiesOf(agenda({}), secretariat);
    expect([a.build, a.sendForReview, a.publish, a.decide, a.comment]).toEqual([
      true,
      true,
      true,
      false,
      false,
    ]);
  });

  it('lets a chosen reviewer comment while in review', () => {
    const inReview = agenda({ status: 'inReview', reviewers: [{ userId: 'u2', name: 'M' }] });
    expect(abilitiesOf(inReview, member).comment).toBe(true);
    expect(abilitiesOf(inReview, { ...member, userId: 'u3' }).comment).toBe(false);
  });

  it('records decisions once published, and lets an eligible member approve once', () => {
    const published = agenda({ status: 'published' });
    expect(abilitiesOf(published, secretariat).decide).toBe(true);
    expect(abilitiesOf(published, secretariat).build).toBe(false);
    const sent = agenda({
      status: 'published',
      minutesStatus: 'sentForApproval',
      approvals: [{ personId: 'p2', name: 'M', approvedAt: null }],
    });
    expect(abilitiesOf(sent, member).approve).toBe(true);
    expect(abilitiesOf(sent, member).closeApproval).toBe(false);
    expect(abilitiesOf(sent, { ...member, chair: true }).closeApproval).toBe(true);
    const done = { ...sent, approvals: [{ personId: 'p2', name: 'M', approvedAt: 'x' }] };
    expect(abilitiesOf(done, member).approve).toBe(false);
  });

  it('computes move targets within the list', () => {
    expect(targetPosition(0, 3, -1)).toBeNull();
    expect(targetPosition(0, 3, 1)).toBe(2);
    expect(targetPosition(2, 3, 1)).toBeNull();
    expect(targetPosition(2, 3, -1)).toBe(2);
  });
});
