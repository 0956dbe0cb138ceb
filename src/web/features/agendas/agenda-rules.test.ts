import { describe, expect, it } from 'vitest';
import type { Agenda, AgendaViewer } from '../../../shared/agendas.contract';
import { abilitiesOf, targetPosition } from './agenda-rules';

const NOTHING: AgendaViewer = {
  personId: null,
  isMember: false,
  isReviewer: false,
  mayEdit: false,
  mayComment: false,
  mayApprove: false,
  mayCloseApproval: false,
};

const agenda = (patch: Partial<Agenda>, viewer: Partial<AgendaViewer> = {}): Agenda => ({
  meetingId: 'm',
  forumId: 'f',
  meetingDate: '2026-12-10',
  meetingHeld: true,
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
  viewer: { ...NOTHING, ...viewer },
});

describe('agenda abilities', () => {
  it('lets the viewer build, review and publish a draft when the server says mayEdit', () => {
    const a = abilitiesOf(agenda({}, { mayEdit: true }), true);
    expect([a.build, a.sendForReview, a.publish, a.decide, a.comment]).toEqual([
      true,
      true,
      true,
      false,
      false,
    ]);
    expect(abilitiesOf(agenda({ status: 'inReview' }, { mayEdit: true }), true).sendForReview).toBe(
      false,
    );
    expect(abilitiesOf(agenda({}), false).build).toBe(false);
  });

  it('follows the server on commenting, approving and closing the approval', () => {
    const inReview = agenda({ status: 'inReview' }, { mayComment: true, isReviewer: true });
    expect(abilitiesOf(inReview, false).comment).toBe(true);
    const sent = agenda(
      { status: 'published', minutesStatus: 'sentForApproval' },
      { mayApprove: true, mayCloseApproval: false },
    );
    expect([abilitiesOf(sent, false).approve, abilitiesOf(sent, false).closeApproval]).toEqual([
      true,
      false,
    ]);
  });

  it('records decisions and sends the minutes (the secretariat) once published', () => {
    const published = agenda({ status: 'published' });
    expect(abilitiesOf(published, true).decide).toBe(true);
    expect(abilitiesOf(published, true).sendMinutes).toBe(true);
    expect(abilitiesOf(published, false).decide).toBe(false);
    // Issue 11: nothing to decide before the meeting is held.
    expect(abilitiesOf({ ...published, meetingHeld: false }, true).decide).toBe(false);
    expect(abilitiesOf({ ...published, meetingHeld: false }, true).sendMinutes).toBe(false);
    expect(abilitiesOf({ ...published, minutesStatus: 'sentForApproval' }, true).decide).toBe(
      false,
    );
  });

  it('computes move targets within the list', () => {
    expect(targetPosition(0, 3, -1)).toBeNull();
    expect(targetPosition(0, 3, 1)).toBe(2);
    expect(targetPosition(2, 3, 1)).toBeNull();
    expect(targetPosition(2, 3, -1)).toBe(2);
  });
});
