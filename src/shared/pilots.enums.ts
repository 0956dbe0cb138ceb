/** The enumerations of pilots and scale-up (issue 12), shared by the domain, server and web. */

/** The decision outcomes (a subset of KNOWLEDGE_OUTCOMES in src/shared/knowledge.contract.ts). */
export const SCALE_UP_OUTCOMES = ['scaleUp', 'adjustAndRetry', 'stop'] as const;
export type ScaleUpOutcome = (typeof SCALE_UP_OUTCOMES)[number];

/** How far one municipality has come with a scaled-up pilot. */
export const SPREAD_STATUSES = ['notStarted', 'started', 'implemented'] as const;
export type SpreadStatus = (typeof SPREAD_STATUSES)[number];
