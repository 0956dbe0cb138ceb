/** The schema barrel: every table of every module, for Drizzle's typed queries. */
export * from '../modules/auth/auth.table';
export * from '../modules/access/access.table';
export * from '../modules/auth/login-throttle.table';
export * from '../modules/audit/audit.table';
export * from '../modules/organisation/org-tables';
export * from '../modules/meetings/meetings.schema';
export * from '../modules/cases/cases.table';
export * from '../modules/agendas/agendas.table';
export * from '../modules/notifications/notifications.table';
export * from '../modules/plans/plans.table';
export * from '../modules/plans/round-rows.table';
export * from '../modules/knowledge/knowledge.table';
export * from '../modules/newsletters/newsletters.table';
export * from '../modules/transfers/transfers.table';
export * from '../modules/questionnaires/questionnaires.table';
