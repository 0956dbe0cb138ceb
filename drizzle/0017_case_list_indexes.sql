CREATE INDEX "case_steps_forum_case_idx" ON "case_steps" USING btree ("forum_id","case_id");--> statement-breakpoint
CREATE INDEX "cases_list_order_idx" ON "cases" USING btree ("raised_on","created_at","id","confidential");--> statement-breakpoint
CREATE INDEX "cases_collaboration_order_idx" ON "cases" USING btree ("collaboration_id","raised_on","created_at","id","confidential");--> statement-breakpoint
CREATE INDEX "cases_status_order_idx" ON "cases" USING btree ("status","raised_on","created_at","id","confidential");--> statement-breakpoint
CREATE INDEX "cases_flags_gin_idx" ON "cases" USING gin ("flags");--> statement-breakpoint
CREATE INDEX "cases_title_trgm_idx" ON "cases" USING gin ("title" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "cases_summary_trgm_idx" ON "cases" USING gin ("summary" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "cases_confidential_idx" ON "cases" USING btree ("raised_in_forum_id","raised_on","id") WHERE "cases"."confidential";