CREATE TABLE "plan_round_columns" (
	"round_id" uuid PRIMARY KEY NOT NULL,
	"initiative_ids" jsonb NOT NULL,
	"scale_keys" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "plan_round_rows" (
	"round_id" uuid NOT NULL,
	"party_id" uuid NOT NULL,
	"cells" text NOT NULL,
	CONSTRAINT "plan_round_rows_round_id_party_id_pk" PRIMARY KEY("round_id","party_id")
);
--> statement-breakpoint
-- Backfill the rounds already closed: the round's initiative order and the plan's scale keys.
INSERT INTO "plan_round_columns" ("round_id", "initiative_ids", "scale_keys")
SELECT r."id", r."initiative_ids",
  coalesce((SELECT jsonb_agg(s.step->>'key' ORDER BY s.n)
    FROM jsonb_array_elements(p."degree_scale") WITH ORDINALITY AS s(step, n)), '[]'::jsonb)
FROM "plan_rounds" r JOIN "plans" p ON p."id" = r."plan_id"
WHERE r."status" = 'closed';
--> statement-breakpoint
-- Per party of a closed round one character per initiative (in the round's order): the index of
-- its degree on the scale, '-' for nothing recorded.
INSERT INTO "plan_round_rows" ("round_id", "party_id", "cells")
SELECT r."id", pty.id::uuid,
  coalesce((SELECT string_agg(coalesce(
      ((SELECT s.n - 1 FROM jsonb_array_elements_text(c."scale_keys") WITH ORDINALITY AS s(k, n)
        WHERE s.k = d."degree"))::text, '-'), '' ORDER BY ini.n)
    FROM jsonb_array_elements_text(r."initiative_ids") WITH ORDINALITY AS ini(id, n)
    LEFT JOIN "plan_degrees" d ON d."round_id" = r."id" AND d."subject_id" = pty.id::uuid
      AND d."initiative_id" = ini.id::uuid), '')
FROM "plan_rounds" r
JOIN "plan_round_columns" c ON c."round_id" = r."id"
CROSS JOIN LATERAL (SELECT DISTINCT x AS id FROM jsonb_array_elements_text(r."party_ids") AS x) pty
WHERE r."status" = 'closed';
