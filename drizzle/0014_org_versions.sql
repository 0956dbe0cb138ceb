CREATE TABLE "forum_member_periods" (
	"collaboration_id" uuid NOT NULL,
	"forum_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"valid_from" date NOT NULL,
	"valid_to" date
);
--> statement-breakpoint
CREATE TABLE "member_period_versions" (
	"collaboration_id" uuid NOT NULL,
	"version" bigint NOT NULL,
	CONSTRAINT "member_period_versions_collaboration_id_pk" PRIMARY KEY("collaboration_id")
);
--> statement-breakpoint
CREATE TABLE "org_versions" (
	"collaboration_id" uuid PRIMARY KEY NOT NULL,
	"version" bigint NOT NULL
);
--> statement-breakpoint
CREATE INDEX "forum_member_periods_person_idx" ON "forum_member_periods" USING btree ("person_id","forum_id","valid_from");--> statement-breakpoint
CREATE INDEX "forum_member_periods_collaboration_idx" ON "forum_member_periods" USING btree ("collaboration_id");--> statement-breakpoint
CREATE SEQUENCE IF NOT EXISTS "org_version_seq";
--> statement-breakpoint
CREATE OR REPLACE FUNCTION "org_version_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  col text := TG_ARGV[0];
BEGIN
  -- The collaborations whose rows the statement changed get a new version from the sequence.
  IF TG_OP = 'INSERT' THEN
    EXECUTE format('INSERT INTO org_versions (collaboration_id, version) SELECT c, nextval(''org_version_seq'') FROM (SELECT DISTINCT %I AS c FROM new_rows) d ON CONFLICT (collaboration_id) DO UPDATE SET version = excluded.version', col);
  ELSIF TG_OP = 'UPDATE' THEN
    EXECUTE format('INSERT INTO org_versions (collaboration_id, version) SELECT c, nextval(''org_version_seq'') FROM (SELECT %I AS c FROM new_rows UNION SELECT %I FROM old_rows) d ON CONFLICT (collaboration_id) DO UPDATE SET version = excluded.version', col, col);
  ELSE
    EXECUTE format('INSERT INTO org_versions (collaboration_id, version) SELECT c, nextval(''org_version_seq'') FROM (SELECT DISTINCT %I AS c FROM old_rows) d ON CONFLICT (collaboration_id) DO UPDATE SET version = excluded.version', col);
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION "org_version_persons_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO org_versions (collaboration_id, version)
  VALUES ('00000000-0000-0000-0000-000000000000', nextval('org_version_seq'))
  ON CONFLICT (collaboration_id) DO UPDATE SET version = excluded.version;
  RETURN NULL;
END $$;
--> statement-breakpoint
DO $$
DECLARE
  t record;
BEGIN
  FOR t IN SELECT * FROM (VALUES
    ('collaborations', 'entity_id'), ('parties', 'collaboration_id'), ('clusters', 'collaboration_id'),
    ('cluster_memberships', 'collaboration_id'), ('fora', 'collaboration_id'), ('seats', 'collaboration_id'),
    ('composition_rules', 'collaboration_id'), ('office_holdings', 'collaboration_id'),
    ('appointments', 'collaboration_id')) AS v(name, col)
  LOOP
    EXECUTE format('CREATE TRIGGER %I AFTER INSERT ON %I REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION org_version_changed(%L)', t.name || '_org_version_ins', t.name, t.col);
    EXECUTE format('CREATE TRIGGER %I AFTER UPDATE ON %I REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION org_version_changed(%L)', t.name || '_org_version_upd', t.name, t.col);
    EXECUTE format('CREATE TRIGGER %I AFTER DELETE ON %I REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION org_version_changed(%L)', t.name || '_org_version_del', t.name, t.col);
  END LOOP;
END $$;
--> statement-breakpoint
CREATE TRIGGER "persons_org_version" AFTER INSERT OR UPDATE OR DELETE ON "persons" FOR EACH STATEMENT EXECUTE FUNCTION org_version_persons_changed();
--> statement-breakpoint
INSERT INTO "org_versions" ("collaboration_id", "version")
SELECT "c", nextval('org_version_seq') FROM (SELECT DISTINCT "entity_id" AS "c" FROM "collaborations") "d"
ON CONFLICT ("collaboration_id") DO NOTHING;
