/**
 * A meeting's history: the audit entries about the meeting, newest first, each told in both
 * languages by the meetings module (no internal keys, ids or raw dates in the text).
 */
import { z } from 'zod';
import { BilingualSchema } from './meetings.contract';

/** One entry of a meeting's history. */
export const MeetingHistoryEntrySchema = z
  .object({
    id: z.number().int(),
    at: z.string(),
    actorName: z.string(),
    action: z.string(),
    /** True for a change Samspil made by itself (e.g. participants synced after a seat change). */
    automatic: z.boolean(),
    message: BilingualSchema,
  })
  .meta({ id: 'MeetingHistoryEntry' });
export type MeetingHistoryEntry = z.infer<typeof MeetingHistoryEntrySchema>;

/** A page of a meeting's history; `nextBeforeId` asks for the next (older) page. */
export const MeetingHistoryPageSchema = z
  .object({
    items: z.array(MeetingHistoryEntrySchema),
    nextBeforeId: z.number().int().nullable(),
  })
  .meta({ id: 'MeetingHistoryPage' });
export type MeetingHistoryPage = z.infer<typeof MeetingHistoryPageSchema>;

/** Paging of a meeting's history. */
export const MeetingHistoryQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(50),
  beforeId: z.coerce.number().int().min(1).optional(),
});
export type MeetingHistoryQuery = z.infer<typeof MeetingHistoryQuerySchema>;
