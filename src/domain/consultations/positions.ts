/**
 * The parties' positions on a joint consultation response: each participating party co-signs
 * (tiltræder), abstains (undlader) or adds a dissent (mindretalsudtalelse) with its text. The
 * consolidated response lists exactly these, in the parties' order.
 */
import {
  CONSULTATION_LIMITS,
  CONSULTATION_POSITIONS,
  type ConsultationPosition,
} from '../../shared/consultations.enums';

export { CONSULTATION_POSITIONS, type ConsultationPosition };

/** The most characters of a dissent's text. */
export const DISSENT_MAX = CONSULTATION_LIMITS.dissent;

/** A party's stand as stored. */
export interface PartyStand {
  partyId: string;
  partyName: string;
  position: ConsultationPosition | null;
  dissentText: string | null;
}

/** Why a position is refused. */
export type PositionError = 'dissentTextMissing' | 'dissentTextNotAllowed' | 'dissentTextTooLong';

/** Checks a position and its text; the text is trimmed, and kept only for a dissent. */
export function checkPosition(
  position: ConsultationPosition,
  text: string | null | undefined,
): { ok: true; dissentText: string | null } | { ok: false; error: PositionError } {
  const trimmed = (text ?? '').trim();
  if (position === 'dissent') {
    if (trimmed === '') return { ok: false, error: 'dissentTextMissing' };
    if (trimmed.length > DISSENT_MAX) return { ok: false, error: 'dissentTextTooLong' };
    return { ok: true, dissentText: trimmed };
  }
  if (trimmed !== '') return { ok: false, error: 'dissentTextNotAllowed' };
  return { ok: true, dissentText: null };
}

/** The positions summed up for the response: who signs, who abstains, who dissents, who is silent. */
export interface PositionSummary {
  signatories: string[];
  abstentions: string[];
  dissents: { partyName: string; text: string }[];
  pending: string[];
}

/** Sums up the parties' positions, keeping the given order. */
export function summarisePositions(stands: readonly PartyStand[]): PositionSummary {
  const out: PositionSummary = { signatories: [], abstentions: [], dissents: [], pending: [] };
  for (const s of stands) {
    if (s.position === 'cosign') out.signatories.push(s.partyName);
    else if (s.position === 'abstain') out.abstentions.push(s.partyName);
    else if (s.position === 'dissent')
      out.dissents.push({ partyName: s.partyName, text: s.dissentText ?? '' });
    else out.pending.push(s.partyName);
  }
  return out;
}
