/** Every table of the organisation module, for the schema barrel (src/server/db/schema.ts). */
export * from './org-structure.table';
export * from './org-fora.table';
export * from './org-people.table';
export * from './org-reorganise.table';
export * from './org-derived.table';
