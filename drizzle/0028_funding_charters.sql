CREATE TABLE "charter_deliveries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"request_id" uuid NOT NULL,
	"cluster_id" uuid NOT NULL,
	"forum_id" uuid NOT NULL,
	"version_id" uuid NOT NULL,
	"delivered_on" date NOT NULL,
	"met" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"assessed" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE "charter_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"collaboration_id" uuid NOT NULL,
	"requesting_forum_id" uuid NOT NULL,
	"title" text NOT NULL,
	"as_of" date NOT NULL,
	"deadline" date NOT NULL,
	"requirements" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "charter_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"forum_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"purpose" text NOT NULL,
	"must_tasks" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"may_tasks" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"composition" text DEFAULT '' NOT NULL,
	"valid_from" date NOT NULL,
	"saved_at" timestamp with time zone DEFAULT now() NOT NULL,
	"saved_by_user_id" uuid,
	"saved_by_name" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "funding_application_initiatives" (
	"application_id" uuid NOT NULL,
	"initiative_id" uuid NOT NULL,
	CONSTRAINT "funding_application_initiatives_application_id_initiative_id_pk" PRIMARY KEY("application_id","initiative_id")
);
--> statement-breakpoint
CREATE TABLE "funding_application_parties" (
	"application_id" uuid NOT NULL,
	"party_id" uuid NOT NULL,
	"amount_ore" bigint NOT NULL,
	"position" integer NOT NULL,
	CONSTRAINT "funding_application_parties_application_id_party_id_pk" PRIMARY KEY("application_id","party_id")
);
--> statement-breakpoint
CREATE TABLE "funding_application_pilots" (
	"application_id" uuid NOT NULL,
	"pilot_id" uuid NOT NULL,
	CONSTRAINT "funding_application_pilots_application_id_pilot_id_pk" PRIMARY KEY("application_id","pilot_id")
);
--> statement-breakpoint
CREATE TABLE "funding_applications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"collaboration_id" uuid NOT NULL,
	"pool_id" uuid NOT NULL,
	"owner_forum_id" uuid NOT NULL,
	"cluster_id" uuid,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"lead_party_id" uuid NOT NULL,
	"total_budget_ore" bigint NOT NULL,
	"amount_granted_ore" bigint,
	"status" text DEFAULT 'idea' NOT NULL,
	"year" integer NOT NULL,
	"idea_on" date NOT NULL,
	"preparation_on" date,
	"submitted_on" date,
	"decided_on" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "funding_applications_granted_check" CHECK ("funding_applications"."amount_granted_ore" is null or "funding_applications"."amount_granted_ore" <= "funding_applications"."total_budget_ore")
);
--> statement-breakpoint
CREATE TABLE "funding_obligations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"application_id" uuid NOT NULL,
	"collaboration_id" uuid NOT NULL,
	"title" text NOT NULL,
	"due_date" date NOT NULL,
	"done_on" date
);
--> statement-breakpoint
CREATE TABLE "funding_pools" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"collaboration_id" uuid NOT NULL,
	"owner" text NOT NULL,
	"title" text NOT NULL,
	"amount_ore" bigint NOT NULL,
	"deadline" date NOT NULL,
	"criteria_url" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "charter_deliveries" ADD CONSTRAINT "charter_deliveries_request_id_charter_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."charter_requests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "charter_deliveries" ADD CONSTRAINT "charter_deliveries_version_id_charter_versions_id_fk" FOREIGN KEY ("version_id") REFERENCES "public"."charter_versions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "funding_application_initiatives" ADD CONSTRAINT "funding_application_initiatives_application_id_funding_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."funding_applications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "funding_application_parties" ADD CONSTRAINT "funding_application_parties_application_id_funding_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."funding_applications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "funding_application_pilots" ADD CONSTRAINT "funding_application_pilots_application_id_funding_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."funding_applications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "funding_applications" ADD CONSTRAINT "funding_applications_pool_id_funding_pools_id_fk" FOREIGN KEY ("pool_id") REFERENCES "public"."funding_pools"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "funding_obligations" ADD CONSTRAINT "funding_obligations_application_id_funding_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."funding_applications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "charter_deliveries_request_cluster_idx" ON "charter_deliveries" USING btree ("request_id","cluster_id");--> statement-breakpoint
CREATE INDEX "charter_requests_collaboration_idx" ON "charter_requests" USING btree ("collaboration_id","deadline","id");--> statement-breakpoint
CREATE UNIQUE INDEX "charter_versions_forum_version_idx" ON "charter_versions" USING btree ("forum_id","version");--> statement-breakpoint
CREATE INDEX "charter_versions_forum_valid_idx" ON "charter_versions" USING btree ("forum_id","valid_from","version");--> statement-breakpoint
CREATE INDEX "funding_application_initiatives_initiative_idx" ON "funding_application_initiatives" USING btree ("initiative_id");--> statement-breakpoint
CREATE INDEX "funding_application_pilots_pilot_idx" ON "funding_application_pilots" USING btree ("pilot_id");--> statement-breakpoint
CREATE INDEX "funding_applications_list_idx" ON "funding_applications" USING btree ("collaboration_id","year","status","id");--> statement-breakpoint
CREATE INDEX "funding_applications_pool_idx" ON "funding_applications" USING btree ("pool_id");--> statement-breakpoint
CREATE INDEX "funding_applications_cluster_idx" ON "funding_applications" USING btree ("cluster_id","year");--> statement-breakpoint
CREATE INDEX "funding_obligations_application_idx" ON "funding_obligations" USING btree ("application_id","due_date");--> statement-breakpoint
CREATE INDEX "funding_obligations_open_idx" ON "funding_obligations" USING btree ("collaboration_id","due_date") WHERE "funding_obligations"."done_on" is null;--> statement-breakpoint
CREATE INDEX "funding_pools_collaboration_idx" ON "funding_pools" USING btree ("collaboration_id","deadline","id");