CREATE TABLE "closure_days" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"collaboration_id" uuid,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"month" integer,
	"day" integer,
	"from_year" integer,
	"to_year" integer,
	"date" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "closure_days_shape" CHECK (("closure_days"."kind" = 'annual' and "closure_days"."month" between 1 and 12 and "closure_days"."day" between 1 and 31 and "closure_days"."date" is null)
        or ("closure_days"."kind" = 'date' and "closure_days"."date" is not null and "closure_days"."month" is null and "closure_days"."day" is null))
);
--> statement-breakpoint
CREATE TABLE "ordering_rules" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"collaboration_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"forum_id" uuid NOT NULL,
	"depends_on_forum_id" uuid NOT NULL,
	"min_days_between" integer DEFAULT 0 NOT NULL,
	"max_days_between" integer,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "ordering_rules_not_self" CHECK ("ordering_rules"."forum_id" <> "ordering_rules"."depends_on_forum_id"),
	CONSTRAINT "ordering_rules_days" CHECK ("ordering_rules"."min_days_between" >= 0 and ("ordering_rules"."max_days_between" is null or "ordering_rules"."max_days_between" >= "ordering_rules"."min_days_between"))
);
--> statement-breakpoint
CREATE TABLE "meeting_participants" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"meeting_id" uuid NOT NULL,
	"person_id" uuid,
	"name" text,
	"email" text,
	"organisation" text,
	"role" text NOT NULL,
	"functions" text[] DEFAULT '{}' NOT NULL,
	"invited" boolean DEFAULT true NOT NULL,
	"attendance" text DEFAULT 'unknown' NOT NULL,
	"source" text NOT NULL,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "meeting_participants_who" CHECK ("meeting_participants"."person_id" is not null or "meeting_participants"."name" is not null)
);
--> statement-breakpoint
CREATE TABLE "meeting_predecessors" (
	"meeting_id" uuid NOT NULL,
	"predecessor_id" uuid NOT NULL,
	CONSTRAINT "meeting_predecessors_meeting_id_predecessor_id_pk" PRIMARY KEY("meeting_id","predecessor_id"),
	CONSTRAINT "meeting_predecessors_not_self" CHECK ("meeting_predecessors"."meeting_id" <> "meeting_predecessors"."predecessor_id")
);
--> statement-breakpoint
CREATE TABLE "meeting_series" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"forum_id" uuid NOT NULL,
	"title" text NOT NULL,
	"params" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "meetings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"forum_id" uuid NOT NULL,
	"collaboration_id" uuid,
	"title" text NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"location" text,
	"online_url" text,
	"kind" text DEFAULT 'ordinary' NOT NULL,
	"status" text DEFAULT 'planned' NOT NULL,
	"widened_circle" boolean DEFAULT false NOT NULL,
	"widened_circle_note" text,
	"series_id" uuid,
	"process_instance_id" uuid,
	"process_draft_key" text,
	"ics_uid" text NOT NULL,
	"ics_sequence" integer DEFAULT 0 NOT NULL,
	"agenda_deadline" date,
	"cancelled_at" timestamp with time zone,
	"cancel_reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "meetings_ends_after_starts" CHECK ("meetings"."ends_at" > "meetings"."starts_at"),
	CONSTRAINT "meetings_sequence_nonnegative" CHECK ("meetings"."ics_sequence" >= 0)
);
--> statement-breakpoint
CREATE TABLE "process_instances" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"template_key" text NOT NULL,
	"title" text NOT NULL,
	"template" jsonb NOT NULL,
	"options" jsonb NOT NULL,
	"collaboration_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "meeting_participants" ADD CONSTRAINT "meeting_participants_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_predecessors" ADD CONSTRAINT "meeting_predecessors_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_predecessors" ADD CONSTRAINT "meeting_predecessors_predecessor_id_meetings_id_fk" FOREIGN KEY ("predecessor_id") REFERENCES "public"."meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meetings" ADD CONSTRAINT "meetings_series_id_meeting_series_id_fk" FOREIGN KEY ("series_id") REFERENCES "public"."meeting_series"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meetings" ADD CONSTRAINT "meetings_process_instance_id_process_instances_id_fk" FOREIGN KEY ("process_instance_id") REFERENCES "public"."process_instances"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "closure_days_collaboration_idx" ON "closure_days" USING btree ("collaboration_id");--> statement-breakpoint
CREATE INDEX "ordering_rules_collaboration_idx" ON "ordering_rules" USING btree ("collaboration_id");--> statement-breakpoint
CREATE INDEX "ordering_rules_forum_idx" ON "ordering_rules" USING btree ("forum_id");--> statement-breakpoint
CREATE INDEX "ordering_rules_depends_on_idx" ON "ordering_rules" USING btree ("depends_on_forum_id");--> statement-breakpoint
CREATE UNIQUE INDEX "ordering_rules_link_unique" ON "ordering_rules" USING btree ("forum_id","depends_on_forum_id","kind");--> statement-breakpoint
CREATE INDEX "meeting_participants_meeting_idx" ON "meeting_participants" USING btree ("meeting_id");--> statement-breakpoint
CREATE INDEX "meeting_participants_person_idx" ON "meeting_participants" USING btree ("person_id");--> statement-breakpoint
CREATE UNIQUE INDEX "meeting_participants_person_unique" ON "meeting_participants" USING btree ("meeting_id","person_id") WHERE "meeting_participants"."person_id" is not null;--> statement-breakpoint
CREATE INDEX "meeting_predecessors_predecessor_idx" ON "meeting_predecessors" USING btree ("predecessor_id");--> statement-breakpoint
CREATE UNIQUE INDEX "meetings_ics_uid_unique" ON "meetings" USING btree ("ics_uid");--> statement-breakpoint
CREATE INDEX "meetings_forum_starts_idx" ON "meetings" USING btree ("forum_id","starts_at");--> statement-breakpoint
CREATE INDEX "meetings_collaboration_starts_idx" ON "meetings" USING btree ("collaboration_id","starts_at");--> statement-breakpoint
CREATE INDEX "meetings_starts_idx" ON "meetings" USING btree ("starts_at");--> statement-breakpoint
CREATE INDEX "meetings_series_idx" ON "meetings" USING btree ("series_id");--> statement-breakpoint
CREATE INDEX "meetings_process_idx" ON "meetings" USING btree ("process_instance_id");