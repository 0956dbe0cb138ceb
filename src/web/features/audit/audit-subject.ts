/**
 * How an entry's subject is shown: "Sag: Genoptræning efter udskrivning", "Møde: KKR
 * Syddanmark, 18. dec. 2026", with a link to its page where there is one. The id itself is only
 * in the entry's collapsed details.
 */
import type { AuditEntry } from '../../../shared/audit.contract';
import type { Language } from '../../../shared/i18n/index';
import { agendaPath, casePath } from '../../../shared/links';
import { formatDateShort } from '../../format';

const enc = encodeURIComponent;

/** The web app's page of an audited entity, or null when it has none. */
export function subjectPath(entityType: string, entityId: string | null): string | null {
  if (!entityId) return null;
  const id = enc(entityId);
  switch (entityType) {
    case 'case':
      return casePath(id);
    case 'meeting':
      return `/meetings/${id}`;
    case 'agenda':
      return agendaPath(id);
    case 'plan':
      return `/plans/${id}`;
    case 'planRound':
      return `/plan-rounds/${id}`;
    case 'forum':
      return `/organisation/fora/${id}`;
    case 'person':
      return `/organisation/persons/${id}`;
    case 'party':
      return `/organisation/parties/${id}`;
    case 'collaboration':
      return `/organisation/collaborations/${id}`;
    default:
      return null;
  }
}

/** The subject's name with its date, or null when the server could not name it. */
export function subjectName(entry: AuditEntry, language: Language): string | null {
  if (!entry.subjectName) return null;
  return entry.subjectDate
    ? `${entry.subjectName}, ${formatDateShort(entry.subjectDate, language)}`
    : entry.subjectName;
}

const ISO_DATE = /\b(\d{4}-\d{2}-\d{2})(?:T[\d:.]+Z?)?\b/g;

/** A stored summary with its ISO dates written the reader's way ("1. jan. 2027"). */
export function readableSummary(summary: string | null, language: Language): string {
  if (!summary) return '';
  return summary.replace(ISO_DATE, (_whole, day: string) => formatDateShort(day, language));
}
