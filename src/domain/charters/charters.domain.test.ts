import { describe, expect, it } from 'vitest';
import { charterVersionOn, deliveryStatus, requestStatus } from './index';

describe('charterVersionOn', () => {
  const versions = [
    { version: 1, validFrom: '2025-01-01' },
    { version: 2, validFrom: '2026-01-01' },
    { version: 3, validFrom: '2026-01-01' },
    { version: 4, validFrom: '2027-01-01' },
  ];
  it.each([
    ['2024-12-31', null],
    ['2025-01-01', 1],
    ['2025-12-31', 1],
    ['2026-06-01', 3],
    ['2027-01-01', 4],
  ] as const)('on %s → version %s', (on, version) => {
    expect(charterVersionOn(versions, on)?.version ?? null).toBe(version);
  });
  it('is null without versions', () => expect(charterVersionOn([], '2026-01-01')).toBeNull());
});

describe('deliveryStatus', () => {
  it.each([
    ['2026-03-01', '2026-02-28', '2026-03-10', 'onTime'],
    ['2026-03-01', '2026-03-01', '2026-03-10', 'onTime'],
    ['2026-03-01', '2026-03-02', '2026-03-10', 'late'],
    ['2026-03-01', null, '2026-03-01', 'awaiting'],
    ['2026-03-01', null, '2026-03-02', 'missing'],
    ['2026-03-01', '2026-03-05', '2026-03-03', 'missing'],
    ['2026-03-01', '2026-02-20', '2026-02-10', 'awaiting'],
  ] as const)('deadline %s, delivered %s, on %s → %s', (deadline, delivered, on, status) => {
    expect(deliveryStatus(deadline, delivered, on)).toBe(status);
  });
});

describe('requestStatus', () => {
  it('builds the matrix with counts; unseen deliveries show no marks', () => {
    const { rows, counts } = requestStatus({
      deadline: '2026-03-01',
      requirementCount: 3,
      on: '2026-03-10',
      clusters: [
        { clusterId: 'a', delivery: { deliveredOn: '2026-02-20', met: [true, false] } },
        { clusterId: 'b', delivery: null },
        { clusterId: 'c', delivery: { deliveredOn: '2026-03-04', met: [true, true, true] } },
      ],
    });
    expect(rows).toEqual([
      { clusterId: 'a', status: 'onTime', met: [true, false, null], metCount: 1 },
      { clusterId: 'b', status: 'missing', met: [null, null, null], metCount: 0 },
      { clusterId: 'c', status: 'late', met: [true, true, true], metCount: 3 },
    ]);
    expect(counts).toEqual({ onTime: 1, late: 1, missing: 1, awaiting: 0 });
  });
});
