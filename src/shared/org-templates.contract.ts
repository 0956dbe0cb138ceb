/**
 * The shipped organisation templates (templates/*.yaml) as the reform wizard lists them:
 * `GET /api/org/templates` and `GET /api/org/templates/:name` (the YAML text). Read-only.
 */
import { z } from 'zod';

/** A template's name: its file name without `.yaml` (lower-case letters, digits, dashes). */
export const TemplateNameSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,99}$/, 'A template name: lower-case letters, digits and dashes');

/** One template: its name, and the collaboration it describes (key, name, validity). */
export const OrgTemplateSummarySchema = z.object({
  name: TemplateNameSchema,
  /** The collaboration's key in the file (null when the file does not say). */
  key: z.string().nullable(),
  /** The collaboration's name in the file (the template name when the file does not say). */
  title: z.string(),
  validFrom: z.string().nullable(),
  validTo: z.string().nullable(),
});
export type OrgTemplateSummary = z.infer<typeof OrgTemplateSummarySchema>;

export const OrgTemplateListSchema = z.object({ items: z.array(OrgTemplateSummarySchema) });
export type OrgTemplateList = z.infer<typeof OrgTemplateListSchema>;
