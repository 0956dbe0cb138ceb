/** The statuses of a joint funding application, in life-cycle order. */
export const APPLICATION_STATUSES = [
  'idea',
  'inPreparation',
  'submitted',
  'granted',
  'refused',
] as const;
/** An application's status. */
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];
