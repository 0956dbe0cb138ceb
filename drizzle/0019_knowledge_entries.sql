CREATE TABLE "knowledge_entries" (
	"kind" text NOT NULL,
	"source_id" uuid NOT NULL,
	"collaboration_id" uuid NOT NULL,
	"cluster_id" uuid,
	"forum_id" uuid,
	"confidential" boolean DEFAULT false NOT NULL,
	"title" text NOT NULL,
	"summary" text DEFAULT '' NOT NULL,
	"theme" text,
	"outcome" text,
	"on" date NOT NULL,
	"screening_text" text DEFAULT '' NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "knowledge_entries_kind_source_id_pk" PRIMARY KEY("kind","source_id")
);
--> statement-breakpoint
CREATE INDEX "knowledge_entries_order_idx" ON "knowledge_entries" USING btree ("on","kind","source_id");--> statement-breakpoint
CREATE INDEX "knowledge_entries_collaboration_idx" ON "knowledge_entries" USING btree ("collaboration_id","on");--> statement-breakpoint
CREATE INDEX "knowledge_entries_cluster_idx" ON "knowledge_entries" USING btree ("cluster_id","on");--> statement-breakpoint
CREATE INDEX "knowledge_entries_screening_trgm_idx" ON "knowledge_entries" USING gin ("screening_text" gin_trgm_ops);