/** Charters (kommissorier): versions valid on a day, and requests for charters with their status. */
export * from './requests';
export * from './versions';
