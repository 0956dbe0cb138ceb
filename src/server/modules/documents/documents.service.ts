/**
 * Agenda and minutes documents for the requesting viewer. The items come ONLY from
 * `getAgendaForViewer` (agendas module): closed items the viewer may not see arrive as
 * placeholders and are rendered as "Lukket punkt". Meeting facts and participants come from the
 * meetings and organisation modules (the same facts GET /api/meetings/:id shows to readers).
 */
import { eq } from 'drizzle-orm';
import { translate } from '../../../shared/i18n/translate';
import { AppError, notFound } from '../../platform/errors';
import { getAgendaForViewer } from '../agendas/index';
import type { CaseDeps, Viewer } from '../cases/index';
import {
  findMeetingRow,
  meetingParticipants,
  ORGANISATION_PORT,
  type MeetingRow,
} from '../meetings/index';
import {
  meetingDocument,
  type DocumentKind,
  type DocumentMeeting,
  type DocumentParticipant,
  type MeetingDocument,
} from './documents.model';
import type { WorkerPool } from '../../platform/worker-pool';
import {
  asBuffer,
  INLINE_DOCUMENT_POOL,
  runDocumentTask,
  type DocumentFormat,
} from './documents.tasks';

export type { DocumentFormat } from './documents.tasks';

/** A rendered file. */
export interface RenderedDocument {
  fileName: string;
  mediaType: string;
  content: Buffer;
}

const MEDIA_TYPES: Record<DocumentFormat, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
};

/** The meeting's facts and participants (names from the organisation module), by name. */
async function meetingFacts(
  deps: CaseDeps,
  row: MeetingRow,
  isoDate: string,
): Promise<{ meeting: DocumentMeeting; participants: DocumentParticipant[] }> {
  const names = await ORGANISATION_PORT.forumNames(deps.db, [row.forumId]);
  const meeting: DocumentMeeting = {
    title: row.title,
    forumName: names.get(row.forumId) ?? translate('documents', 'labels.forum', 'da'),
    startsAt: row.startsAt,
    endsAt: row.endsAt,
    location: row.location,
    onlineUrl: row.onlineUrl,
    cancelled: row.status === 'cancelled',
    isoDate,
  };
  const rows = await deps.db
    .select()
    .from(meetingParticipants)
    .where(eq(meetingParticipants.meetingId, row.id));
  const personIds = rows.flatMap((r) => (r.personId ? [r.personId] : []));
  const persons = new Map(
    (await ORGANISATION_PORT.persons(deps.db, personIds)).map((p) => [p.id, p.name]),
  );
  const participants: DocumentParticipant[] = rows
    .map((r) => ({
      name: (r.personId ? persons.get(r.personId) : null) ?? r.name ?? '?',
      role: r.role,
      functions: r.functions,
      invited: r.invited,
      attendance: r.attendance,
    }))
    .sort((a, b) => a.name.localeCompare(b.name, 'da'));
  return { meeting, participants };
}

/** The document model of a meeting's agenda or minutes for one viewer. */
export async function buildMeetingDocument(
  deps: CaseDeps,
  viewer: Viewer,
  meetingId: string,
  kind: DocumentKind,
): Promise<MeetingDocument> {
  const row = await findMeetingRow(deps.db, meetingId);
  if (!row) throw notFound({ da: 'Mødet', en: 'The meeting' });
  const agenda = await getAgendaForViewer(deps, viewer, meetingId);
  if (kind === 'minutes' && agenda.status !== 'published') {
    throw new AppError('conflict', {
      da: translate('documents', 'errors.minutesNotAvailable', 'da'),
      en: translate('documents', 'errors.minutesNotAvailable', 'en'),
    });
  }
  const { meeting, participants } = await meetingFacts(deps, row, agenda.meetingDate);
  return meetingDocument(kind, agenda, meeting, participants, new Date());
}

/**
 * Renders a meeting's agenda or minutes as DOCX or PDF for one viewer: the model is built here
 * (database reads), the file on `workers` (default inline).
 */
export async function renderMeetingDocument(
  deps: CaseDeps & { workers?: WorkerPool },
  viewer: Viewer,
  meetingId: string,
  kind: DocumentKind,
  format: DocumentFormat,
): Promise<RenderedDocument> {
  const doc = await buildMeetingDocument(deps, viewer, meetingId, kind);
  const workers = deps.workers ?? INLINE_DOCUMENT_POOL;
  const content = asBuffer(await runDocumentTask(workers, 'document.render', { doc, format }));
  return { fileName: `${doc.fileBaseName}.${format}`, mediaType: MEDIA_TYPES[format], content };
}
