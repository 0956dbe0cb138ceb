CREATE TABLE "user_scopes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"target" text,
	"source" text DEFAULT 'manual' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "user_scopes" ADD CONSTRAINT "user_scopes_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "user_scopes_user_idx" ON "user_scopes" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "user_scopes_unique" ON "user_scopes" USING btree ("user_id","kind",coalesce("target", ''));--> statement-breakpoint
-- Existing secretariat and admin accounts keep acting everywhere (as before scopes existed);
-- an admin narrows them in the users page. New accounts get no scope: they act nowhere until given one.
INSERT INTO "user_scopes" ("user_id", "kind", "target") SELECT "id", 'all', NULL FROM "users" WHERE "role" IN ('secretariat', 'admin');
