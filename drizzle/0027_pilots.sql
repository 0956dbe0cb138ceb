CREATE TABLE "pilot_decisions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"pilot_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"step_id" text NOT NULL,
	"forum_id" uuid NOT NULL,
	"outcome" text NOT NULL,
	"scope_kind" text,
	"scope_cluster_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"decided_on" date NOT NULL,
	"text" text NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "pilot_spread" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"pilot_id" uuid NOT NULL,
	"decision_id" uuid NOT NULL,
	"party_id" uuid NOT NULL,
	"status" text NOT NULL,
	"on" date NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"recorded_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "pilots" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"collaboration_id" uuid NOT NULL,
	"cluster_id" uuid,
	"forum_id" uuid NOT NULL,
	"title" text NOT NULL,
	"hypothesis" text DEFAULT '' NOT NULL,
	"theme" text,
	"period_from" date NOT NULL,
	"period_to" date,
	"participant_party_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"plan_id" uuid,
	"initiative_id" uuid,
	"confidential" boolean DEFAULT false NOT NULL,
	"results" text DEFAULT '' NOT NULL,
	"costs_ore" bigint,
	"file_name" text,
	"file_media_type" text,
	"file_size_bytes" integer,
	"file_sha256" text,
	"file_content" "bytea",
	"case_id" uuid,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "pilots_period_check" CHECK ("pilots"."period_to" is null or "pilots"."period_to" >= "pilots"."period_from"),
	CONSTRAINT "pilots_costs_check" CHECK ("pilots"."costs_ore" is null or "pilots"."costs_ore" >= 0)
);
--> statement-breakpoint
ALTER TABLE "pilot_decisions" ADD CONSTRAINT "pilot_decisions_pilot_id_pilots_id_fk" FOREIGN KEY ("pilot_id") REFERENCES "public"."pilots"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pilot_spread" ADD CONSTRAINT "pilot_spread_pilot_id_pilots_id_fk" FOREIGN KEY ("pilot_id") REFERENCES "public"."pilots"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pilot_spread" ADD CONSTRAINT "pilot_spread_decision_id_pilot_decisions_id_fk" FOREIGN KEY ("decision_id") REFERENCES "public"."pilot_decisions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "pilot_decisions_pilot_idx" ON "pilot_decisions" USING btree ("pilot_id","decided_on");--> statement-breakpoint
CREATE INDEX "pilot_spread_party_idx" ON "pilot_spread" USING btree ("pilot_id","party_id","on");--> statement-breakpoint
CREATE INDEX "pilots_collaboration_idx" ON "pilots" USING btree ("collaboration_id","period_from","id");--> statement-breakpoint
CREATE INDEX "pilots_forum_idx" ON "pilots" USING btree ("forum_id");--> statement-breakpoint
CREATE INDEX "pilots_case_idx" ON "pilots" USING btree ("case_id");