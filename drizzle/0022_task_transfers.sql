CREATE TABLE "task_transfers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"collaboration_id" uuid NOT NULL,
	"cluster_id" uuid NOT NULL,
	"forum_id" uuid NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"theme" text,
	"kind" text NOT NULL,
	"status" text DEFAULT 'underAssessment' NOT NULL,
	"transferring_party_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"receiving_party_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"assessment" jsonb NOT NULL,
	"precedent" boolean DEFAULT false NOT NULL,
	"precedent_reason" text,
	"opened_on" date NOT NULL,
	"deciding_forum_id" uuid,
	"decided_on" date,
	"withdrawn_reason" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "transfer_orientations" (
	"transfer_id" uuid PRIMARY KEY NOT NULL,
	"committee_forum_id" uuid NOT NULL,
	"decided_on" date NOT NULL,
	"meeting_id" uuid,
	"agenda_item_id" uuid,
	"placed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "transfer_orientations" ADD CONSTRAINT "transfer_orientations_transfer_id_task_transfers_id_fk" FOREIGN KEY ("transfer_id") REFERENCES "public"."task_transfers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "task_transfers_collaboration_idx" ON "task_transfers" USING btree ("collaboration_id","opened_on","id");--> statement-breakpoint
CREATE INDEX "task_transfers_cluster_idx" ON "task_transfers" USING btree ("cluster_id","opened_on");--> statement-breakpoint
CREATE INDEX "task_transfers_forum_idx" ON "task_transfers" USING btree ("forum_id");--> statement-breakpoint
CREATE INDEX "task_transfers_status_idx" ON "task_transfers" USING btree ("status","opened_on");--> statement-breakpoint
CREATE INDEX "task_transfers_precedent_idx" ON "task_transfers" USING btree ("opened_on") WHERE "task_transfers"."precedent";--> statement-breakpoint
CREATE INDEX "transfer_orientations_pending_idx" ON "transfer_orientations" USING btree ("committee_forum_id","decided_on") WHERE "transfer_orientations"."agenda_item_id" is null;