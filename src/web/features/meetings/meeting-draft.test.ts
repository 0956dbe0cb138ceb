import { describe, expect, it } from 'vitest';
import {
  createRequestOf,
  emptyDraft,
  patchChanges,
  updatePatchOf,
  validateDraft,
} from './meeting-draft';

const filled = {
  ...emptyDraft('f1', '2026-12-10'),
  title: 'SSU-møde',
  location: ' Regionshuset ',
};

describe('the meeting form', () => {
  it('flags missing fields, an end before the start and a bad link', () => {
    expect(validateDraft(emptyDraft())).toEqual({
      forumId: 'required',
      title: 'required',
      date: 'required',
    });
    expect(validateDraft({ ...filled, end: '09:00' })).toEqual({ end: 'endBeforeStart' });
    expect(validateDraft({ ...filled, onlineUrl: 'teams' })).toEqual({ onlineUrl: 'url' });
    expect(validateDraft(filled)).toEqual({});
  });

  it('builds a create request in Danish wall-clock time', () => {
    expect(createRequestOf(filled, false)).toEqual({
      forumId: 'f1',
      title: 'SSU-møde',
      startsAt: '2026-12-10T10:00',
      endsAt: '2026-12-10T12:00',
      location: 'Regionshuset',
      onlineUrl: null,
      kind: 'ordinary',
      widenedCircle: false,
      widenedCircleNote: null,
      acknowledgeWarnings: false,
    });
  });

  it('patches only what changed; a new day moves both start and end', () => {
    const moved = updatePatchOf(filled, { ...filled, date: '2026-12-15' }, true);
    expect(moved).toEqual({
      acknowledgeWarnings: true,
      startsAt: '2026-12-15T10:00',
      endsAt: '2026-12-15T12:00',
    });
    expect(patchChanges(updatePatchOf(filled, filled, false))).toBe(false);
  });
});
