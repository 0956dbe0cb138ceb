/**
 * A request for charters: a forum (the officials' committee) asks every cluster of the
 * collaboration for its charter by a deadline, with a checklist of minimum requirements that the
 * secretariat (or the requesting forum) marks per delivered charter.
 */
import type { IsoDate } from '../../shared/dates';
import type { DeliveryStatus } from '../../shared/charters.enums';

export type { DeliveryStatus } from '../../shared/charters.enums';

/**
 * A cluster's delivery status on `on`: delivered by the deadline (inclusive) = on time, after it
 * = late; not delivered = awaiting until the deadline has passed, then missing. A delivery dated
 * after `on` is not seen yet.
 */
export function deliveryStatus(
  deadline: IsoDate,
  deliveredOn: IsoDate | null,
  on: IsoDate,
): DeliveryStatus {
  if (deliveredOn !== null && deliveredOn <= on) {
    return deliveredOn <= deadline ? 'onTime' : 'late';
  }
  return on > deadline ? 'missing' : 'awaiting';
}

/** One cluster's row in the status matrix. */
export interface ClusterStatusInput {
  clusterId: string;
  delivery: { deliveredOn: IsoDate; met: readonly (boolean | null)[] } | null;
}

/** The status matrix row: delivery status and, per requirement, met / not met / not assessed. */
export interface ClusterStatusRow {
  clusterId: string;
  status: DeliveryStatus;
  met: (boolean | null)[];
  metCount: number;
}

/** The matrix of a request on a day, and its counts per status. */
export function requestStatus(input: {
  deadline: IsoDate;
  requirementCount: number;
  clusters: readonly ClusterStatusInput[];
  on: IsoDate;
}): { rows: ClusterStatusRow[]; counts: Record<DeliveryStatus, number> } {
  const counts: Record<DeliveryStatus, number> = { onTime: 0, late: 0, missing: 0, awaiting: 0 };
  const rows = input.clusters.map((c) => {
    const status = deliveryStatus(input.deadline, c.delivery?.deliveredOn ?? null, input.on);
    counts[status] += 1;
    const seen = status === 'onTime' || status === 'late';
    const met = Array.from({ length: input.requirementCount }, (_, i) =>
      seen ? (c.delivery?.met[i] ?? null) : null,
    );
    return { clusterId: c.clusterId, status, met, metCount: met.filter((m) => m === true).length };
  });
  return { rows, counts };
}
