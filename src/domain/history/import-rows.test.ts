import { describe, expect, it } from 'vitest';
import { groupImportRows } from './import-rows';

const CLUSTER = 'f-cluster';
const SSU = 'f-ssu';

describe('groupImportRows', () => {
  const forums: Record<string, string> = { klynge: CLUSTER, ssu: SSU };
  const resolve = (ref: string) => forums[ref] ?? null;
  it('groups rows by case key and reads the case from its first row', () => {
    const groups = groupImportRows(
      [
        {
          row: 2,
          cells: {
            case_key: 'A',
            title: 'T',
            type: 'beslutning',
            raised_in_forum: 'klynge',
            raised_on: '2025-03-01',
            forum: 'klynge',
            meeting_date: '2025-03-12',
            decision: 'Videre',
          },
        },
        {
          row: 3,
          cells: {
            case_key: 'B',
            title: 'U',
            type: 'decision',
            raised_in_forum: 'ssu',
            raised_on: '2025-01-01',
            forum: 'ssu',
          },
        },
        {
          row: 4,
          cells: {
            case_key: 'A',
            forum: 'ssu',
            meeting_date: '2025-06-12',
            decision: 'Godkendt',
            final: 'ja',
          },
        },
      ],
      resolve,
    );
    expect(groups.map((g) => [g.key, g.rows])).toEqual([
      ['A', [2, 4]],
      ['B', [3]],
    ]);
    expect(groups[0]?.issues).toEqual([]);
    expect(groups[0]?.record).toMatchObject({
      type: 'decision',
      raisedInForumId: CLUSTER,
      steps: [
        {
          forumId: CLUSTER,
          meeting: { date: '2025-03-12' },
          decision: { text: 'Videre', final: false },
        },
        {
          forumId: SSU,
          meeting: { date: '2025-06-12' },
          decision: { text: 'Godkendt', final: true },
        },
      ],
    });
  });

  it.each([
    [
      { case_key: 'A', title: 'T', type: 'decision', raised_on: '2025-03-01', forum: 'klynge' },
      'import.missing',
    ],
    [
      {
        case_key: 'A',
        title: 'T',
        type: 'decision',
        raised_in_forum: 'nope',
        raised_on: '2025-03-01',
        forum: 'klynge',
      },
      'import.unknownForum',
    ],
    [
      {
        case_key: 'A',
        title: 'T',
        type: 'decision',
        raised_in_forum: 'klynge',
        raised_on: '2025-03-01',
        forum: 'klynge',
        flags: 'blå',
      },
      'import.invalidFlag',
    ],
  ] as const)('reports a row problem %#', (cells, code) => {
    const [group] = groupImportRows([{ row: 2, cells }], resolve);
    expect(group?.issues.map((i) => i.code)).toEqual([code]);
  });

  it('reports case columns that disagree between rows', () => {
    const groups = groupImportRows(
      [
        {
          row: 2,
          cells: {
            case_key: 'A',
            title: 'T',
            type: 'decision',
            raised_in_forum: 'klynge',
            raised_on: '2025-03-01',
            forum: 'klynge',
          },
        },
        { row: 3, cells: { case_key: 'A', title: 'Other', forum: 'ssu' } },
      ],
      resolve,
    );
    expect(groups[0]?.issues).toEqual([
      { code: 'import.caseMismatch', params: { row: 3, column: 'title' } },
    ]);
  });
});
