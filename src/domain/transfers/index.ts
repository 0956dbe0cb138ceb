/** Task transfers (issue 12 point 4): the pure rules and the orientation committee. */
export * from './rules';
export * from './committee';
