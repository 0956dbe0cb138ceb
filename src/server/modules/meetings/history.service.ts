/**
 * A meeting's history: the audit entries about it (the meeting itself or naming it among their
 * related ids), newest first, one page at a time over the audit log's indexes, each told in
 * both languages. Person ids become names; an organisation change that synced the meeting's
 * participants by itself says what changed and as of which day.
 */
import { listAudit } from '../audit/index';
import type { AuditEntry } from '../../../shared/audit.contract';
import type { Bilingual } from '../../../shared/meetings.contract';
import type {
  MeetingHistoryPage,
  MeetingHistoryQuery,
} from '../../../shared/meetings-history.contract';
import { isIsoDate } from '../../../shared/dates';
import { PARTICIPANT_SYNCS_KEY } from './participants.auto-sync';
import { requireMeeting, type MeetingsDeps } from './participants.service';
import { joinTexts, renderText } from './texts';

type Json = Record<string, unknown>;

const asObject = (v: unknown): Json => (typeof v === 'object' && v !== null ? (v as Json) : {});
const strings = (v: unknown): string[] =>
  Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
const text = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);

/**
 * The meeting's part of an organisation change's automatic participants sync
 * (`after.participantSyncs`, participants.auto-sync.ts), or null.
 */
function autoSyncOf(entry: AuditEntry, meetingId: string): Json | null {
  const syncs = asObject(entry.after)[PARTICIPANT_SYNCS_KEY];
  if (!Array.isArray(syncs)) return null;
  return (syncs.map(asObject).find((s) => s.meetingId === meetingId) as Json | undefined) ?? null;
}

/** The persons an entry names: synced, added, changed or removed participants. */
function personIdsOf(entry: AuditEntry, meetingId: string): string[] {
  const after = asObject(entry.after);
  const before = asObject(entry.before);
  const sync = autoSyncOf(entry, meetingId) ?? {};
  return [
    ...strings(sync.added),
    ...strings(sync.removed),
    ...strings(sync.changed),
    ...[after.personId, before.personId].flatMap((v) => (text(v) ? [v as string] : [])),
  ];
}

function personList(ids: readonly string[], names: ReadonlyMap<string, string>): Bilingual {
  const unknown = renderText('history.text.unknownPerson');
  return {
    da: ids.map((id) => names.get(id) ?? unknown.da).join(', '),
    en: ids.map((id) => names.get(id) ?? unknown.en).join(', '),
  };
}

function participantNamed(entry: AuditEntry, names: ReadonlyMap<string, string>): Bilingual {
  const after = asObject(entry.after);
  const before = asObject(entry.before);
  const id = text(after.personId) ?? text(before.personId);
  if (id) return personList([id], names);
  const name = text(after.name) ?? text(before.name);
  return name ? { da: name, en: name } : renderText('history.text.unknownPerson');
}

/** "Updated automatically because the members changed as of …: new …, no longer invited …". */
function autoSyncText(
  entry: AuditEntry,
  sync: Json,
  names: ReadonlyMap<string, string>,
): Bilingual {
  const date = text(asObject(entry.after).effectiveDate);
  const parts = [
    renderText('history.text.autoSynced', { date: date && isIsoDate(date) ? date : '' }),
  ];
  const list = (key: string, ids: string[]) => {
    if (ids.length > 0) parts.push(renderText(key, { persons: personList(ids, names) }));
  };
  list('history.text.added', strings(sync.added));
  list('history.text.removed', strings(sync.removed));
  list('history.text.changedRoles', strings(sync.changed));
  return joinTexts(...parts);
}

/** The sentence(s) of one entry of the meeting's history. */
export function historyText(
  entry: AuditEntry,
  meetingId: string,
  names: ReadonlyMap<string, string>,
): Bilingual {
  const after = asObject(entry.after);
  const sync = autoSyncOf(entry, meetingId);
  if (sync) return autoSyncText(entry, sync, names);
  switch (entry.action) {
    case 'meeting.create':
      return renderText('history.text.created');
    case 'meeting.createSeries':
      return renderText('history.text.seriesCreated');
    case 'process.create':
      return renderText('history.text.processCreated');
    case 'meeting.update':
      return renderText('history.text.updated');
    case 'meeting.move': {
      const date = text(after.date);
      return date && isIsoDate(date)
        ? renderText('history.text.moved', { date })
        : renderText('history.text.updated');
    }
    case 'meeting.cancel':
      return renderText('history.text.cancelled');
    case 'meeting.setStatus':
      return renderText('history.text.status', {
        status: renderText(`statuses.${text(after.status) ?? 'planned'}`),
      });
    case 'meeting.addParticipant':
      return renderText('history.text.participantAdded', {
        persons: participantNamed(entry, names),
      });
    case 'meeting.updateParticipant':
      return renderText('history.text.participantUpdated', {
        persons: participantNamed(entry, names),
      });
    case 'meeting.removeParticipant':
      return renderText('history.text.participantRemoved', {
        persons: participantNamed(entry, names),
      });
    case 'meeting.recordAttendance':
      return renderText('history.text.attendance');
    case 'meeting.syncParticipants':
      return renderText('history.text.synced');
    default:
      return renderText('history.text.other');
  }
}

/** One page of a meeting's history (404 for an unknown meeting). */
export async function meetingHistory(
  deps: MeetingsDeps,
  meetingId: string,
  q: MeetingHistoryQuery,
): Promise<MeetingHistoryPage> {
  await requireMeeting(deps.db, meetingId);
  const page = await listAudit(deps.db, {
    relatedTo: meetingId,
    limit: q.limit,
    ...(q.beforeId !== undefined ? { beforeId: q.beforeId } : {}),
  });
  const ids = [...new Set(page.items.flatMap((e) => personIdsOf(e, meetingId)))];
  const names = new Map((await deps.organisation.persons(deps.db, ids)).map((p) => [p.id, p.name]));
  return {
    items: page.items.map((entry) => ({
      id: entry.id,
      at: entry.at,
      actorName: entry.actorName,
      action: entry.action,
      automatic: autoSyncOf(entry, meetingId) !== null,
      message: historyText(entry, meetingId, names),
    })),
    nextBeforeId: page.nextBeforeId,
  };
}
