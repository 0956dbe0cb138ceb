import { useId } from 'react';
import { axisOf, linePath, xOf, yOf } from './chart';

/** One line of a chart. */
export interface ChartLine {
  id: string;
  label: string;
  values: readonly (number | null)[];
  /** Drawn dashed (e.g. the region), so lines differ by more than colour. */
  dashed?: boolean;
  emphasis?: boolean;
}

const W = 560;
const H = 220;
const LEFT = 48;
const BOTTOM = 28;
const RIGHT = 130;

/**
 * A small line chart in SVG: an image with a title and a description, its lines labelled at the
 * end (never colour alone); a table beside it carries the same figures for every reader.
 */
export function LineChart({
  title,
  description,
  labels,
  lines,
  target,
  targetLabel,
  fixedRange,
}: {
  title: string;
  description: string;
  /** The x axis' labels (rounds or periods). */
  labels: readonly string[];
  lines: readonly ChartLine[];
  target?: number | null;
  targetLabel?: string;
  /** e.g. [0, 100] for scores. */
  fixedRange?: [number, number];
}) {
  const titleId = useId();
  const descId = useId();
  const axis = axisOf(
    lines.flatMap((l) => l.values),
    [...(fixedRange ?? []), ...(target === null || target === undefined ? [] : [target])],
  );
  const plotW = W - LEFT - RIGHT;
  const plotH = H - BOTTOM - 10;
  return (
    <svg
      className="plan-chart"
      role="img"
      aria-labelledby={`${titleId} ${descId}`}
      viewBox={`0 0 ${W} ${H}`}
      width="100%"
      style={{ maxWidth: `${W}px` }}
    >
      <title id={titleId}>{title}</title>
      <desc id={descId}>{description}</desc>
      <g transform={`translate(${LEFT} 10)`}>
        {axis.ticks.map((tick) => (
          <g key={tick}>
            <line
              x1={0}
              x2={plotW}
              y1={yOf(axis, tick, plotH)}
              y2={yOf(axis, tick, plotH)}
              className="plan-chart-grid"
            />
            <text
              x={-6}
              y={yOf(axis, tick, plotH) + 4}
              textAnchor="end"
              className="plan-chart-tick"
            >
              {tick}
            </text>
          </g>
        ))}
        {labels.map((label, i) => (
          <text
            key={`${label}-${i}`}
            x={xOf(i, labels.length, plotW)}
            y={plotH + 18}
            textAnchor={
              labels.length > 1 && i === 0
                ? 'start'
                : labels.length > 1 && i === labels.length - 1
                  ? 'end'
                  : 'middle'
            }
            className="plan-chart-tick"
          >
            {label}
          </text>
        ))}
        {target === null || target === undefined ? null : (
          <g>
            <line
              x1={0}
              x2={plotW}
              y1={yOf(axis, target, plotH)}
              y2={yOf(axis, target, plotH)}
              className="plan-chart-target"
            />
            <text x={plotW + 4} y={yOf(axis, target, plotH) + 4} className="plan-chart-label">
              {targetLabel}
            </text>
          </g>
        )}
        {lines.map((line) => {
          const lastIndex = line.values.map((v) => v !== null).lastIndexOf(true);
          const last = lastIndex >= 0 ? line.values[lastIndex] : null;
          return (
            <g key={line.id}>
              <path
                d={linePath(line.values, axis, plotW, plotH)}
                className={`plan-chart-line${line.dashed ? ' plan-chart-dashed' : ''}${line.emphasis ? ' plan-chart-emphasis' : ''}`}
              />
              {line.values.map((v, i) =>
                v === null ? null : (
                  <circle
                    key={i}
                    cx={xOf(i, line.values.length, plotW)}
                    cy={yOf(axis, v, plotH)}
                    r={3}
                    className="plan-chart-point"
                  />
                ),
              )}
              {last === null || last === undefined ? null : (
                <text x={plotW + 4} y={yOf(axis, last, plotH) + 4} className="plan-chart-label">
                  {line.label}
                </text>
              )}
            </g>
          );
        })}
      </g>
    </svg>
  );
}
