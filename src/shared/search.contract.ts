/**
 * The search API contract: Danish full-text search over what the viewer may see. Hidden content
 * (closed agenda items, confidential cases, steps treated in closed items, unpublished agendas)
 * gives no hit, no snippet and no count. The snippet is plain text; `highlights` are the
 * character ranges of the matched words in it (render them e.g. as <mark>, never as HTML).
 */
import { z } from 'zod';
import { IsoDateSchema } from './dates';

/**
 * What can be found: cases, agenda items, decisions on a case's route, minutes' decisions and
 * joint consultation responses.
 */
export const SEARCH_TYPES = ['case', 'agendaItem', 'decision', 'minutes', 'consultation'] as const;
export const SearchTypeSchema = z.enum(SEARCH_TYPES);
export type SearchType = z.infer<typeof SearchTypeSchema>;

/** Limits shared by server and web. */
export const SEARCH_LIMITS = { query: 200, hits: 50, defaultHits: 20 } as const;

/** Control characters (PostgreSQL text cannot hold NUL; the rest has no place in a query). */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]/;

/** The query string of GET /api/search. */
export const SearchQuerySchema = z.object({
  q: z
    .string()
    .trim()
    .min(2)
    .max(SEARCH_LIMITS.query)
    .refine((s) => !CONTROL.test(s), 'Søgningen må ikke indeholde kontroltegn'),
  /** Comma-separated types, e.g. `case,decision`; all types when left out. */
  types: z
    .string()
    .max(100)
    .transform((s) =>
      s
        .split(',')
        .map((t) => t.trim())
        .filter(Boolean),
    )
    .pipe(z.array(SearchTypeSchema).min(1))
    .optional(),
  /** Only what belongs to this forum (a case's route, an item's meeting, a step's forum). */
  forumId: z.uuid().optional(),
  /**
   * Only what belongs to this collaboration or to those linked to it by reorganisations (the
   * collaborations it succeeded and those that succeeded it), so a search finds both sides.
   */
  collaborationId: z.uuid().optional(),
  limit: z.coerce.number().int().min(1).max(SEARCH_LIMITS.hits).default(SEARCH_LIMITS.defaultHits),
});
export type SearchQuery = z.infer<typeof SearchQuerySchema>;

/** A highlighted range of the snippet: [start, end) in UTF-16 code units. */
export const HighlightSchema = z.object({ start: z.number().int(), end: z.number().int() });
export type Highlight = z.infer<typeof HighlightSchema>;

/** One hit. `link` is a path of the web app. */
export const SearchHitSchema = z.object({
  type: SearchTypeSchema,
  /** The case, agenda item, case step or consultation id. */
  id: z.string(),
  title: z.string(),
  snippet: z.string(),
  highlights: z.array(HighlightSchema),
  link: z.string(),
  caseId: z.uuid().nullable(),
  meetingId: z.uuid().nullable(),
  forumId: z.string().nullable(),
  /**
   * The meeting date, the decision date, the day the case was raised, or a consultation's
   * sending date (its external deadline while drafted).
   */
  date: IsoDateSchema.nullable(),
});
export type SearchHit = z.infer<typeof SearchHitSchema>;

export const SearchResultSchema = z
  .object({ query: z.string(), hits: z.array(SearchHitSchema) })
  .meta({ id: 'SearchResult' });
export type SearchResult = z.infer<typeof SearchResultSchema>;
