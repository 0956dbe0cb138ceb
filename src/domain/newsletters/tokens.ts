/**
 * Subscription tokens (double opt-in): a confirmation token is valid for a fixed number of hours
 * after it was issued; after that the subscriber must ask again. Generating and hashing the
 * random token is the server's (crypto); the rule is here.
 */

/** How long a confirmation link works. */
export const CONFIRM_TOKEN_HOURS = 48;

/** When a token issued at `issuedAt` expires. */
export function tokenExpiresAt(issuedAt: Date, hours = CONFIRM_TOKEN_HOURS): Date {
  return new Date(issuedAt.getTime() + hours * 3_600_000);
}

/** Whether a token with this expiry may still be used at `now` (the expiry instant is out). */
export function tokenState(expiresAt: Date | null, now: Date): 'valid' | 'expired' {
  if (!expiresAt) return 'expired';
  return now.getTime() < expiresAt.getTime() ? 'valid' : 'expired';
}

/** Subscriber states: asked (`pending`), `confirmed` (receives newsletters), `unsubscribed`. */
export type SubscriberStatus = 'pending' | 'confirmed' | 'unsubscribed';

/**
 * What a subscription request does to a subscriber in `status` (null: unknown address): a new
 * or lapsed address gets a confirmation e-mail; a confirmed one nothing (the answer is the same
 * either way, so it reveals nothing).
 */
export function onSubscribeRequest(
  status: SubscriberStatus | null,
): 'sendConfirmation' | 'nothing' {
  return status === 'confirmed' ? 'nothing' : 'sendConfirmation';
}
