/** The org chart as a tree for the list view: each forum under the forum it reports to. */
import type { OrgChart } from '../../../../shared/organisation-views.contract';
import { compareDanish } from '../../../format';

type ChartNode = OrgChart['nodes'][number];

/** A forum in the tree, with the fora reporting to it and the fora its born seats draw on. */
export interface ChartTreeItem {
  node: ChartNode;
  children: ChartTreeItem[];
  bornFrom: ChartNode[];
}

/** The fora as a forest, roots and children in Danish name order; a cycle is cut where it closes. */
export function chartTree(chart: OrgChart): ChartTreeItem[] {
  const byId = new Map(chart.nodes.map((n) => [n.id, n]));
  const parentOf = new Map<string, string>();
  for (const e of chart.edges) {
    if (e.kind === 'reportsTo' && byId.has(e.to) && e.from !== e.to) parentOf.set(e.from, e.to);
  }
  const bornFrom = (id: string) =>
    chart.edges
      .filter((e) => e.kind === 'bornSeat' && e.to === id)
      .flatMap((e) => byId.get(e.from) ?? [])
      .filter((n, i, all) => all.findIndex((m) => m.id === n.id) === i);
  const seen = new Set<string>();
  const build = (node: ChartNode): ChartTreeItem => {
    seen.add(node.id);
    const children = chart.nodes
      .filter((n) => parentOf.get(n.id) === node.id && !seen.has(n.id))
      .sort((a, b) => compareDanish(a.name, b.name))
      .map(build);
    return { node, children, bornFrom: bornFrom(node.id) };
  };
  const sorted = [...chart.nodes].sort((a, b) => compareDanish(a.name, b.name));
  const roots = sorted.filter((n) => !parentOf.has(n.id)).map(build);
  // Fora on a reporting cycle have no root above them: start from the first one by name.
  for (const n of sorted) if (!seen.has(n.id)) roots.push(build(n));
  return roots;
}
