import { describe, expect, it } from 'vitest';
import type { OrgChart } from '../../../../shared/organisation-views.contract';
import { chartTree, type ChartTreeItem } from './chart-tree';

const node = (id: string): OrgChart['nodes'][number] => ({
  id,
  name: id,
  shortName: null,
  level: 'cluster',
  kind: 'political',
  scope: 'crossSector',
  clusterId: null,
  clusterName: null,
  memberCount: 0,
  breachCount: 0,
});

const shape = (items: ChartTreeItem[]): unknown =>
  items.map((i) => [i.node.id, shape(i.children), i.bornFrom.map((b) => b.id)]);

describe('chart tree', () => {
  it('nests fora under the forum they report to, with born-seat sources', () => {
    const chart: OrgChart = {
      date: '2026-01-01',
      nodes: ['ssu', 'kkr', 'fyn', 'adm-fyn'].map(node),
      edges: [
        { from: 'fyn', to: 'ssu', kind: 'reportsTo', label: null },
        { from: 'adm-fyn', to: 'fyn', kind: 'reportsTo', label: null },
        { from: 'fyn', to: 'ssu', kind: 'bornSeat', label: null },
      ],
    };
    expect(shape(chartTree(chart))).toEqual([
      ['kkr', [], []],
      ['ssu', [['fyn', [['adm-fyn', [], []]], []]], ['fyn']],
    ]);
  });

  it('keeps fora on a reporting cycle', () => {
    const chart: OrgChart = {
      date: '2026-01-01',
      nodes: ['a', 'b'].map(node),
      edges: [
        { from: 'a', to: 'b', kind: 'reportsTo', label: null },
        { from: 'b', to: 'a', kind: 'reportsTo', label: null },
      ],
    };
    expect(shape(chartTree(chart))).toEqual([['a', [['b', [], []]], []]]);
  });
});
