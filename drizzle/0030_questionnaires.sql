CREATE TABLE "questionnaire_recipients" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"questionnaire_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"party_id" uuid,
	"token_hash" text NOT NULL,
	"link_expires_on" date NOT NULL,
	"revoked_at" timestamp with time zone,
	"answers" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"draft_saved_at" timestamp with time zone,
	"submitted_at" timestamp with time zone,
	"reminders_sent" integer DEFAULT 0 NOT NULL,
	"last_reminded_on" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "questionnaires" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"collaboration_id" uuid NOT NULL,
	"title" text NOT NULL,
	"intro" text DEFAULT '' NOT NULL,
	"sections" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"deadline" date,
	"link_expires_on" date,
	"reminder_days_before" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"sent_at" timestamp with time zone,
	"baseline_id" uuid,
	"template" text,
	"process_instance_id" uuid,
	"process_step_key" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "questionnaire_recipients" ADD CONSTRAINT "questionnaire_recipients_questionnaire_id_questionnaires_id_fk" FOREIGN KEY ("questionnaire_id") REFERENCES "public"."questionnaires"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "questionnaire_recipients_token_unique" ON "questionnaire_recipients" USING btree ("token_hash");--> statement-breakpoint
CREATE UNIQUE INDEX "questionnaire_recipients_person_unique" ON "questionnaire_recipients" USING btree ("questionnaire_id","person_id");--> statement-breakpoint
CREATE INDEX "questionnaire_recipients_questionnaire_idx" ON "questionnaire_recipients" USING btree ("questionnaire_id","submitted_at");--> statement-breakpoint
CREATE INDEX "questionnaire_recipients_person_idx" ON "questionnaire_recipients" USING btree ("person_id","created_at");--> statement-breakpoint
CREATE INDEX "questionnaires_collaboration_idx" ON "questionnaires" USING btree ("collaboration_id","created_at","id");--> statement-breakpoint
CREATE INDEX "questionnaires_process_idx" ON "questionnaires" USING btree ("process_instance_id") WHERE "questionnaires"."process_instance_id" is not null;--> statement-breakpoint
CREATE INDEX "questionnaires_baseline_idx" ON "questionnaires" USING btree ("baseline_id") WHERE "questionnaires"."baseline_id" is not null;