import { describe, expect, it } from 'vitest';
import type { OrgChart } from '../../../../shared/organisation-views.contract';
import { boxHeight, elkGraph, pictureOf, wrapText } from './chart-model';

const node = (id: string, name: string): OrgChart['nodes'][number] => ({
  id,
  name,
  shortName: null,
  level: 'regional',
  kind: 'political',
  scope: 'crossSector',
  clusterId: null,
  clusterName: null,
  memberCount: 3,
  breachCount: 0,
});

const chart: OrgChart = {
  date: '2026-01-01',
  nodes: [node('ssu', 'Sundhedssamarbejdsudvalget'), node('fyn', 'Sundhedsklynge Fyn (politisk)')],
  edges: [
    { from: 'fyn', to: 'ssu', kind: 'reportsTo', label: null },
    { from: 'fyn', to: 'ssu', kind: 'bornSeat', label: 'Medformænd' },
    { from: 'fyn', to: 'gone', kind: 'bornSeat', label: null },
  ],
};

describe('org chart model', () => {
  it('wraps names on word boundaries and cuts after the last line', () => {
    expect(wrapText('Forretningsudvalget for Sundhedsdirektørforum', 24, 3)).toEqual([
      'Forretningsudvalget for',
      'Sundhedsdirektørforum',
    ]);
    expect(wrapText('a b c d e f', 3, 2)).toEqual(['a b', 'c …']);
    expect(wrapText('Sundhedssamarbejdsudvalgetsformand', 10, 2)).toEqual([
      'Sundhedssamarbejdsudvalgetsformand',
    ]);
  });

  it('points reports-to edges from parent to child and drops edges to unknown fora', () => {
    const graph = elkGraph(chart);
    expect(graph.children?.map((c) => c.id)).toEqual(['ssu', 'fyn']);
    expect(
      graph.edges?.map((e) => [
        e.sources[0],
        e.targets[0],
        e.layoutOptions?.['elk.layered.priority.direction'],
      ]),
    ).toEqual([
      ['ssu', 'fyn', '10'],
      ['fyn', 'ssu', '0'],
    ]);
    expect(graph.children?.[0]?.height).toBe(boxHeight(1));
  });

  it('turns a layout into boxes and lines', () => {
    const graph = elkGraph(chart);
    const picture = pictureOf(chart, {
      ...graph,
      width: 300,
      height: 200,
      children: graph.children?.map((c, i) => ({ ...c, x: 10, y: 10 + i * 100 })),
      edges: graph.edges?.map((e) => ({
        ...e,
        sections: [{ id: 's', startPoint: { x: 1, y: 2 }, endPoint: { x: 3, y: 4 } }],
      })),
    });
    expect(picture.boxes.map((b) => [b.node.id, b.y])).toEqual([
      ['ssu', 10],
      ['fyn', 110],
    ]);
    // A line keeps the chart's direction (child reports to parent); its points run parent → child.
    expect(picture.lines[0]).toMatchObject({ kind: 'reportsTo', from: 'fyn', to: 'ssu' });
    expect(picture.lines[0]?.points).toEqual([
      { x: 1, y: 2 },
      { x: 3, y: 4 },
    ]);
  });
});
