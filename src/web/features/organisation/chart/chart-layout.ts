/**
 * Lays the org chart out with ELK in the browser. ELK (≈1.5 MB) is loaded on first use, so it
 * never weighs on the first page load.
 */
import type { ELK } from 'elkjs/lib/elk-api';
import type { OrgChart } from '../../../../shared/organisation-views.contract';
import { elkGraph, pictureOf, type ChartPicture } from './chart-model';

let elk: Promise<ELK> | null = null;

function loadElk(): Promise<ELK> {
  if (!elk) {
    elk = import('elkjs/lib/elk.bundled.js').then(({ default: ELK }) => new ELK());
    elk.catch(() => {
      elk = null;
    });
  }
  return elk;
}

/** The chart's boxes and lines, laid out top-down (reports-to parents above). */
export async function layoutChart(chart: OrgChart): Promise<ChartPicture> {
  if (chart.nodes.length === 0) return { width: 0, height: 0, boxes: [], lines: [] };
  const engine = await loadElk();
  const laid = await engine.layout(elkGraph(chart));
  return pictureOf(chart, laid);
}
