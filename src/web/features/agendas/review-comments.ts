/** The review comments of an agenda, split the way the review panel shows them. */
import type { ReviewComment } from '../../../shared/agendas.contract';

/** Comments on the whole agenda, and how many are on single items (shown with each item). */
export interface ReviewCommentSplit {
  general: ReviewComment[];
  onItems: number;
  total: number;
}

/** Splits the comments: general ones listed in the panel, item ones counted. */
export function splitReviewComments(comments: readonly ReviewComment[]): ReviewCommentSplit {
  const general = comments.filter((c) => c.itemId === null);
  return { general, onItems: comments.length - general.length, total: comments.length };
}
