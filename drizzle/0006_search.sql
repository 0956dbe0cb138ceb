-- Danish full-text search (src/server/modules/search, docs/decisions/006-danish-search.md).
-- Expression indexes, so the owning modules' tables keep their columns. Each expression must stay
-- identical to the one in src/server/modules/search/search.sql.ts, or the planner will not use
-- the index (search.routes.test.ts checks that it does).
-- Per searchable text: a GIN index on the 'danish' tsvector (stemming, stop words) and a GIN
-- trigram index (pg_trgm, created in 0001) on the lower-cased text, for compound words.
CREATE INDEX "cases_search_fts_idx" ON "cases" USING gin (to_tsvector('danish'::regconfig, "title" || ' ' || "summary" || ' ' || "body"));
--> statement-breakpoint
CREATE INDEX "cases_search_trgm_idx" ON "cases" USING gin (lower("title" || ' ' || "summary" || ' ' || "body") gin_trgm_ops);
--> statement-breakpoint
CREATE INDEX "agenda_items_search_fts_idx" ON "agenda_items" USING gin (to_tsvector('danish'::regconfig, "title" || ' ' || "body" || ' ' || coalesce("recommendation", '')));
--> statement-breakpoint
CREATE INDEX "agenda_items_search_trgm_idx" ON "agenda_items" USING gin (lower("title" || ' ' || "body" || ' ' || coalesce("recommendation", '')) gin_trgm_ops);
--> statement-breakpoint
CREATE INDEX "agenda_items_minutes_fts_idx" ON "agenda_items" USING gin (to_tsvector('danish'::regconfig, coalesce("decision", ''))) WHERE "decision" IS NOT NULL;
--> statement-breakpoint
CREATE INDEX "agenda_items_minutes_trgm_idx" ON "agenda_items" USING gin (lower(coalesce("decision", '')) gin_trgm_ops) WHERE "decision" IS NOT NULL;
--> statement-breakpoint
CREATE INDEX "case_steps_search_fts_idx" ON "case_steps" USING gin (to_tsvector('danish'::regconfig, coalesce("recommendation", '') || ' ' || coalesce("decision_text", ''))) WHERE "recommendation" IS NOT NULL OR "decision_text" IS NOT NULL;
--> statement-breakpoint
CREATE INDEX "case_steps_search_trgm_idx" ON "case_steps" USING gin (lower(coalesce("recommendation", '') || ' ' || coalesce("decision_text", '')) gin_trgm_ops) WHERE "recommendation" IS NOT NULL OR "decision_text" IS NOT NULL;
