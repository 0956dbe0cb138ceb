/**
 * The implementation plan's pure rules (issue 9, docs/design/plans.md): status transitions, the
 * goal hierarchy, initiatives and milestones, the degree scale and whose degrees an initiative
 * has. No I/O.
 */
export * from './errors';
export * from './status';
export * from './goals';
export * from './initiatives';
export * from './scale';
export * from './subjects';
