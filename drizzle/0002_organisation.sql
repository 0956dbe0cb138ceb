CREATE TABLE "cluster_memberships" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"collaboration_id" uuid NOT NULL,
	"key" text,
	"valid_from" date NOT NULL,
	"valid_to" date,
	"cluster_id" uuid NOT NULL,
	"party_id" uuid NOT NULL,
	"partial" boolean DEFAULT false NOT NULL,
	"verified" boolean DEFAULT false NOT NULL,
	CONSTRAINT "cluster_memberships_period_check" CHECK ("cluster_memberships"."valid_to" is null or "cluster_memberships"."valid_to" >= "cluster_memberships"."valid_from")
);
--> statement-breakpoint
CREATE TABLE "clusters" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"entity_id" uuid NOT NULL,
	"collaboration_id" uuid NOT NULL,
	"key" text NOT NULL,
	"valid_from" date NOT NULL,
	"valid_to" date,
	"name" text NOT NULL,
	"acute_hospital_party_id" uuid,
	"verified" boolean DEFAULT false NOT NULL,
	"source" text,
	CONSTRAINT "clusters_period_check" CHECK ("clusters"."valid_to" is null or "clusters"."valid_to" >= "clusters"."valid_from")
);
--> statement-breakpoint
CREATE TABLE "collaborations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"entity_id" uuid NOT NULL,
	"key" text NOT NULL,
	"name" text NOT NULL,
	"region_name" text NOT NULL,
	"valid_from" date NOT NULL,
	"valid_to" date,
	CONSTRAINT "collaborations_period_check" CHECK ("collaborations"."valid_to" is null or "collaborations"."valid_to" >= "collaborations"."valid_from")
);
--> statement-breakpoint
CREATE TABLE "parties" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"entity_id" uuid NOT NULL,
	"collaboration_id" uuid NOT NULL,
	"key" text NOT NULL,
	"valid_from" date NOT NULL,
	"valid_to" date,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"code" text,
	"population" integer,
	"population_year" integer,
	"parent_party_id" uuid,
	"verified" boolean DEFAULT false NOT NULL,
	"source" text,
	CONSTRAINT "parties_period_check" CHECK ("parties"."valid_to" is null or "parties"."valid_to" >= "parties"."valid_from")
);
--> statement-breakpoint
CREATE TABLE "composition_rules" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"collaboration_id" uuid NOT NULL,
	"key" text,
	"valid_from" date NOT NULL,
	"valid_to" date,
	"forum_id" uuid NOT NULL,
	"severity" text DEFAULT 'error' NOT NULL,
	"spec" jsonb NOT NULL,
	CONSTRAINT "composition_rules_period_check" CHECK ("composition_rules"."valid_to" is null or "composition_rules"."valid_to" >= "composition_rules"."valid_from")
);
--> statement-breakpoint
CREATE TABLE "fora" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"entity_id" uuid NOT NULL,
	"collaboration_id" uuid NOT NULL,
	"key" text NOT NULL,
	"valid_from" date NOT NULL,
	"valid_to" date,
	"name" text NOT NULL,
	"short_name" text,
	"level" text NOT NULL,
	"kind" text NOT NULL,
	"scope" text NOT NULL,
	"cluster_id" uuid,
	"reports_to_forum_id" uuid,
	"cadence" jsonb,
	"secretariat" jsonb,
	"charter" text,
	"must_tasks" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"may_tasks" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"decision_competence" text,
	"successor_forum_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	CONSTRAINT "fora_period_check" CHECK ("fora"."valid_to" is null or "fora"."valid_to" >= "fora"."valid_from")
);
--> statement-breakpoint
CREATE TABLE "seats" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"entity_id" uuid NOT NULL,
	"collaboration_id" uuid NOT NULL,
	"key" text NOT NULL,
	"valid_from" date NOT NULL,
	"valid_to" date,
	"forum_id" uuid NOT NULL,
	"role" text NOT NULL,
	"label" text NOT NULL,
	"party_kind" text,
	"party_id" uuid,
	"cluster_id" uuid,
	"appointed_by" jsonb,
	"term_years" integer,
	"is_function" boolean DEFAULT false NOT NULL,
	"born" jsonb,
	CONSTRAINT "seats_period_check" CHECK ("seats"."valid_to" is null or "seats"."valid_to" >= "seats"."valid_from")
);
--> statement-breakpoint
CREATE TABLE "appointments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"collaboration_id" uuid NOT NULL,
	"key" text,
	"valid_from" date NOT NULL,
	"valid_to" date,
	"seat_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"on_behalf_of_party_id" uuid,
	"substitute_person_id" uuid,
	"appointed_by" jsonb,
	"term_end" date,
	CONSTRAINT "appointments_period_check" CHECK ("appointments"."valid_to" is null or "appointments"."valid_to" >= "appointments"."valid_from")
);
--> statement-breakpoint
CREATE TABLE "office_holdings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"collaboration_id" uuid NOT NULL,
	"key" text,
	"valid_from" date NOT NULL,
	"valid_to" date,
	"person_id" uuid NOT NULL,
	"party_id" uuid NOT NULL,
	"office" text NOT NULL,
	CONSTRAINT "office_holdings_period_check" CHECK ("office_holdings"."valid_to" is null or "office_holdings"."valid_to" >= "office_holdings"."valid_from")
);
--> statement-breakpoint
CREATE TABLE "persons" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"key" text,
	"name" text NOT NULL,
	"email" text,
	"user_id" uuid,
	"fictional" boolean DEFAULT false NOT NULL,
	"ended_on" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "appointments" ADD CONSTRAINT "appointments_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appointments" ADD CONSTRAINT "appointments_substitute_person_id_persons_id_fk" FOREIGN KEY ("substitute_person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "office_holdings" ADD CONSTRAINT "office_holdings_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "persons" ADD CONSTRAINT "persons_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "cluster_memberships_key_unique" ON "cluster_memberships" USING btree ("collaboration_id","key") WHERE "cluster_memberships"."key" is not null;--> statement-breakpoint
CREATE INDEX "cluster_memberships_asof_idx" ON "cluster_memberships" USING btree ("collaboration_id","valid_from","valid_to");--> statement-breakpoint
CREATE INDEX "cluster_memberships_cluster_idx" ON "cluster_memberships" USING btree ("cluster_id");--> statement-breakpoint
CREATE INDEX "cluster_memberships_party_idx" ON "cluster_memberships" USING btree ("party_id");--> statement-breakpoint
CREATE UNIQUE INDEX "clusters_entity_start_unique" ON "clusters" USING btree ("entity_id","valid_from");--> statement-breakpoint
CREATE INDEX "clusters_key_idx" ON "clusters" USING btree ("collaboration_id","key");--> statement-breakpoint
CREATE INDEX "clusters_asof_idx" ON "clusters" USING btree ("collaboration_id","valid_from","valid_to");--> statement-breakpoint
CREATE UNIQUE INDEX "collaborations_entity_start_unique" ON "collaborations" USING btree ("entity_id","valid_from");--> statement-breakpoint
CREATE INDEX "collaborations_key_idx" ON "collaborations" USING btree ("key");--> statement-breakpoint
CREATE UNIQUE INDEX "parties_entity_start_unique" ON "parties" USING btree ("entity_id","valid_from");--> statement-breakpoint
CREATE INDEX "parties_key_idx" ON "parties" USING btree ("collaboration_id","key");--> statement-breakpoint
CREATE INDEX "parties_asof_idx" ON "parties" USING btree ("collaboration_id","valid_from","valid_to");--> statement-breakpoint
CREATE UNIQUE INDEX "composition_rules_key_unique" ON "composition_rules" USING btree ("collaboration_id","key") WHERE "composition_rules"."key" is not null;--> statement-breakpoint
CREATE INDEX "composition_rules_asof_idx" ON "composition_rules" USING btree ("collaboration_id","valid_from","valid_to");--> statement-breakpoint
CREATE INDEX "composition_rules_forum_idx" ON "composition_rules" USING btree ("forum_id");--> statement-breakpoint
CREATE UNIQUE INDEX "fora_entity_start_unique" ON "fora" USING btree ("entity_id","valid_from");--> statement-breakpoint
CREATE INDEX "fora_key_idx" ON "fora" USING btree ("collaboration_id","key");--> statement-breakpoint
CREATE INDEX "fora_asof_idx" ON "fora" USING btree ("collaboration_id","valid_from","valid_to");--> statement-breakpoint
CREATE INDEX "fora_cluster_idx" ON "fora" USING btree ("cluster_id");--> statement-breakpoint
CREATE INDEX "fora_reports_to_idx" ON "fora" USING btree ("reports_to_forum_id");--> statement-breakpoint
CREATE UNIQUE INDEX "seats_entity_start_unique" ON "seats" USING btree ("entity_id","valid_from");--> statement-breakpoint
CREATE INDEX "seats_key_idx" ON "seats" USING btree ("collaboration_id","key");--> statement-breakpoint
CREATE INDEX "seats_asof_idx" ON "seats" USING btree ("collaboration_id","valid_from","valid_to");--> statement-breakpoint
CREATE INDEX "seats_forum_idx" ON "seats" USING btree ("forum_id","valid_from");--> statement-breakpoint
CREATE UNIQUE INDEX "appointments_key_unique" ON "appointments" USING btree ("collaboration_id","key") WHERE "appointments"."key" is not null;--> statement-breakpoint
CREATE INDEX "appointments_asof_idx" ON "appointments" USING btree ("collaboration_id","valid_from","valid_to");--> statement-breakpoint
CREATE INDEX "appointments_seat_idx" ON "appointments" USING btree ("seat_id","valid_from");--> statement-breakpoint
CREATE INDEX "appointments_person_idx" ON "appointments" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "appointments_substitute_idx" ON "appointments" USING btree ("substitute_person_id");--> statement-breakpoint
CREATE UNIQUE INDEX "office_holdings_key_unique" ON "office_holdings" USING btree ("collaboration_id","key") WHERE "office_holdings"."key" is not null;--> statement-breakpoint
CREATE INDEX "office_holdings_asof_idx" ON "office_holdings" USING btree ("collaboration_id","valid_from","valid_to");--> statement-breakpoint
CREATE INDEX "office_holdings_person_idx" ON "office_holdings" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "office_holdings_party_idx" ON "office_holdings" USING btree ("party_id","office","valid_from");--> statement-breakpoint
CREATE UNIQUE INDEX "persons_user_unique" ON "persons" USING btree ("user_id") WHERE "persons"."user_id" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "persons_key_unique" ON "persons" USING btree ("key") WHERE "persons"."key" is not null;--> statement-breakpoint
CREATE INDEX "persons_email_idx" ON "persons" USING btree (lower("email"));