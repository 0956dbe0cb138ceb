/**
 * Reading a 409 `orderingWarning` (or the `warnings` of a saved meeting): the scheduling
 * warnings with their texts and the suggested date. Pure, so it is unit-tested.
 */
import { z } from 'zod';
import { ApiError } from '../../api/api-error';
import { IsoDateSchema, type IsoDate } from '../../../shared/dates';
import {
  BilingualSchema,
  SchedulingWarningSchema,
  type Bilingual,
  type SchedulingWarning,
} from '../../../shared/meetings.contract';

/** What the ordering-warning dialog shows. */
export interface OrderingWarning {
  warnings: SchedulingWarning[];
  /** The first date that satisfies every rule, when the server found one. */
  suggestedDate: IsoDate | null;
  /** Without a suggestion: why the server found none and what to do instead. */
  noSuggestion: Bilingual | null;
}

const ExtraSchema = z.object({
  warnings: z.array(SchedulingWarningSchema),
  suggestedDate: IsoDateSchema.nullable().optional(),
  noSuggestion: BilingualSchema.nullable().optional(),
});

/** The warnings of a 409 `orderingWarning`, or null for any other error. */
export function orderingWarningOf(error: unknown): OrderingWarning | null {
  if (!(error instanceof ApiError) || error.code !== 'orderingWarning') return null;
  const parsed = ExtraSchema.safeParse(error.extra);
  if (!parsed.success) return { warnings: [], suggestedDate: null, noSuggestion: null };
  const { warnings, suggestedDate, noSuggestion } = parsed.data;
  const suggested =
    suggestedDate === undefined
      ? (warnings.find((w) => w.suggestedDate)?.suggestedDate ?? null)
      : suggestedDate;
  return {
    warnings,
    suggestedDate: suggested,
    noSuggestion:
      suggested !== null
        ? null
        : (noSuggestion ?? warnings.find((w) => w.noSuggestion)?.noSuggestion ?? null),
  };
}
