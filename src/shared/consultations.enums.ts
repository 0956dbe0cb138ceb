/** Enumerations of joint consultation responses (fælles høringssvar), shared by server and web. */

/** A party's position: co-signs (tiltræder), abstains (undlader) or dissents (mindretalsudtalelse). */
export const CONSULTATION_POSITIONS = ['cosign', 'abstain', 'dissent'] as const;
export type ConsultationPosition = (typeof CONSULTATION_POSITIONS)[number];

/** A consultation is drafted, then sent (sending freezes it). */
export const CONSULTATION_STATUSES = ['draft', 'sent'] as const;
export type ConsultationStatus = (typeof CONSULTATION_STATUSES)[number];

/** Limits shared by server and web. */
export const CONSULTATION_LIMITS = {
  title: 300,
  sender: 200,
  text: 100_000,
  contribution: 20_000,
  comment: 5_000,
  dissent: 10_000,
  reviewFora: 6,
  parties: 120,
  documents: 20,
  pageSize: 50,
} as const;
