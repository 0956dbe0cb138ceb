CREATE TABLE "reorganisations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"effective_date" date NOT NULL,
	"source_collaboration_ids" jsonb NOT NULL,
	"target_collaboration_id" uuid NOT NULL,
	"mappings" jsonb NOT NULL,
	"counts" jsonb NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "composition_rules" ADD COLUMN "verification" jsonb;--> statement-breakpoint
ALTER TABLE "fora" ADD COLUMN "owner_party_id" uuid;--> statement-breakpoint
ALTER TABLE "fora" ADD COLUMN "verification" jsonb;--> statement-breakpoint
ALTER TABLE "seats" ADD COLUMN "political_party" text;--> statement-breakpoint
ALTER TABLE "persons" ADD COLUMN "political_party" text;--> statement-breakpoint
ALTER TABLE "cluster_memberships" ADD COLUMN "verification" jsonb;--> statement-breakpoint
ALTER TABLE "clusters" ADD COLUMN "kind" text DEFAULT 'cluster' NOT NULL;--> statement-breakpoint
ALTER TABLE "clusters" ADD COLUMN "verification" jsonb;--> statement-breakpoint
ALTER TABLE "parties" ADD COLUMN "verification" jsonb;--> statement-breakpoint
ALTER TABLE "parties" ADD COLUMN "council_size" integer;--> statement-breakpoint
ALTER TABLE "parties" ADD COLUMN "predecessor_party_ids" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
CREATE INDEX "reorganisations_target_idx" ON "reorganisations" USING btree ("target_collaboration_id","effective_date");--> statement-breakpoint
CREATE INDEX "reorganisations_sources_idx" ON "reorganisations" USING gin ("source_collaboration_ids");