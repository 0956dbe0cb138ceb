/**
 * Maps a path in the parsed data (`['fora', 2, 'seats', 0, 'born', 'forum']`) back to a line and
 * column in the YAML text, so every problem points at the place to fix. A path that does not
 * exist in the text (a missing field) resolves to its nearest existing ancestor.
 */
import { isMap, isPair, isScalar, isSeq, type Document, type LineCounter, type Node } from 'yaml';

/** A path into the file's data. */
export type FilePath = readonly (string | number)[];

/** A 1-based position in the text. */
export interface TextPosition {
  line: number;
  column: number;
}

/** Resolves paths against one parsed document. */
export interface Locator {
  /** The position of the value at `path`, or of the key when `atKey` (unknown fields). */
  locate: (path: FilePath, atKey?: boolean) => TextPosition;
}

function positionOf(lineCounter: LineCounter, node: Node | null | undefined): TextPosition | null {
  const offset = node?.range?.[0];
  if (offset === undefined) return null;
  const { line, col } = lineCounter.linePos(offset);
  return { line, column: col };
}

interface Step {
  value: Node | null;
  key: Node | null;
}

function step(node: Node | null, segment: string | number): Step | null {
  if (isMap(node)) {
    const pair = node.items.find(
      (p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(segment),
    );
    if (pair === undefined) return null;
    return { value: (pair.value as Node | null) ?? null, key: pair.key as Node };
  }
  if (isSeq(node) && typeof segment === 'number') {
    const item = node.items[segment];
    return item === undefined ? null : { value: item as Node, key: null };
  }
  return null;
}

/** Creates a locator for a document parsed with `lineCounter`. */
export function createLocator(doc: Document, lineCounter: LineCounter): Locator {
  const root = (doc.contents as Node | null) ?? null;
  const start = positionOf(lineCounter, root) ?? { line: 1, column: 1 };
  return {
    locate(path, atKey = false) {
      let node: Node | null = root;
      let best = start;
      for (const [i, segment] of path.entries()) {
        const next = step(node, segment);
        if (next === null) return best;
        const last = i === path.length - 1;
        const target = last && atKey ? next.key : (next.value ?? next.key);
        best = positionOf(lineCounter, target) ?? positionOf(lineCounter, next.key) ?? best;
        node = next.value;
      }
      return best;
    },
  };
}

/** The dotted form of a path used in problem reports (`fora.2.seats.0.born.forum`). */
export function dottedPath(path: FilePath): string {
  return path.map(String).join('.');
}
