CREATE TABLE "history_records" (
	"case_id" uuid PRIMARY KEY NOT NULL,
	"collaboration_id" uuid NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	"recorded_by" uuid,
	"recorded_by_name" text,
	"source" text NOT NULL,
	"through_seq" integer NOT NULL,
	"meeting_ids" uuid[] DEFAULT '{}' NOT NULL
);
--> statement-breakpoint
ALTER TABLE "history_records" ADD CONSTRAINT "history_records_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "history_records_collaboration_idx" ON "history_records" USING btree ("collaboration_id","recorded_at");