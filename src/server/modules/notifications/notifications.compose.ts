/**
 * The e-mail of a notification, in the recipient's language: what happened (forum, meeting
 * title, time), a link into Samspil, and a footer. It never carries the text of an agenda item
 * or a case (not even a case's title): whoever follows the link logs in and sees what the
 * viewer-filtered reads allow.
 */
import { translator } from '../../../shared/i18n/translate';
import { absoluteLink, agendaPath, casePath, minutesPath } from '../../../shared/links';
import { formatMeetingDay, formatMeetingTime } from '../../../shared/meeting-time';
import type { Db } from '../../db/client';
import { findMeetingRow, ORGANISATION_PORT } from '../meetings/index';
import type { NotificationSource } from './notifications.sources';

/** A composed e-mail. */
export interface Message {
  subject: string;
  body: string;
  link: string;
}

/** What the messages of one change say, before the language is chosen. */
export interface MessageFacts {
  forum: string | null;
  meeting: { title: string; startsAt: Date; endsAt: Date } | null;
  path: string;
}

/** Looks up the facts a change's e-mails mention (forum and meeting); null if gone. */
export async function messageFacts(
  db: Db,
  source: NotificationSource,
): Promise<MessageFacts | null> {
  if (source.kind === 'caseDecided') {
    const names = await ORGANISATION_PORT.forumNames(db, [source.forumId]);
    return {
      forum: names.get(source.forumId) ?? null,
      meeting: null,
      path: casePath(source.caseId),
    };
  }
  const row = await findMeetingRow(db, source.meetingId);
  if (!row) return null;
  const names = await ORGANISATION_PORT.forumNames(db, [row.forumId]);
  const path = source.kind === 'minutesForApproval' ? minutesPath(row.id) : agendaPath(row.id);
  return { forum: names.get(row.forumId) ?? null, meeting: row, path };
}

/** The e-mail of a change for one language. */
export function composeMessage(
  source: NotificationSource,
  facts: MessageFacts,
  lang: 'da' | 'en',
  publicUrl: string,
): Message {
  const t = translator('notifications', lang);
  const link = absoluteLink(publicUrl, facts.path);
  const params = {
    forum: facts.forum ?? t('unknownForum'),
    meeting: facts.meeting?.title ?? '',
    day: facts.meeting ? formatMeetingDay(facts.meeting.startsAt, lang) : '',
    time: facts.meeting
      ? formatMeetingTime(facts.meeting.startsAt, facts.meeting.endsAt, lang)
      : '',
  };
  const body = [
    t(`${source.kind}.body`, params),
    '',
    t(`${source.kind}.action`),
    link,
    '',
    '-- ',
    t('footer'),
  ].join('\n');
  return { subject: t(`${source.kind}.subject`, params), body, link };
}
