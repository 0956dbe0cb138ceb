ALTER TABLE "case_steps" ADD COLUMN "return_mode" text;--> statement-breakpoint
ALTER TABLE "case_steps" ADD COLUMN "return_of" text;--> statement-breakpoint
ALTER TABLE "case_steps" ADD COLUMN "noted_on" date;--> statement-breakpoint
ALTER TABLE "case_steps" ADD COLUMN "note_text" text;