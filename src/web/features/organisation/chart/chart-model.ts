/**
 * The org chart as a graph for ELK (boxes sized from their wrapped text) and, after the layout,
 * as a picture model: where each box and line goes. Pure, so it is unit-tested.
 */
import type { ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk-api';
import type { OrgChart } from '../../../../shared/organisation-views.contract';
import { BOX, FONT, type EdgeKind } from './chart-style';

type ChartNode = OrgChart['nodes'][number];

/** Splits a name into lines of at most `max` characters (words kept whole), at most `lines`. */
export function wrapText(text: string, max: number, lines: number): string[] {
  const out: string[] = [];
  let current = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = current ? `${current} ${word}` : word;
    if (next.length <= max || !current) current = next;
    else {
      out.push(current);
      current = word;
    }
  }
  if (current) out.push(current);
  if (out.length <= lines) return out;
  const kept = out.slice(0, lines);
  kept[lines - 1] = `${kept[lines - 1]?.slice(0, max - 1) ?? ''}…`;
  return kept;
}

/** Characters that fit on a title line (an average glyph is ~0.55 em). */
const TITLE_CHARS = Math.floor((BOX.width - 2 * BOX.padding) / (FONT.title * 0.55));

/** A box in the picture. */
export interface ChartBox {
  node: ChartNode;
  x: number;
  y: number;
  width: number;
  height: number;
  titleLines: string[];
}

/** A line in the picture: its points from source to target. */
export interface ChartLine {
  id: string;
  kind: EdgeKind;
  from: string;
  to: string;
  points: { x: number; y: number }[];
}

/** The laid-out chart. */
export interface ChartPicture {
  width: number;
  height: number;
  boxes: ChartBox[];
  lines: ChartLine[];
}

/** The height of a box with `titleLines` lines of name and two small lines. */
export function boxHeight(titleLines: number): number {
  return 2 * BOX.padding + titleLines * BOX.lineHeight + 2 * BOX.smallLineHeight;
}

/**
 * The ELK graph: one node per forum; reports-to edges point from the parent down to the child
 * (so parents are drawn above) and weigh more than born-seat and successor edges when ELK
 * breaks cycles between them.
 */
export function elkGraph(chart: OrgChart): ElkNode {
  const ids = new Set(chart.nodes.map((n) => n.id));
  const edges: ElkExtendedEdge[] = chart.edges
    .filter((e) => ids.has(e.from) && ids.has(e.to) && e.from !== e.to)
    .map((e, i) => ({
      id: `${e.kind}|${e.from}|${e.to}|${i}`,
      sources: [e.kind === 'reportsTo' ? e.to : e.from],
      targets: [e.kind === 'reportsTo' ? e.from : e.to],
      layoutOptions: { 'elk.layered.priority.direction': e.kind === 'reportsTo' ? '10' : '0' },
    }));
  return {
    id: 'root',
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.direction': 'DOWN',
      'elk.edgeRouting': 'ORTHOGONAL',
      'elk.spacing.nodeNode': '28',
      'elk.layered.spacing.nodeNodeBetweenLayers': '56',
      'elk.layered.spacing.edgeNodeBetweenLayers': '20',
      'elk.padding': '[top=16,left=16,bottom=16,right=16]',
    },
    children: chart.nodes.map((n) => ({
      id: n.id,
      width: BOX.width,
      height: boxHeight(wrapText(n.name, TITLE_CHARS, BOX.maxTitleLines).length),
    })),
    edges,
  };
}

/** The picture from ELK's result. */
export function pictureOf(chart: OrgChart, laid: ElkNode): ChartPicture {
  const byId = new Map(chart.nodes.map((n) => [n.id, n]));
  // Top to bottom, left to right: the order Tab visits the boxes in.
  const children = [...(laid.children ?? [])].sort(
    (a, b) => (a.y ?? 0) - (b.y ?? 0) || (a.x ?? 0) - (b.x ?? 0),
  );
  const boxes: ChartBox[] = children.flatMap((c) => {
    const node = byId.get(c.id);
    if (!node) return [];
    return [
      {
        node,
        x: c.x ?? 0,
        y: c.y ?? 0,
        width: c.width ?? BOX.width,
        height: c.height ?? boxHeight(1),
        titleLines: wrapText(node.name, TITLE_CHARS, BOX.maxTitleLines),
      },
    ];
  });
  const lines: ChartLine[] = (laid.edges ?? []).flatMap((e) => {
    const [kind, from, to] = e.id.split('|') as [EdgeKind, string, string];
    const section = (e as ElkExtendedEdge).sections?.[0];
    if (!section) return [];
    const points = [section.startPoint, ...(section.bendPoints ?? []), section.endPoint];
    return [{ id: e.id, kind, from, to, points }];
  });
  return { width: laid.width ?? 0, height: laid.height ?? 0, boxes, lines };
}
