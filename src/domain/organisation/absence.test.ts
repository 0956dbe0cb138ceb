import { describe, expect, it } from 'vitest';
import { forumAbsence, type AbsenceVersion } from './absence';

const v = (
  validFrom: string,
  validTo: string | null,
  name = 'Sundhedssamarbejdsudvalget',
  successorForumIds: string[] = [],
): AbsenceVersion => ({ validFrom, validTo, name, successorForumIds });

describe('forumAbsence', () => {
  const versions = [
    v('2022-07-01', '2024-12-31', 'SSU'),
    v('2025-01-01', '2026-12-31', 'Sundhedssamarbejdsudvalget', ['fyn']),
  ];

  it('names the last day and successors of a forum that has ended (from its last version)', () => {
    expect(forumAbsence(versions, '2027-01-25')).toEqual({
      kind: 'ended',
      name: 'Sundhedssamarbejdsudvalget',
      lastDay: '2026-12-31',
      successorForumIds: ['fyn'],
    });
  });

  it('is present on its last day, and says when a forum starts', () => {
    expect(forumAbsence(versions, '2026-12-31')).toEqual({ kind: 'present' });
    expect(forumAbsence([...versions].reverse(), '2020-01-01')).toEqual({
      kind: 'notYet',
      name: 'SSU',
      firstDay: '2022-07-01',
    });
  });

  it('tells a gap between versions and an unknown forum apart', () => {
    const gap = [v('2022-01-01', '2022-12-31'), v('2024-01-01', null)];
    expect(forumAbsence(gap, '2023-06-01')).toEqual({
      kind: 'gap',
      name: 'Sundhedssamarbejdsudvalget',
    });
    expect(forumAbsence([], '2023-06-01')).toEqual({ kind: 'unknown' });
  });
});
