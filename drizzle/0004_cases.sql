CREATE TABLE "agenda_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"meeting_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"case_id" uuid,
	"case_step_id" text,
	"title" text NOT NULL,
	"body" text DEFAULT '' NOT NULL,
	"type" text NOT NULL,
	"closed" boolean DEFAULT false NOT NULL,
	"closed_reason" text,
	"recommendation" text,
	"decision" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "agenda_review_comments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"meeting_id" uuid NOT NULL,
	"item_id" uuid,
	"author_user_id" uuid,
	"author_name" text NOT NULL,
	"text" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "agenda_reviewers" (
	"meeting_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"added_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "agenda_reviewers_meeting_id_user_id_pk" PRIMARY KEY("meeting_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "agendas" (
	"meeting_id" uuid PRIMARY KEY NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"minutes_status" text DEFAULT 'draft' NOT NULL,
	"sent_for_review_at" timestamp with time zone,
	"published_at" timestamp with time zone,
	"minutes_sent_at" timestamp with time zone,
	"minutes_approved_at" timestamp with time zone,
	"approval_ending" text,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "minutes_approvals" (
	"meeting_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"name" text NOT NULL,
	"user_id" uuid,
	"approved_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "minutes_approvals_meeting_id_person_id_pk" PRIMARY KEY("meeting_id","person_id")
);
--> statement-breakpoint
CREATE TABLE "case_attachments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"file_name" text NOT NULL,
	"media_type" text NOT NULL,
	"size_bytes" integer NOT NULL,
	"sha256" text NOT NULL,
	"content" "bytea" NOT NULL,
	"uploaded_by" uuid,
	"uploaded_at" timestamp with time zone DEFAULT now() NOT NULL,
	"deleted_at" timestamp with time zone,
	"deleted_by" uuid,
	"delete_reason" text
);
--> statement-breakpoint
CREATE TABLE "case_events" (
	"case_id" uuid NOT NULL,
	"seq" integer NOT NULL,
	"kind" text NOT NULL,
	"on" date NOT NULL,
	"step_id" text,
	"forum_id" uuid NOT NULL,
	"to_forum_id" uuid,
	"meeting_id" uuid,
	"text" text,
	"actor_id" uuid,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "case_events_case_id_seq_pk" PRIMARY KEY("case_id","seq")
);
--> statement-breakpoint
CREATE TABLE "case_steps" (
	"id" text PRIMARY KEY NOT NULL,
	"case_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"forum_id" uuid NOT NULL,
	"status" text NOT NULL,
	"origin" text NOT NULL,
	"meeting_id" uuid,
	"recommendation" text,
	"decision_text" text,
	"decided_on" date,
	"closed" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE "cases" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"collaboration_id" uuid NOT NULL,
	"title" text NOT NULL,
	"summary" text DEFAULT '' NOT NULL,
	"body" text DEFAULT '' NOT NULL,
	"type" text NOT NULL,
	"flags" text[] DEFAULT '{}' NOT NULL,
	"confidential" boolean DEFAULT false NOT NULL,
	"cluster_id" uuid,
	"raised_in_forum_id" uuid NOT NULL,
	"return_to_forum_id" uuid NOT NULL,
	"raised_on" date NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"current_forum_id" uuid,
	"current_step_id" text,
	"screening_text" text DEFAULT '' NOT NULL,
	"created_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "agenda_items" ADD CONSTRAINT "agenda_items_meeting_id_agendas_meeting_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."agendas"("meeting_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agenda_items" ADD CONSTRAINT "agenda_items_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agenda_items" ADD CONSTRAINT "agenda_items_case_step_id_case_steps_id_fk" FOREIGN KEY ("case_step_id") REFERENCES "public"."case_steps"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agenda_review_comments" ADD CONSTRAINT "agenda_review_comments_meeting_id_agendas_meeting_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."agendas"("meeting_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agenda_review_comments" ADD CONSTRAINT "agenda_review_comments_item_id_agenda_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."agenda_items"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agenda_reviewers" ADD CONSTRAINT "agenda_reviewers_meeting_id_agendas_meeting_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."agendas"("meeting_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agenda_reviewers" ADD CONSTRAINT "agenda_reviewers_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agendas" ADD CONSTRAINT "agendas_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "minutes_approvals" ADD CONSTRAINT "minutes_approvals_meeting_id_agendas_meeting_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."agendas"("meeting_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_attachments" ADD CONSTRAINT "case_attachments_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_events" ADD CONSTRAINT "case_events_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_steps" ADD CONSTRAINT "case_steps_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_steps" ADD CONSTRAINT "case_steps_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "agenda_items_meeting_idx" ON "agenda_items" USING btree ("meeting_id","position");--> statement-breakpoint
CREATE UNIQUE INDEX "agenda_items_step_unique" ON "agenda_items" USING btree ("case_step_id") WHERE "agenda_items"."case_step_id" is not null;--> statement-breakpoint
CREATE INDEX "agenda_items_case_idx" ON "agenda_items" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "agenda_review_comments_meeting_idx" ON "agenda_review_comments" USING btree ("meeting_id","created_at");--> statement-breakpoint
CREATE INDEX "case_attachments_case_idx" ON "case_attachments" USING btree ("case_id") WHERE "case_attachments"."deleted_at" is null;--> statement-breakpoint
CREATE INDEX "case_events_to_forum_idx" ON "case_events" USING btree ("to_forum_id","kind");--> statement-breakpoint
CREATE INDEX "case_steps_position_idx" ON "case_steps" USING btree ("case_id","position");--> statement-breakpoint
CREATE INDEX "case_steps_forum_idx" ON "case_steps" USING btree ("forum_id","status");--> statement-breakpoint
CREATE INDEX "case_steps_meeting_idx" ON "case_steps" USING btree ("meeting_id");--> statement-breakpoint
CREATE INDEX "cases_collaboration_idx" ON "cases" USING btree ("collaboration_id","status");--> statement-breakpoint
CREATE INDEX "cases_current_forum_idx" ON "cases" USING btree ("current_forum_id");--> statement-breakpoint
CREATE INDEX "cases_return_to_idx" ON "cases" USING btree ("return_to_forum_id");--> statement-breakpoint
CREATE INDEX "cases_screening_trgm_idx" ON "cases" USING gin ("screening_text" gin_trgm_ops);