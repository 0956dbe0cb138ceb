/** Newsletters (issue 13, point 4): pre-fill selection, tokens, delivery rules, rendering. */
export * from './prefill';
export * from './tokens';
export * from './deliveries';
export * from './render';
