/**
 * Paths of the web app's pages that other channels link to (search hits, e-mails, exports).
 * E-mails prefix them with the configured public URL. One place, so links never drift apart.
 */

/** A case's page. */
export function casePath(caseId: string): string {
  return `/cases/${caseId}`;
}

/** A step of a case (its recommendation and decision) on the case's page. */
export function caseStepPath(caseId: string, stepId: string): string {
  return `${casePath(caseId)}#step-${stepId}`;
}

/** A meeting's agenda, optionally at one item (by its number). */
export function agendaPath(meetingId: string, itemNumber?: number): string {
  const base = `/meetings/${meetingId}/agenda`;
  return itemNumber === undefined ? base : `${base}#item-${itemNumber}`;
}

/** A meeting's minutes, optionally at one item (by its number). */
export function minutesPath(meetingId: string, itemNumber?: number): string {
  const base = `/meetings/${meetingId}/minutes`;
  return itemNumber === undefined ? base : `${base}#item-${itemNumber}`;
}

/** A joint consultation response's page. */
export function consultationPath(consultationId: string): string {
  return `/consultations/${consultationId}`;
}

/** An absolute link: the public URL (without a trailing slash) and a path. */
export function absoluteLink(publicUrl: string, path: string): string {
  return `${publicUrl.replace(/\/+$/, '')}${path}`;
}
