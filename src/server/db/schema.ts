/** The schema barrel: every table of every module, for Drizzle's typed queries. */
export * from '../modules/auth/auth.table';
export * from '../modules/audit/audit.table';
