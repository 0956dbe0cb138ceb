import { useEffect, useId, useRef, useState, type ReactNode } from 'react';

/** Props of {@link Table}. */
export interface TableProps {
  /** The caption: what the table lists. Every table has one. */
  caption: string;
  /** Hide the caption visually (when a heading right above says the same). */
  captionHidden?: boolean;
  /** `<thead>` and `<tbody>`. */
  children: ReactNode;
  className?: string;
}

/**
 * Gives every body cell a `data-label` with its column's heading, so that a narrow table can
 * show its rows as stacked cards, each value under its heading (see components.css). Cells that
 * span several columns (a group heading) get no label.
 */
export function labelCells(table: HTMLTableElement): void {
  const headRow = table.tHead?.rows[0];
  if (!headRow) return;
  const headings: string[] = [];
  for (const cell of Array.from(headRow.cells)) {
    const text = (cell.textContent ?? '').trim();
    for (let i = 0; i < cell.colSpan; i += 1) headings.push(text);
  }
  for (const body of Array.from(table.tBodies)) {
    for (const row of Array.from(body.rows)) {
      let column = 0;
      for (const cell of Array.from(row.cells)) {
        const label = cell.colSpan === 1 ? (headings[column] ?? '') : '';
        if (label && cell.getAttribute('data-label') !== label) {
          cell.setAttribute('data-label', label);
        } else if (!label && cell.hasAttribute('data-label')) {
          cell.removeAttribute('data-label');
        }
        column += cell.colSpan;
      }
    }
  }
}

/** The ways a table tightens itself, mildest first (see components.css, `data-fit`). */
const FITS = ['compact', 'wrap'] as const;

/**
 * Fits the table into its frame: as it is if it fits, else tightened step by step (smaller type
 * and padding; then long words may break). Returns true when it is still too wide.
 */
export function fitTable(frame: HTMLElement): boolean {
  const overflows = () => frame.scrollWidth > frame.clientWidth + 1;
  delete frame.dataset.fit;
  for (const fit of FITS) {
    if (!overflows()) return false;
    frame.dataset.fit = fit;
  }
  return overflows();
}

/**
 * A data table with a caption, usable at any width:
 * - cells wrap, and a table too wide for its frame tightens itself (smaller type and padding,
 *   then long words may break), so at a laptop's width (1024 px and up) every column is in view;
 * - in a narrow container (a phone, a side panel) each row becomes a card, each value under its
 *   column's heading;
 * - should it still be wider than its container, the container scrolls sideways and becomes a
 *   focusable, labelled region so keyboard users can scroll it too.
 */
export function Table({ caption, captionHidden = false, children, className }: TableProps) {
  const captionId = useId();
  const wrap = useRef<HTMLDivElement>(null);
  const table = useRef<HTMLTableElement>(null);
  const [scrollable, setScrollable] = useState(false);

  useEffect(() => {
    const el = wrap.current;
    const inner = table.current;
    if (!el || !inner) return;
    const measure = () => setScrollable(fitTable(el));
    labelCells(inner);
    measure();
    // Rows come and go with the data; their cells need labels, and the width may change.
    const mutations =
      typeof MutationObserver === 'undefined'
        ? null
        : new MutationObserver(() => {
            labelCells(inner);
            measure();
          });
    mutations?.observe(inner, { childList: true, subtree: true, characterData: true });
    if (typeof ResizeObserver === 'undefined') return () => mutations?.disconnect();
    const resizes = new ResizeObserver(measure);
    resizes.observe(el);
    resizes.observe(inner);
    return () => {
      mutations?.disconnect();
      resizes.disconnect();
    };
  }, []);

  return (
    <div
      ref={wrap}
      className={`table-wrap${scrollable ? ' table-wrap-scroll' : ''}`}
      role={scrollable ? 'region' : undefined}
      aria-labelledby={scrollable ? captionId : undefined}
      tabIndex={scrollable ? 0 : undefined}
    >
      <table ref={table} className={`table${className ? ` ${className}` : ''}`}>
        <caption id={captionId} className={captionHidden ? 'visually-hidden' : 'table-caption'}>
          {caption}
        </caption>
        {children}
      </table>
    </div>
  );
}
