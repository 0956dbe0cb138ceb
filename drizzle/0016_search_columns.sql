-- Custom SQL migration file, put your code below! ---- Search at national scale (src/server/modules/search, docs/decisions/013-national-scale-reads.md).
-- Stored search columns, computed by PostgreSQL itself (GENERATED ... STORED: no writer has to
-- keep them, the owning modules' code is unchanged and their selects never read them), with GIN
-- indexes. Per searchable text:
-- - `*_vector`: the 'danish' tsvector (stemming, stop words), matched with @@ and ranked with
--   ts_rank_cd without computing a vector per row at query time;
-- - `*_words`: the text's distinct lower-cased words ('simple' configuration: no stemming, no
--   stop words) as one short string, trigram-indexed, for compound words ("klyng" inside
--   "sundhedsklyngen") and misspellings: far smaller than the whole text.
-- `search_words(text)`: array_to_string is only STABLE in general (element output functions);
-- for text[] it is immutable, so the wrapper may say so and serve a generated column.
-- The expressions must stay identical to the texts in src/server/modules/search/search.sql.ts.
CREATE OR REPLACE FUNCTION "search_words"("doc" text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT array_to_string(tsvector_to_array(to_tsvector('simple'::regconfig, "doc")), ' ') $$;
--> statement-breakpoint
ALTER TABLE "cases"
  ADD COLUMN "search_vector" tsvector GENERATED ALWAYS AS (to_tsvector('danish'::regconfig, "title" || ' ' || "summary" || ' ' || "body")) STORED,
  ADD COLUMN "search_words" text GENERATED ALWAYS AS (search_words("title" || ' ' || "summary" || ' ' || "body")) STORED;
--> statement-breakpoint
ALTER TABLE "agenda_items"
  ADD COLUMN "search_vector" tsvector GENERATED ALWAYS AS (to_tsvector('danish'::regconfig, "title" || ' ' || "body" || ' ' || coalesce("recommendation", ''))) STORED,
  ADD COLUMN "search_words" text GENERATED ALWAYS AS (search_words("title" || ' ' || "body" || ' ' || coalesce("recommendation", ''))) STORED,
  ADD COLUMN "minutes_vector" tsvector GENERATED ALWAYS AS (to_tsvector('danish'::regconfig, coalesce("decision", ''))) STORED,
  ADD COLUMN "minutes_words" text GENERATED ALWAYS AS (search_words(coalesce("decision", ''))) STORED;
--> statement-breakpoint
ALTER TABLE "case_steps"
  ADD COLUMN "search_vector" tsvector GENERATED ALWAYS AS (to_tsvector('danish'::regconfig, coalesce("recommendation", '') || ' ' || coalesce("decision_text", ''))) STORED,
  ADD COLUMN "search_words" text GENERATED ALWAYS AS (search_words(coalesce("recommendation", '') || ' ' || coalesce("decision_text", ''))) STORED;
--> statement-breakpoint
CREATE INDEX "cases_search_vector_idx" ON "cases" USING gin ("search_vector");
--> statement-breakpoint
CREATE INDEX "cases_search_words_idx" ON "cases" USING gin ("search_words" gin_trgm_ops);
--> statement-breakpoint
CREATE INDEX "agenda_items_search_vector_idx" ON "agenda_items" USING gin ("search_vector");
--> statement-breakpoint
CREATE INDEX "agenda_items_search_words_idx" ON "agenda_items" USING gin ("search_words" gin_trgm_ops);
--> statement-breakpoint
CREATE INDEX "agenda_items_minutes_vector_idx" ON "agenda_items" USING gin ("minutes_vector") WHERE "decision" IS NOT NULL;
--> statement-breakpoint
CREATE INDEX "agenda_items_minutes_words_idx" ON "agenda_items" USING gin ("minutes_words" gin_trgm_ops) WHERE "decision" IS NOT NULL;
--> statement-breakpoint
CREATE INDEX "case_steps_search_vector_idx" ON "case_steps" USING gin ("search_vector") WHERE "recommendation" IS NOT NULL OR "decision_text" IS NOT NULL;
--> statement-breakpoint
CREATE INDEX "case_steps_search_words_idx" ON "case_steps" USING gin ("search_words" gin_trgm_ops) WHERE "recommendation" IS NOT NULL OR "decision_text" IS NOT NULL;
--> statement-breakpoint
-- The expression indexes of 0006 over the whole texts: replaced by the ones above.
DROP INDEX IF EXISTS "cases_search_fts_idx";
--> statement-breakpoint
DROP INDEX IF EXISTS "cases_search_trgm_idx";
--> statement-breakpoint
DROP INDEX IF EXISTS "agenda_items_search_fts_idx";
--> statement-breakpoint
DROP INDEX IF EXISTS "agenda_items_search_trgm_idx";
--> statement-breakpoint
DROP INDEX IF EXISTS "agenda_items_minutes_fts_idx";
--> statement-breakpoint
DROP INDEX IF EXISTS "agenda_items_minutes_trgm_idx";
--> statement-breakpoint
DROP INDEX IF EXISTS "case_steps_search_fts_idx";
--> statement-breakpoint
DROP INDEX IF EXISTS "case_steps_search_trgm_idx";
