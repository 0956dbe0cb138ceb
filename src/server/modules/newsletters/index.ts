/**
 * The newsletters module's public surface (issue 13, point 4).
 *
 * - `newslettersModule`: every /api/newsletters route and the sending job (register once under
 *   /api with `{ db, config }`).
 * - `registerNewsletterSource(kind, source)`: another module adds what a newsletter is pre-filled
 *   from (e.g. the consultations module's sent responses as `consultationResponse`); a source
 *   must mark anything the public may not see `public: false` (or leave it out).
 * - Tables, for the scope resolution (access module) and the bench.
 */
export { newslettersModule, type NewslettersOptions } from './plugin';
export {
  registerNewsletterSource,
  type NewsletterSource,
  type SourceQuery,
} from './newsletters.sources';
export { newsletterDeliveries, newsletters, newsletterSubscribers } from './newsletters.table';
