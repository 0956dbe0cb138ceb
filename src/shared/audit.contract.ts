/** The audit log as the API shows it. */
import { z } from 'zod';
import { IsoDateSchema } from './dates';

export const AuditEntrySchema = z
  .object({
    id: z.number().int(),
    at: z.string(),
    actorUserId: z.string().nullable(),
    actorName: z.string(),
    action: z.string(),
    entityType: z.string(),
    entityId: z.string().nullable(),
    /** The subject's name now (a case's title, a meeting's forum), null when unknown or withheld. */
    subjectName: z.string().nullable(),
    /** A date that names the subject with its name (a meeting's Danish day), `YYYY-MM-DD`. */
    subjectDate: z.string().nullable(),
    /** True when the name is withheld (a confidential case). */
    subjectHidden: z.boolean(),
    summary: z.string().nullable(),
    before: z.unknown(),
    after: z.unknown(),
    relatedIds: z.array(z.string()),
    ip: z.string().nullable(),
  })
  .meta({ id: 'AuditEntry' });
export type AuditEntry = z.infer<typeof AuditEntrySchema>;

export const AuditQuerySchema = z.object({
  actorUserId: z.uuid().optional(),
  /** Entries that concern this id: the entity itself or a related person. */
  relatedTo: z.string().min(1).max(100).optional(),
  entityType: z.string().min(1).max(100).optional(),
  action: z.string().min(1).max(100).optional(),
  from: IsoDateSchema.optional(),
  to: IsoDateSchema.optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  beforeId: z.coerce.number().int().min(1).optional(),
});
export type AuditQuery = z.infer<typeof AuditQuerySchema>;

export const AuditPageSchema = z.object({
  items: z.array(AuditEntrySchema),
  nextBeforeId: z.number().int().nullable(),
});
export type AuditPage = z.infer<typeof AuditPageSchema>;
