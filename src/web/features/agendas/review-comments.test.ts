import { describe, expect, it } from 'vitest';
import type { ReviewComment } from '../../../shared/agendas.contract';
import { splitReviewComments } from './review-comments';

const comment = (id: string, itemId: string | null): ReviewComment => ({
  id,
  itemId,
  authorUserId: null,
  authorName: 'Karen Kommune',
  text: 'Tekst',
  redacted: false,
  createdAt: '2027-01-05T09:00:00.000Z',
});

describe('the review panel counts every comment', () => {
  it('counts a comment on an item: the agenda has comments, though none on the whole', () => {
    const split = splitReviewComments([comment('a', 'item-1')]);
    expect(split).toEqual({ general: [], onItems: 1, total: 1 });
  });

  it('lists general comments and counts item comments', () => {
    const split = splitReviewComments([
      comment('a', null),
      comment('b', 'item-1'),
      comment('c', 'item-2'),
    ]);
    expect(split.general.map((c) => c.id)).toEqual(['a']);
    expect([split.onItems, split.total]).toEqual([2, 3]);
    expect(splitReviewComments([]).total).toBe(0);
  });
});
