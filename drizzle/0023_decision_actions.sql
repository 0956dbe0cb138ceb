CREATE TABLE "decision_actions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"collaboration_id" uuid NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"meeting_id" uuid NOT NULL,
	"item_id" uuid NOT NULL,
	"case_id" uuid,
	"case_step_id" text,
	"deciding_forum_id" uuid NOT NULL,
	"decided_on" date NOT NULL,
	"owner_party_id" uuid,
	"owner_person_id" uuid,
	"due_date" date NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"status_changed_on" date NOT NULL,
	"status_changed_by" text NOT NULL,
	"follow_up_forum_id" uuid NOT NULL,
	"progress" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "decision_actions_one_owner" CHECK (("decision_actions"."owner_party_id" is null) <> ("decision_actions"."owner_person_id" is null)),
	CONSTRAINT "decision_actions_due" CHECK ("decision_actions"."due_date" >= "decision_actions"."decided_on")
);
--> statement-breakpoint
CREATE TABLE "follow_up_agenda_items" (
	"meeting_id" uuid PRIMARY KEY NOT NULL,
	"item_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "decision_actions_follow_up_idx" ON "decision_actions" USING btree ("follow_up_forum_id","status","due_date");--> statement-breakpoint
CREATE INDEX "decision_actions_owner_party_idx" ON "decision_actions" USING btree ("owner_party_id","status","due_date");--> statement-breakpoint
CREATE INDEX "decision_actions_owner_person_idx" ON "decision_actions" USING btree ("owner_person_id","status","due_date");--> statement-breakpoint
CREATE INDEX "decision_actions_source_idx" ON "decision_actions" USING btree ("meeting_id","item_id");--> statement-breakpoint
CREATE INDEX "decision_actions_order_idx" ON "decision_actions" USING btree ("due_date","id");