import { useId } from 'react';

/** One bar. */
export interface Bar {
  id: string;
  label: string;
  value: number;
  /** Drawn in the warning colour with a visible marker (never colour alone). */
  flagged?: boolean;
}

/** Props of {@link BarChart}. */
export interface BarChartProps {
  title: string;
  description: string;
  bars: readonly Bar[];
  /** The marker's words after a flagged bar's value, e.g. "Tung belastning". */
  flagLabel: string;
}

const ROW = 26;
const LABEL_WIDTH = 190;
const BAR_WIDTH = 360;
const VALUE_WIDTH = 170;
/** About as many characters as fit in the label column; longer labels end in "…". */
const LABEL_CHARS = 30;

/** A label cut to fit its column (the full text stays in a tooltip and in the table). */
export function fitLabel(label: string, max = LABEL_CHARS): string {
  return label.length <= max ? label : `${label.slice(0, max - 1).trimEnd()}…`;
}

/**
 * A horizontal bar chart in SVG: one labelled row per item with its value written out, so it
 * reads without colour. It is an image with a title and description; the table next to it has
 * the same figures for screen readers and keyboard users.
 */
export function BarChart({ title, description, bars, flagLabel }: BarChartProps) {
  const titleId = useId();
  const descId = useId();
  const max = Math.max(1, ...bars.map((b) => b.value));
  const height = bars.length * ROW + 8;
  const width = LABEL_WIDTH + BAR_WIDTH + VALUE_WIDTH;
  return (
    <svg
      className="org-barchart"
      role="img"
      aria-labelledby={`${titleId} ${descId}`}
      viewBox={`0 0 ${width} ${height}`}
      width="100%"
      style={{ maxWidth: `${width}px` }}
    >
      <title id={titleId}>{title}</title>
      <desc id={descId}>{description}</desc>
      {bars.map((bar, i) => {
        const y = i * ROW + 4;
        const w = Math.max(2, (bar.value / max) * BAR_WIDTH);
        return (
          <g key={bar.id}>
            <text
              x={LABEL_WIDTH - 8}
              y={y + ROW / 2 + 4}
              textAnchor="end"
              className="org-bar-label"
            >
              <title>{bar.label}</title>
              {fitLabel(bar.label)}
            </text>
            <rect
              x={LABEL_WIDTH}
              y={y + 3}
              width={w}
              height={ROW - 8}
              rx={2}
              className={bar.flagged ? 'org-bar org-bar-flagged' : 'org-bar'}
            />
            <text x={LABEL_WIDTH + w + 6} y={y + ROW / 2 + 4} className="org-bar-value">
              {bar.value}
              {bar.flagged ? ` ▲ ${flagLabel}` : ''}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
