import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { FORUM_KINDS, type ForumLevel } from '../../../../shared/organisation.enums';
import { EDGE_STYLES, FONT, KIND_BORDERS, LEVEL_COLOURS, type EdgeKind } from './chart-style';

/** The legend's height in the SVG. */
export const LEGEND_HEIGHT = 78;

const EDGE_KINDS: EdgeKind[] = ['reportsTo', 'bornSeat', 'successor'];

function widthOf(text: string): number {
  return text.length * FONT.small * 0.55 + 44;
}

/** One row of swatches and words, laid out left to right. */
function Row({
  y,
  heading,
  items,
}: {
  y: number;
  heading: string;
  items: { key: string; label: string; swatch: (x: number) => ReactNode }[];
}) {
  const starts: number[] = [];
  let next = 16 + widthOf(heading);
  for (const item of items) {
    starts.push(next);
    next += widthOf(item.label);
  }
  return (
    <g>
      <text x={16} y={y + 4} fontSize={FONT.small} fontWeight="bold" fill={FONT.text}>
        {heading}
      </text>
      {items.map((item, i) => {
        const at = starts[i] ?? 0;
        return (
          <g key={item.key}>
            {item.swatch(at)}
            <text x={at + 32} y={y + 4} fontSize={FONT.small} fill={FONT.text}>
              {item.label}
            </text>
          </g>
        );
      })}
    </g>
  );
}

/** The legend drawn in the SVG (so exports carry it): levels, kinds and lines. */
export function ChartLegend({ levels }: { levels: readonly ForumLevel[] }) {
  const { t } = useTranslation('organisation');
  return (
    <g>
      <Row
        y={18}
        heading={`${t('chart.legendLevels')}:`}
        items={levels.map((level) => ({
          key: level,
          label: t(`forumLevel.${level}`),
          swatch: (x) => (
            <rect
              x={x}
              y={10}
              width={24}
              height={12}
              rx={2}
              fill={LEVEL_COLOURS[level].fill}
              stroke={LEVEL_COLOURS[level].stroke}
              strokeWidth={2}
            />
          ),
        }))}
      />
      <Row
        y={42}
        heading={`${t('chart.legendKinds')}:`}
        items={FORUM_KINDS.map((kind) => ({
          key: kind,
          label: t(`forumKind.${kind}`),
          swatch: (x) => (
            <rect
              x={x}
              y={34}
              width={24}
              height={12}
              rx={2}
              fill="#ffffff"
              stroke={FONT.text}
              strokeWidth={KIND_BORDERS[kind].width}
              strokeDasharray={KIND_BORDERS[kind].dash}
            />
          ),
        }))}
      />
      <Row
        y={66}
        heading={`${t('chart.legendEdges')}:`}
        items={EDGE_KINDS.map((kind) => ({
          key: kind,
          label: t(`chart.edge.${kind}`),
          swatch: (x) => (
            <line
              x1={x}
              y1={62}
              x2={x + 24}
              y2={62}
              stroke={EDGE_STYLES[kind].stroke}
              strokeWidth={2}
              strokeDasharray={EDGE_STYLES[kind].dash}
            />
          ),
        }))}
      />
    </g>
  );
}
