CREATE TABLE "plan_cluster_priorities" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"initiative_id" uuid NOT NULL,
	"cluster_id" uuid NOT NULL,
	"priority" text NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"decided_on" date NOT NULL,
	"recorded_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "plan_degrees" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"initiative_id" uuid NOT NULL,
	"subject_kind" text NOT NULL,
	"subject_id" uuid NOT NULL,
	"degree" text NOT NULL,
	"comment" text DEFAULT '' NOT NULL,
	"recorded_on" date NOT NULL,
	"round_id" uuid,
	"carried" boolean DEFAULT false NOT NULL,
	"changed" boolean DEFAULT true NOT NULL,
	"recorded_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "plan_goals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"parent_id" uuid,
	"level" text NOT NULL,
	"code" text NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"valid_from" date NOT NULL,
	"valid_to" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "plan_goals_period_check" CHECK ("plan_goals"."valid_to" is null or "plan_goals"."valid_to" >= "plan_goals"."valid_from")
);
--> statement-breakpoint
CREATE TABLE "plan_indicator_values" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"indicator_id" uuid NOT NULL,
	"party_id" uuid NOT NULL,
	"period" text NOT NULL,
	"value" numeric(20, 6) NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"recorded_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "plan_indicators" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"goal_id" uuid,
	"initiative_id" uuid,
	"key" text NOT NULL,
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"unit" text NOT NULL,
	"direction" text NOT NULL,
	"source" text DEFAULT 'manual' NOT NULL,
	"source_name" text DEFAULT '' NOT NULL,
	"source_url" text,
	"target" numeric(20, 6),
	"target_period" text,
	"position" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "plan_initiatives" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"goal_id" uuid,
	"number" text NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"level" text NOT NULL,
	"responsible_forum_id" uuid,
	"participating_party_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"year_priorities" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"economy_dkk" bigint,
	"economy_note" text DEFAULT '' NOT NULL,
	"payer" text DEFAULT '' NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"valid_from" date NOT NULL,
	"valid_to" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "plan_initiatives_period_check" CHECK ("plan_initiatives"."valid_to" is null or "plan_initiatives"."valid_to" >= "plan_initiatives"."valid_from")
);
--> statement-breakpoint
CREATE TABLE "plan_links" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"initiative_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"target_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "plan_milestones" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"initiative_id" uuid NOT NULL,
	"title" text NOT NULL,
	"due_date" date NOT NULL,
	"status" text DEFAULT 'notStarted' NOT NULL,
	"completed_on" date,
	"position" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "plan_owners" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"forum_id" uuid NOT NULL,
	"valid_from" date NOT NULL,
	"valid_to" date,
	CONSTRAINT "plan_owners_period_check" CHECK ("plan_owners"."valid_to" is null or "plan_owners"."valid_to" >= "plan_owners"."valid_from")
);
--> statement-breakpoint
CREATE TABLE "plan_round_responses" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"round_id" uuid NOT NULL,
	"party_id" uuid NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"answered_at" timestamp with time zone,
	"answered_by" uuid,
	"no_changes" boolean DEFAULT false NOT NULL,
	"fields_touched" integer DEFAULT 0 NOT NULL,
	"reminded_on" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "plan_rounds" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"title" text NOT NULL,
	"opens_on" date NOT NULL,
	"deadline" date NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"closed_on" date,
	"closed_at" timestamp with time zone,
	"initiative_ids" jsonb NOT NULL,
	"party_ids" jsonb NOT NULL,
	"reminder_days" jsonb DEFAULT '[7,1]'::jsonb NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "plans" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"collaboration_id" uuid NOT NULL,
	"key" text NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"period_from" date NOT NULL,
	"period_to" date,
	"status" text DEFAULT 'draft' NOT NULL,
	"adopted_on" date,
	"adopted_agenda_item_id" uuid,
	"ended_on" date,
	"degree_scale" jsonb NOT NULL,
	"fictional" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "plans_period_check" CHECK ("plans"."period_to" is null or "plans"."period_to" >= "plans"."period_from")
);
--> statement-breakpoint
CREATE UNIQUE INDEX "plan_cluster_priorities_unique" ON "plan_cluster_priorities" USING btree ("initiative_id","cluster_id");--> statement-breakpoint
CREATE INDEX "plan_cluster_priorities_plan_idx" ON "plan_cluster_priorities" USING btree ("plan_id","cluster_id");--> statement-breakpoint
CREATE UNIQUE INDEX "plan_degrees_round_unique" ON "plan_degrees" USING btree ("round_id","initiative_id","subject_id") WHERE "plan_degrees"."round_id" is not null;--> statement-breakpoint
CREATE INDEX "plan_degrees_latest_idx" ON "plan_degrees" USING btree ("plan_id","initiative_id","subject_id","recorded_on","created_at");--> statement-breakpoint
CREATE INDEX "plan_degrees_subject_idx" ON "plan_degrees" USING btree ("plan_id","subject_id");--> statement-breakpoint
CREATE UNIQUE INDEX "plan_goals_code_unique" ON "plan_goals" USING btree ("plan_id","code");--> statement-breakpoint
CREATE INDEX "plan_goals_parent_idx" ON "plan_goals" USING btree ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "plan_indicator_values_unique" ON "plan_indicator_values" USING btree ("indicator_id","party_id","period");--> statement-breakpoint
CREATE INDEX "plan_indicator_values_period_idx" ON "plan_indicator_values" USING btree ("indicator_id","period");--> statement-breakpoint
CREATE UNIQUE INDEX "plan_indicators_key_unique" ON "plan_indicators" USING btree ("plan_id","key");--> statement-breakpoint
CREATE UNIQUE INDEX "plan_initiatives_number_unique" ON "plan_initiatives" USING btree ("plan_id","number");--> statement-breakpoint
CREATE INDEX "plan_initiatives_goal_idx" ON "plan_initiatives" USING btree ("goal_id");--> statement-breakpoint
CREATE INDEX "plan_initiatives_forum_idx" ON "plan_initiatives" USING btree ("responsible_forum_id");--> statement-breakpoint
CREATE UNIQUE INDEX "plan_links_unique" ON "plan_links" USING btree ("initiative_id","kind","target_id");--> statement-breakpoint
CREATE INDEX "plan_links_target_idx" ON "plan_links" USING btree ("kind","target_id");--> statement-breakpoint
CREATE INDEX "plan_milestones_initiative_idx" ON "plan_milestones" USING btree ("initiative_id","due_date");--> statement-breakpoint
CREATE INDEX "plan_milestones_due_idx" ON "plan_milestones" USING btree ("plan_id","due_date");--> statement-breakpoint
CREATE INDEX "plan_owners_plan_idx" ON "plan_owners" USING btree ("plan_id","valid_from");--> statement-breakpoint
CREATE INDEX "plan_owners_forum_idx" ON "plan_owners" USING btree ("forum_id");--> statement-breakpoint
CREATE UNIQUE INDEX "plan_round_responses_unique" ON "plan_round_responses" USING btree ("round_id","party_id");--> statement-breakpoint
CREATE INDEX "plan_round_responses_party_idx" ON "plan_round_responses" USING btree ("party_id");--> statement-breakpoint
CREATE INDEX "plan_rounds_plan_idx" ON "plan_rounds" USING btree ("plan_id","opens_on");--> statement-breakpoint
CREATE INDEX "plan_rounds_open_idx" ON "plan_rounds" USING btree ("deadline") WHERE "plan_rounds"."status" = 'open';--> statement-breakpoint
CREATE UNIQUE INDEX "plans_collaboration_key_unique" ON "plans" USING btree ("collaboration_id","key");