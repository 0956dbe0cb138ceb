-- Custom SQL migration file, put your code below! ---- Person search at national scale (issue 11): the person pickers find persons by name in SQL,
-- a page at a time (src/server/modules/organisation/org-person-search.repo.ts), never loading the
-- whole table. `name_folded` is the name folded the way `foldDa` folds a query (lower case, the
-- Danish and common accented capitals lowered even where the database's locale would not, runs
-- of white space made one space, "aa" read as "å"), computed by PostgreSQL itself (GENERATED ...
-- STORED: no writer has to keep it, and selects never read it), trigram-indexed for LIKE '%word%'.
ALTER TABLE "persons"
  ADD COLUMN "name_folded" text GENERATED ALWAYS AS (replace(regexp_replace(btrim(translate(lower("name"), 'ÆØÅÄÖÜÉ', 'æøåäöüé')), '\s+', ' ', 'g'), 'aa', 'å')) STORED;
--> statement-breakpoint
CREATE INDEX "persons_name_folded_trgm_idx" ON "persons" USING gin ("name_folded" gin_trgm_ops);
