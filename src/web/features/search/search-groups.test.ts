import { describe, expect, it } from 'vitest';
import type { SearchHit } from '../../../shared/search.contract';
import { groupResults } from './search-groups';

const hit = (type: SearchHit['type'], id: string): SearchHit => ({
  type,
  id,
  title: `Titel ${id}`,
  snippet: 'Samarbejde i sundhedsklyngerne',
  highlights: [{ start: 13, end: 27 }],
  link: `/cases/${id}`,
  caseId: null,
  meetingId: null,
  forumId: null,
  date: '2026-03-12',
});

describe('groupResults', () => {
  it('groups content and organisation hits by type in a fixed order', () => {
    const groups = groupResults(
      'klynge',
      [hit('minutes', 'm'), hit('case', 'c1'), hit('case', 'c2')],
      [
        {
          kind: 'forum',
          id: 'f',
          name: 'Sundhedsklynge Fyn',
          detail: null,
          collaborationId: 'k',
          partyKind: null,
          endedOn: null,
          affiliations: [],
        },
      ],
    );
    expect(groups.map((g) => [g.id, g.items.length])).toEqual([
      ['case', 2],
      ['minutes', 1],
      ['forum', 1],
    ]);
    expect(groups[0]?.items[0]?.snippet).toEqual([
      { text: 'Samarbejde i ', mark: false },
      { text: 'sundhedsklynge', mark: true },
      { text: 'rne', mark: false },
    ]);
    expect(groups[2]?.items[0]).toMatchObject({
      link: '/organisation/fora/f',
      title: [
        { text: 'Sundheds', mark: false },
        { text: 'klynge', mark: true },
        { text: ' Fyn', mark: false },
      ],
    });
  });

  it('links an ended forum on its last day and keeps its end date', () => {
    const [group] = groupResults(
      'udvalget',
      [],
      [
        {
          kind: 'forum',
          id: 'ssu',
          name: 'Sundhedssamarbejdsudvalget',
          detail: null,
          collaborationId: 'k',
          partyKind: null,
          endedOn: '2026-12-31',
          affiliations: [],
        },
      ],
    );
    expect(group?.items[0]).toMatchObject({
      link: '/organisation/fora/ssu?dato=2026-12-31',
      endedOn: '2026-12-31',
    });
  });

  it('is empty when nothing is found', () => {
    expect(groupResults('x', [], [])).toEqual([]);
  });
});
