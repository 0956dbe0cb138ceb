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
 * A data table with a caption. On narrow screens it scrolls sideways; the scroll area then
 * becomes a focusable, labelled region so keyboard users can scroll it too.
 */
export function Table({ caption, captionHidden = false, children, className }: TableProps) {
  const captionId = useId();
  const wrap = useRef<HTMLDivElement>(null);
  const [scrollable, setScrollable] = useState(false);

  useEffect(() => {
    const el = wrap.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => setScrollable(el.scrollWidth > el.clientWidth + 1));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  return (
    <div
      ref={wrap}
      className="table-wrap"
      role={scrollable ? 'region' : undefined}
      aria-labelledby={scrollable ? captionId : undefined}
      tabIndex={scrollable ? 0 : undefined}
    >
      <table className={`table${className ? ` ${className}` : ''}`}>
        <caption id={captionId} className={captionHidden ? 'visually-hidden' : 'table-caption'}>
          {caption}
        </caption>
        {children}
      </table>
    </div>
  );
}
