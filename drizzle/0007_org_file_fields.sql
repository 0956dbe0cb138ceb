ALTER TABLE "fora" ADD COLUMN "agenda_deadline_working_days" integer;--> statement-breakpoint
ALTER TABLE "cluster_memberships" ADD COLUMN "source" text;--> statement-breakpoint
ALTER TABLE "cluster_memberships" ADD COLUMN "note" text;--> statement-breakpoint
ALTER TABLE "clusters" ADD COLUMN "reference" text;