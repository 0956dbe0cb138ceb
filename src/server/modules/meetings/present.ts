/** Rows as the API shows them. */
import { organisation } from '../../../shared/i18n/organisation';
import type { Bilingual, Meeting, Participant } from '../../../shared/meetings.contract';
import type { MeetingRow } from './meetings.repo';
import type { AffiliationRef, PersonRef } from './org-port';
import type { ParticipantRow } from './participants.repo';
import { danishDate, toDanishIso } from './time';

/** A meeting row with its forum name and predecessor ids. */
export function presentMeeting(
  row: MeetingRow,
  extra: { forumName?: string | null; predecessorIds?: readonly string[] } = {},
): Meeting {
  return {
    id: row.id,
    forumId: row.forumId,
    forumName: extra.forumName ?? null,
    collaborationId: row.collaborationId,
    title: row.title,
    startsAt: toDanishIso(row.startsAt),
    endsAt: toDanishIso(row.endsAt),
    date: danishDate(row.startsAt),
    location: row.location,
    onlineUrl: row.onlineUrl,
    kind: row.kind,
    status: row.status,
    widenedCircle: row.widenedCircle,
    widenedCircleNote: row.widenedCircleNote,
    seriesId: row.seriesId,
    processInstanceId: row.processInstanceId,
    processDraftKey: row.processDraftKey,
    predecessorIds: [...(extra.predecessorIds ?? [])],
    icsUid: row.icsUid,
    icsSequence: row.icsSequence,
    agendaDeadline: row.agendaDeadline,
    cancelledAt: row.cancelledAt ? row.cancelledAt.toISOString() : null,
    cancelReason: row.cancelReason,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

const capitalised = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** "Odense Kommune" / "Odense Municipality" for a municipality named "Odense". */
function partyName(a: AffiliationRef, lang: 'da' | 'en'): string {
  if (a.partyKind !== 'municipality' || /kommune$/i.test(a.partyName)) return a.partyName;
  return `${a.partyName} ${lang === 'da' ? 'Kommune' : 'Municipality'}`;
}

/** "Borgmester, Odense Kommune" / "Mayor, Odense Municipality"; the party alone without office. */
export function describeAffiliation(a: AffiliationRef | undefined): Bilingual | null {
  if (!a) return null;
  const text = (lang: 'da' | 'en') => {
    const office = a.office && a.office !== 'other' ? organisation[lang].office[a.office] : null;
    const party = partyName(a, lang);
    return office ? `${capitalised(office)}, ${party}` : party;
  };
  return { da: text('da'), en: text('en') };
}

/** A participant row; the person's current name and e-mail win over the stored ones. */
export function presentParticipant(
  row: ParticipantRow,
  persons: ReadonlyMap<string, PersonRef>,
  affiliations: ReadonlyMap<string, AffiliationRef> = new Map(),
): Participant {
  const person = row.personId ? persons.get(row.personId) : undefined;
  return {
    id: row.id,
    personId: row.personId,
    name: person?.name ?? row.name,
    email: person?.email ?? row.email,
    organisation: row.organisation,
    description: row.personId ? describeAffiliation(affiliations.get(row.personId)) : null,
    role: row.role,
    functions: row.functions,
    invited: row.invited,
    attendance: row.attendance,
    source: row.source,
    note: row.note,
  };
}
