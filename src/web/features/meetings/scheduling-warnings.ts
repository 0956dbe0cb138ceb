/**
 * Reading a 409 `orderingWarning` (or the `warnings` of a saved meeting): the scheduling
 * warnings with their texts and the suggested date. Pure, so it is unit-tested.
 */
import { z } from 'zod';
import { ApiError } from '../../api/api-error';
import { IsoDateSchema, type IsoDate } from '../../../shared/dates';
import { SchedulingWarningSchema, type SchedulingWarning } from '../../../shared/meetings.contract';

/** What the ordering-warning dialog shows. */
export interface OrderingWarning {
  warnings: SchedulingWarning[];
  /** The first date that satisfies every rule, when the server found one. */
  suggestedDate: IsoDate | null;
}

const ExtraSchema = z.object({
  warnings: z.array(SchedulingWarningSchema),
  suggestedDate: IsoDateSchema.nullable().optional(),
});

/** The warnings of a 409 `orderingWarning`, or null for any other error. */
export function orderingWarningOf(error: unknown): OrderingWarning | null {
  if (!(error instanceof ApiError) || error.code !== 'orderingWarning') return null;
  const parsed = ExtraSchema.safeParse(error.extra);
  if (!parsed.success) return { warnings: [], suggestedDate: null };
  const { warnings, suggestedDate } = parsed.data;
  return {
    warnings,
    suggestedDate: suggestedDate ?? warnings.find((w) => w.suggestedDate)?.suggestedDate ?? null,
  };
}
