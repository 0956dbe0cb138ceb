CREATE TABLE "financing_population_sets" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"year" integer NOT NULL,
	"source" text NOT NULL,
	"figures" jsonb NOT NULL,
	"uploaded_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "financing_scenarios" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"collaboration_id" uuid NOT NULL,
	"name" text NOT NULL,
	"as_of" date NOT NULL,
	"population_year" integer,
	"clusters" jsonb NOT NULL,
	"key" jsonb NOT NULL,
	"secretariat_key" jsonb NOT NULL,
	"model4_mode" text NOT NULL,
	"result" jsonb NOT NULL,
	"agenda_meeting_id" uuid,
	"agenda_item_id" uuid,
	"chosen_model" integer,
	"chosen_forum_id" uuid,
	"chosen_meeting_id" uuid,
	"chosen_on" date,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX "financing_population_sets_year_idx" ON "financing_population_sets" USING btree ("year");--> statement-breakpoint
CREATE INDEX "financing_scenarios_collaboration_idx" ON "financing_scenarios" USING btree ("collaboration_id","updated_at","id");--> statement-breakpoint
CREATE INDEX "financing_scenarios_item_idx" ON "financing_scenarios" USING btree ("agenda_item_id") WHERE "financing_scenarios"."agenda_item_id" is not null;