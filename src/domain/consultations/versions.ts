/**
 * The consolidated draft's versions and a readable word diff between two of them (the `diff`
 * package's word diff): unchanged, inserted and deleted runs of text, in order.
 */
import { diffWordsWithSpace } from 'diff';

/** One run of a diff. */
export interface DiffSegment {
  kind: 'same' | 'inserted' | 'deleted';
  text: string;
}

/** The word diff from `before` to `after`; adjacent runs of one kind are joined. */
export function wordDiff(before: string, after: string): DiffSegment[] {
  const out: DiffSegment[] = [];
  for (const change of diffWordsWithSpace(before, after)) {
    const kind = change.added ? 'inserted' : change.removed ? 'deleted' : 'same';
    const last = out.at(-1);
    if (last && last.kind === kind) last.text += change.value;
    else if (change.value !== '') out.push({ kind, text: change.value });
  }
  return out;
}

/** The text a diff leads to (unchanged and inserted runs). */
export function diffAfter(segments: readonly DiffSegment[]): string {
  return segments
    .filter((s) => s.kind !== 'deleted')
    .map((s) => s.text)
    .join('');
}

/** The text a diff starts from (unchanged and deleted runs). */
export function diffBefore(segments: readonly DiffSegment[]): string {
  return segments
    .filter((s) => s.kind !== 'inserted')
    .map((s) => s.text)
    .join('');
}

/** The next version number after the stored ones (1 for the first). */
export function nextVersionNumber(stored: readonly number[]): number {
  return stored.length === 0 ? 1 : Math.max(...stored) + 1;
}
