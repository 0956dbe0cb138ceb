import { useId, type MouseEvent, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { ForumLevel } from '../../../../shared/organisation.enums';
import type { ChartBox, ChartLine, ChartPicture } from './chart-model';
import { BOX, EDGE_STYLES, FONT, KIND_BORDERS, LEVEL_COLOURS } from './chart-style';
import { ChartLegend, LEGEND_HEIGHT } from './ChartLegend';

/** Room for the visible title above the legend. */
const TITLE_HEIGHT = 32;

/** Props of {@link OrgChartSvg}. */
export interface OrgChartSvgProps {
  picture: ChartPicture;
  /** The SVG's title (also the exported file's). */
  title: string;
  /** The address of a forum's page. */
  hrefOf: (forumId: string) => string;
  /** Follows a box's link inside the app. */
  onOpen: (forumId: string) => void;
  svgRef?: Ref<SVGSVGElement>;
}

/** The SVG's natural size: the laid-out chart plus the title and the legend above it. */
export function chartSize(picture: ChartPicture): { width: number; height: number } {
  return {
    width: Math.max(picture.width, 640),
    height: picture.height + TITLE_HEIGHT + LEGEND_HEIGHT,
  };
}

function pathOf(line: ChartLine): string {
  // Reports-to lines are routed parent → child; draw them child → parent so the arrow points up.
  const points = line.kind === 'reportsTo' ? [...line.points].reverse() : line.points;
  return points.map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x},${p.y}`).join(' ');
}

function Box({
  box,
  hrefOf,
  onOpen,
}: { box: ChartBox } & Pick<OrgChartSvgProps, 'hrefOf' | 'onOpen'>) {
  const { t } = useTranslation('organisation');
  const { node } = box;
  const colours = LEVEL_COLOURS[node.level];
  const border = KIND_BORDERS[node.kind];
  const breaches = t('common.breachCount', { count: node.breachCount });
  const label = t('chart.node', {
    name: node.name,
    level: t(`forumLevel.${node.level}`),
    kind: t(`forumKind.${node.kind}`),
    members: node.memberCount,
    breaches,
  });
  const textX = box.x + BOX.padding;
  const titleY = box.y + BOX.padding + FONT.title;
  const y = titleY + (box.titleLines.length - 1) * BOX.lineHeight + BOX.smallLineHeight + 2;
  const onClick = (event: MouseEvent) => {
    event.preventDefault();
    onOpen(node.id);
  };
  return (
    <a href={hrefOf(node.id)} aria-label={label} onClick={onClick} className="org-chart-node">
      <rect
        className="org-chart-focus"
        x={box.x - 5}
        y={box.y - 5}
        width={box.width + 10}
        height={box.height + 10}
        rx={8}
        fill="none"
        stroke="none"
      />
      <rect
        x={box.x}
        y={box.y}
        width={box.width}
        height={box.height}
        rx={6}
        fill={colours.fill}
        stroke={colours.stroke}
        strokeWidth={border.width}
        strokeDasharray={border.dash}
      />
      {box.titleLines.map((line, i) => {
        const at = titleY + i * BOX.lineHeight;
        return (
          <text key={i} x={textX} y={at} fontSize={FONT.title} fontWeight="bold" fill={FONT.text}>
            {line}
          </text>
        );
      })}
      <text x={textX} y={y} fontSize={FONT.small} fill={FONT.muted}>
        {t(`forumKind.${node.kind}`)} · {t(`scope.${node.scope}`)}
      </text>
      <text x={textX} y={y + BOX.smallLineHeight} fontSize={FONT.small} fill={FONT.muted}>
        {t('chart.members', { count: node.memberCount })}
        {node.breachCount > 0 ? ' · ' : null}
        {node.breachCount > 0 ? (
          <tspan fill={FONT.danger} fontWeight="bold">
            {breaches}
          </tspan>
        ) : null}
      </text>
    </a>
  );
}

/**
 * The org chart as SVG: boxes coloured by level and bordered by kind (both also in words),
 * lines for reports-to, born-seat and successor links, a legend, and every box a link that Tab
 * reaches. Styling is in attributes so exports look the same.
 */
export function OrgChartSvg({ picture, title, hrefOf, onOpen, svgRef }: OrgChartSvgProps) {
  const base = useId().replace(/[^a-zA-Z0-9]/g, '');
  const titleId = `${base}-title`;
  const levels = [...new Set(picture.boxes.map((b) => b.node.level))] as ForumLevel[];
  const { width, height } = chartSize(picture);
  const marker = (kind: ChartLine['kind']) => `${base}-arrow-${kind}`;
  return (
    <svg
      ref={svgRef}
      xmlns="http://www.w3.org/2000/svg"
      className="org-chart"
      role="group"
      aria-labelledby={titleId}
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      fontFamily={FONT.family}
    >
      <title id={titleId}>{title}</title>
      <rect x={0} y={0} width={width} height={height} fill="#ffffff" />
      <defs>
        {(['reportsTo', 'bornSeat', 'successor'] as const).map((kind) => (
          <marker
            key={kind}
            id={marker(kind)}
            viewBox="0 0 10 10"
            refX={9}
            refY={5}
            markerWidth={7}
            markerHeight={7}
            orient="auto"
          >
            <path d="M0,0 L10,5 L0,10 z" fill={EDGE_STYLES[kind].stroke} />
          </marker>
        ))}
      </defs>
      {/* Visible for exports; screen readers already have it as the group's name. */}
      <text x={16} y={24} fontSize={15} fontWeight="bold" fill={FONT.text} aria-hidden="true">
        {title}
      </text>
      <g transform={`translate(0, ${TITLE_HEIGHT})`}>
        <ChartLegend levels={levels} />
      </g>
      <g transform={`translate(0, ${TITLE_HEIGHT + LEGEND_HEIGHT})`}>
        <g aria-hidden="true">
          {picture.lines.map((line) => (
            <path
              key={line.id}
              d={pathOf(line)}
              fill="none"
              stroke={EDGE_STYLES[line.kind].stroke}
              strokeWidth={1.5}
              strokeDasharray={EDGE_STYLES[line.kind].dash}
              markerEnd={`url(#${marker(line.kind)})`}
            />
          ))}
        </g>
        {picture.boxes.map((box) => (
          <Box key={box.node.id} box={box} hrefOf={hrefOf} onOpen={onOpen} />
        ))}
      </g>
    </svg>
  );
}
