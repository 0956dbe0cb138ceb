/**
 * Delivery rules of the sending job (docs/decisions/014-newsletter-delivery.md). Each
 * (newsletter, subscriber) has one delivery row. The job claims a `pending` row (→ `sending`)
 * before the SMTP call and marks it `sent` after. A crash between SMTP accepting the message and
 * the mark leaves a `sending` row: once it is older than the lease it can only be a leftover, and
 * it becomes `uncertain`, counted as delivered and NEVER sent again (at most once: a subscriber
 * may in that rare window miss one newsletter, never get two; the message carries a deterministic
 * Message-ID, so a relay log can settle it).
 */

export const DELIVERY_STATUSES = [
  'pending',
  'sending',
  'sent',
  'failed',
  'uncertain',
  'skipped',
] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

/** How long an SMTP send may take before a `sending` claim is surely a leftover. */
export const CLAIM_LEASE_MS = 5 * 60_000;

/** Attempts before a delivery is given up (`failed`). */
export const MAX_DELIVERY_ATTEMPTS = 5;

/** What a `sending` row claimed at `claimedAt` is at `now`. */
export function claimState(
  claimedAt: Date | null,
  now: Date,
  leaseMs = CLAIM_LEASE_MS,
): 'inFlight' | 'uncertain' {
  if (!claimedAt) return 'uncertain';
  return now.getTime() - claimedAt.getTime() >= leaseMs ? 'uncertain' : 'inFlight';
}

/** After a failed SMTP attempt (`attempts` counted with it): try again later, or give up. */
export function afterFailure(attempts: number): 'pending' | 'failed' {
  return attempts >= MAX_DELIVERY_ATTEMPTS ? 'failed' : 'pending';
}

/** Counts per status → the progress the UI shows. */
export function progressOf(counts: Partial<Record<DeliveryStatus, number>>): {
  total: number;
  sent: number;
  pending: number;
  failed: number;
  uncertain: number;
} {
  const n = (s: DeliveryStatus) => counts[s] ?? 0;
  return {
    total: DELIVERY_STATUSES.reduce((sum, s) => sum + n(s), 0),
    sent: n('sent'),
    pending: n('pending') + n('sending'),
    failed: n('failed') + n('skipped'),
    uncertain: n('uncertain'),
  };
}

/** The newsletter is sent once nothing is waiting or in flight. */
export function isFinished(counts: Partial<Record<DeliveryStatus, number>>): boolean {
  return (counts.pending ?? 0) === 0 && (counts.sending ?? 0) === 0;
}

/** The deterministic Message-ID of one delivery (the same on every attempt). */
export function messageIdOf(newsletterId: string, subscriberId: string, host: string): string {
  return `<newsletter.${newsletterId}.${subscriberId}@${host}>`;
}
