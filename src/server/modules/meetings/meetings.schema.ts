/** Every table of the meetings module, for the schema barrel (src/server/db/schema.ts). */
export * from './calendar.table';
export * from './meetings.table';
export * from './feed-tokens.table';
