/** A cluster's delivery status in a charter request, as of a day. */
export const DELIVERY_STATUSES = ['onTime', 'late', 'missing', 'awaiting'] as const;
/** On time, late, missing (deadline passed), or awaiting (not due yet). */
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];
