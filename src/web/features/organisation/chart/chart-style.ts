/**
 * The org chart's look, as SVG attributes (not CSS classes) so an exported SVG, PNG or PDF looks
 * the same as the page. Level is shown by fill and outline colour, kind by the border's dash
 * pattern, and both are also written in each box, so nothing relies on colour alone.
 */
import type { ForumKind, ForumLevel } from '../../../../shared/organisation.enums';
import type { OrgChart } from '../../../../shared/organisation-views.contract';

/** A level's colours: a light fill and a dark outline (text stays dark: AA on every fill). */
export const LEVEL_COLOURS: Record<ForumLevel, { fill: string; stroke: string }> = {
  national: { fill: '#eceff3', stroke: '#4b5865' },
  regional: { fill: '#e3eff8', stroke: '#0d5a8f' },
  healthCouncil: { fill: '#e0f2f1', stroke: '#00695c' },
  cluster: { fill: '#e6f4ea', stroke: '#1d6b3b' },
  municipal: { fill: '#fff4de', stroke: '#8a5a00' },
  bilateral: { fill: '#f3e8f7', stroke: '#6b3d7d' },
};

/** A kind's border: width and dash pattern (solid, dashed, dotted). */
export const KIND_BORDERS: Record<ForumKind, { width: number; dash: string | undefined }> = {
  political: { width: 3, dash: undefined },
  administrative: { width: 2, dash: '8 4' },
  professional: { width: 2, dash: '2 3' },
};

/** The kinds of line between boxes. */
export type EdgeKind = OrgChart['edges'][number]['kind'];

/** A line's colour and dash pattern. */
export const EDGE_STYLES: Record<EdgeKind, { stroke: string; dash: string | undefined }> = {
  reportsTo: { stroke: '#4b5865', dash: undefined },
  bornSeat: { stroke: '#0d5a8f', dash: '6 4' },
  successor: { stroke: '#8a5a00', dash: '2 4' },
};

/** Text settings; Helvetica/Arial so the PDF export's standard fonts match. */
export const FONT = {
  family: 'Arial, Helvetica, sans-serif',
  title: 13,
  small: 11,
  text: '#17212b',
  muted: '#4b5865',
  danger: '#b42318',
};

/** Box geometry. */
export const BOX = {
  width: 210,
  padding: 10,
  lineHeight: 16,
  smallLineHeight: 14,
  maxTitleLines: 3,
};
