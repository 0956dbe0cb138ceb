import { describe, expect, it } from 'vitest';
import type { VisibleAgendaItem } from '../../shared/agendas.contract';
import type { VisibleCase } from '../../shared/cases.contract';
import {
  agendaItemView,
  caseRestrictions,
  caseView,
  isCleared,
  mayViewAttachments,
  restrictionKey,
  restrictionsOfCases,
  reviewCommentView,
  type CaseVisibility,
} from './visibility';

const SECRET = 'HEMMELIG-TEKST';
const meeting = { forumId: 'ssu', date: '2026-03-18' };
const member = new Set([restrictionKey({ forumId: 'ssu', on: '2026-03-18' })]);
const nobody = new Set<string>();

const item = (closed: boolean): VisibleAgendaItem => ({
  id: '00000000-0000-4000-8000-000000000001',
  number: 3,
  redacted: false,
  closed,
  closedReason: closed ? 'Offentlighedsloven § 13' : null,
  title: SECRET,
  body: SECRET,
  type: 'decision',
  caseId: '00000000-0000-4000-8000-000000000002',
  caseStepId: 'c-4',
  recommendation: SECRET,
  decision: SECRET,
  status: 'decided',
  attachments: [],
});

describe('closed agenda items', () => {
  it('are a bare placeholder for anyone who is not a member on the meeting date', () => {
    const view = agendaItemView(item(true), meeting, nobody);
    expect(view).toEqual({ id: item(true).id, number: 3, redacted: true, closed: true });
    expect(JSON.stringify(view)).not.toContain(SECRET);
  });

  it('are whole for the forum’s members on the meeting date', () => {
    expect(agendaItemView(item(true), meeting, member)).toEqual(item(true));
  });

  it('are not visible to members of another day', () => {
    const otherDay = new Set([restrictionKey({ forumId: 'ssu', on: '2026-03-19' })]);
    expect(agendaItemView(item(true), meeting, otherDay).redacted).toBe(true);
  });

  it('leave open items alone', () => {
    expect(agendaItemView(item(false), meeting, nobody)).toEqual(item(false));
    expect(isCleared(nobody, null)).toBe(true);
  });

  it('hide review comments on hidden items only', () => {
    const comment = {
      id: 'x',
      itemId: 'hidden',
      authorUserId: null,
      authorName: 'A',
      text: SECRET,
      redacted: false,
      createdAt: '2026-01-01T00:00:00.000Z',
    };
    expect(reviewCommentView(comment, new Set(['hidden']))).toMatchObject({
      text: null,
      redacted: true,
    });
    expect(reviewCommentView({ ...comment, itemId: null }, new Set(['hidden'])).text).toBe(SECRET);
  });
});

const vis = (confidential: boolean, closedStep = false): CaseVisibility => ({
  confidential,
  raisedInForumId: 'klynge',
  raisedOn: '2026-01-10',
  steps: [
    { id: 'c-1', forumId: 'klynge', closed: false, meetingDate: '2026-01-22' },
    { id: 'c-2', forumId: 'ssu', closed: closedStep, meetingDate: '2026-03-18' },
    { id: 'c-3', forumId: 'kkr', closed: false, meetingDate: null },
  ],
});

const full: VisibleCase = {
  id: '00000000-0000-4000-8000-000000000002',
  collaborationId: '00000000-0000-4000-8000-000000000003',
  title: 'Sag',
  summary: '',
  type: 'decision',
  flags: [],
  confidential: false,
  status: 'open',
  clusterId: null,
  clusterName: null,
  raisedInForumId: 'klynge',
  raisedInForumName: 'Klyngen',
  returnToForumId: 'klynge',
  returnToForumName: 'Klyngen',
  currentForumId: 'kkr',
  currentForumName: 'KKR',
  currentStepId: 'c-3',
  raisedOn: '2026-01-10',
  redacted: false,
  escalatableStepId: null,
  body: '',
  createdBy: null,
  steps: [
    {
      id: 'c-2',
      position: 2,
      forumId: 'ssu',
      forumName: 'SSU',
      status: 'decided',
      origin: 'route',
      meetingId: 'm',
      meeting: { id: 'm', title: `Møde om ${SECRET}`, startsAt: '2026-03-18T10:00:00+01:00' },
      recommendation: SECRET,
      decisionText: SECRET,
      decidedOn: '2026-03-18',
      returnMode: null,
      returnOf: null,
      notedOn: null,
      noteText: null,
      closed: true,
      redacted: false,
    },
  ],
  timeline: [
    {
      seq: 5,
      kind: 'decided',
      on: '2026-03-18',
      stepId: 'c-2',
      forumId: 'ssu',
      forumName: 'SSU',
      toForumId: 'kkr',
      toForumName: 'KKR',
      meetingId: 'm',
      meeting: { id: 'm', title: `Møde om ${SECRET}`, startsAt: '2026-03-18T10:00:00+01:00' },
      text: SECRET,
      actorId: null,
      actorName: null,
      direction: 'up',
      redacted: false,
    },
  ],
  returned: [],
  attachments: [
    {
      id: '00000000-0000-4000-8000-000000000004',
      caseId: '00000000-0000-4000-8000-000000000002',
      fileName: `${SECRET}.pdf`,
      mediaType: 'application/pdf',
      sizeBytes: 1,
      sha256: 'x',
      uploadedBy: null,
      uploadedAt: '2026-01-01T00:00:00.000Z',
    },
  ],
};

describe('confidential cases and closed steps', () => {
  const today = '2026-02-01';

  it('restrict a confidential case to the fora on its route', () => {
    expect(caseRestrictions(vis(false), today)).toEqual([]);
    expect(caseRestrictions(vis(true), today).map(restrictionKey).sort()).toEqual(
      [
        'klynge|2026-01-10',
        'klynge|2026-02-01',
        'klynge|2026-01-22',
        'ssu|2026-03-18',
        'kkr|2026-02-01',
      ].sort(),
    );
  });

  it('serve a confidential case as a placeholder to outsiders', () => {
    const view = caseView({ ...full, confidential: true }, vis(true), nobody, today);
    expect(view).toEqual({ id: full.id, redacted: true, confidential: true });
  });

  it('serve a confidential case to a member of any forum on its route', () => {
    const kkr = new Set([restrictionKey({ forumId: 'kkr', on: today })]);
    expect(caseView(full, vis(true), kkr, today).redacted).toBe(false);
  });

  it('strip a closed step’s texts, meeting, timeline text and attachments from outsiders', () => {
    const view = caseView(full, vis(false, true), nobody, today);
    expect(JSON.stringify(view)).not.toContain(SECRET);
    expect(view.redacted ? null : view.steps[0]).toMatchObject({
      redacted: true,
      meetingId: null,
      meeting: null,
      forumName: 'SSU',
    });
    expect(view.redacted ? null : view.timeline[0]).toMatchObject({ meeting: null });
    expect(mayViewAttachments(vis(false, true), nobody, today)).toBe(false);
  });

  it('keep a closed step whole for the forum’s members on the meeting date', () => {
    expect(caseView(full, vis(false, true), member, today)).toEqual(full);
    expect(mayViewAttachments(vis(false, true), member, today)).toBe(true);
  });

  it('lists every restriction that matters once', () => {
    const keys = restrictionsOfCases([vis(false, true), vis(false, true)], today).map(
      restrictionKey,
    );
    expect(keys).toEqual(['ssu|2026-03-18']);
  });
});
