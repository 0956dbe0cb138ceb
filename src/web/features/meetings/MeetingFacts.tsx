import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Meeting } from '../../../shared/meetings.contract';
import { casePaths, meetingPaths } from './paths';
import { useMeetingFormat } from './use-format';

/** The meeting's facts under its title: forum, when, where, kind, status, deadline. */
export function MeetingFacts({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation('meetings');
  const format = useMeetingFormat();
  return (
    <dl className="mtg-facts">
      <div>
        <dt>{t('page.forum')}</dt>
        <dd>
          {meeting.forumName ?? t('list.unknownForum')}
          <br />
          <Link to={`${casePaths.list}?hos=${encodeURIComponent(meeting.forumId)}&status=open`}>
            {t('page.waitingCases')}
          </Link>
          {' · '}
          <Link to={casePaths.returned(meeting.forumId)}>{t('page.returnedCases')}</Link>
        </dd>
      </div>
      <div>
        <dt>{t('page.when')}</dt>
        <dd>
          {t('page.whenValue', {
            start: format.dateTime(meeting.startsAt),
            end: format.time(meeting.endsAt),
            week: format.week(meeting.date),
          })}
        </dd>
      </div>
      {meeting.location ? (
        <div>
          <dt>{t('page.location')}</dt>
          <dd>{meeting.location}</dd>
        </div>
      ) : null}
      {meeting.onlineUrl ? (
        <div>
          <dt>{t('page.online')}</dt>
          <dd>
            <a href={meeting.onlineUrl} target="_blank" rel="noopener noreferrer">
              {t('page.onlineLink')}
            </a>
          </dd>
        </div>
      ) : null}
      <div>
        <dt>{t('page.kindStatus')}</dt>
        <dd>
          {t(`kinds.${meeting.kind}`)} · {t(`statuses.${meeting.status}`)}
          {meeting.widenedCircle ? ` · ${t('list.widenedCircle')}` : ''}
        </dd>
      </div>
      {meeting.agendaDeadline ? (
        <div>
          <dt>{t('page.agendaDeadline')}</dt>
          <dd>{format.date(meeting.agendaDeadline)}</dd>
        </div>
      ) : null}
      {meeting.predecessorIds.length > 0 ? (
        <div>
          <dt>{t('page.predecessors')}</dt>
          <dd>
            {meeting.predecessorIds.map((id, i) => (
              <span key={id}>
                {i > 0 ? ', ' : ''}
                <Link to={meetingPaths.meeting(id)}>
                  {t('page.predecessorLink', { number: i + 1 })}
                </Link>
              </span>
            ))}
          </dd>
        </div>
      ) : null}
    </dl>
  );
}
