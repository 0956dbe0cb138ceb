CREATE TABLE "consultation_comments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"consultation_id" uuid NOT NULL,
	"body" text NOT NULL,
	"author_id" uuid,
	"author_name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "consultation_documents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"consultation_id" uuid NOT NULL,
	"file_name" text NOT NULL,
	"media_type" text NOT NULL,
	"size_bytes" integer NOT NULL,
	"content" "bytea" NOT NULL,
	"uploaded_by" text NOT NULL,
	"uploaded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "consultation_parties" (
	"consultation_id" uuid NOT NULL,
	"party_id" uuid NOT NULL,
	"ordinal" integer NOT NULL,
	"contribution" text DEFAULT '' NOT NULL,
	"contribution_updated_at" timestamp with time zone,
	"contribution_by" text,
	"position" text,
	"dissent_text" text,
	"position_at" timestamp with time zone,
	"position_by" text,
	CONSTRAINT "consultation_parties_consultation_id_party_id_pk" PRIMARY KEY("consultation_id","party_id")
);
--> statement-breakpoint
CREATE TABLE "consultation_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"consultation_id" uuid NOT NULL,
	"number" integer NOT NULL,
	"text" text NOT NULL,
	"saved_by_id" uuid,
	"saved_by" text NOT NULL,
	"saved_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "consultations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"collaboration_id" uuid NOT NULL,
	"sender" text NOT NULL,
	"title" text NOT NULL,
	"external_deadline" date NOT NULL,
	"drafting_forum_id" uuid NOT NULL,
	"review_forum_ids" uuid[] DEFAULT '{}' NOT NULL,
	"deadlines" jsonb NOT NULL,
	"deadlines_complete" boolean DEFAULT false NOT NULL,
	"contribution_deadline" date NOT NULL,
	"is_public" boolean DEFAULT true NOT NULL,
	"response_text" text DEFAULT '' NOT NULL,
	"current_version" integer DEFAULT 0 NOT NULL,
	"sent_on" date,
	"sent_by" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"search_vector" "tsvector" GENERATED ALWAYS AS (to_tsvector('danish'::regconfig, "title" || ' ' || "sender" || ' ' || "response_text")) STORED,
	"search_words" text GENERATED ALWAYS AS (search_words("title" || ' ' || "sender" || ' ' || "response_text")) STORED
);
--> statement-breakpoint
ALTER TABLE "consultation_comments" ADD CONSTRAINT "consultation_comments_consultation_id_consultations_id_fk" FOREIGN KEY ("consultation_id") REFERENCES "public"."consultations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_documents" ADD CONSTRAINT "consultation_documents_consultation_id_consultations_id_fk" FOREIGN KEY ("consultation_id") REFERENCES "public"."consultations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_parties" ADD CONSTRAINT "consultation_parties_consultation_id_consultations_id_fk" FOREIGN KEY ("consultation_id") REFERENCES "public"."consultations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_versions" ADD CONSTRAINT "consultation_versions_consultation_id_consultations_id_fk" FOREIGN KEY ("consultation_id") REFERENCES "public"."consultations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "consultation_comments_consultation_idx" ON "consultation_comments" USING btree ("consultation_id","created_at");--> statement-breakpoint
CREATE INDEX "consultation_documents_consultation_idx" ON "consultation_documents" USING btree ("consultation_id");--> statement-breakpoint
CREATE INDEX "consultation_parties_party_idx" ON "consultation_parties" USING btree ("party_id");--> statement-breakpoint
CREATE UNIQUE INDEX "consultation_versions_number_idx" ON "consultation_versions" USING btree ("consultation_id","number");--> statement-breakpoint
CREATE INDEX "consultations_collaboration_idx" ON "consultations" USING btree ("collaboration_id","external_deadline");--> statement-breakpoint
CREATE INDEX "consultations_sent_idx" ON "consultations" USING btree ("sent_on","id") WHERE "consultations"."sent_on" is not null;--> statement-breakpoint
CREATE INDEX "consultations_deadline_idx" ON "consultations" USING btree ("external_deadline","id");--> statement-breakpoint
CREATE INDEX "consultations_search_vector_idx" ON "consultations" USING gin ("search_vector");--> statement-breakpoint
CREATE INDEX "consultations_search_words_idx" ON "consultations" USING gin ("search_words" gin_trgm_ops);