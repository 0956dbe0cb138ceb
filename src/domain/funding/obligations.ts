/** Reporting obligations of a granted application: each has a due date and is done or not. */
import type { IsoDate } from '../../shared/dates';

/** One obligation as the rule needs it. */
export interface Obligation {
  dueDate: IsoDate;
  doneOn: IsoDate | null;
}

/** Overdue on `on`: not done and due before that day (the due day itself is still in time). */
export function isOverdue(obligation: Obligation, on: IsoDate): boolean {
  return obligation.doneOn === null && obligation.dueDate < on;
}
