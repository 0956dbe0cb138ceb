import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { CalendarView, Meeting } from '../../../shared/meetings.contract';
import { Table } from '../../ui/index';
import { groupByWeek, weekKey } from './meeting-time';
import { meetingPaths } from './paths';
import { useMeetingFormat } from './use-format';

/** Props of {@link MeetingsTable}. */
export interface MeetingsTableProps {
  calendar: CalendarView;
  caption: string;
}

/** One row: when, forum, the meeting (a link), kind and status. */
function MeetingRow({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation('meetings');
  const format = useMeetingFormat();
  const cancelled = meeting.status === 'cancelled';
  return (
    <tr className={cancelled ? 'mtg-row-cancelled' : undefined}>
      <td className="mtg-when">
        {format.dateCompact(meeting.date)}
        <br />
        <span className="muted">
          {t('list.timeRange', {
            start: format.time(meeting.startsAt),
            end: format.time(meeting.endsAt),
          })}
        </span>
      </td>
      <td>{meeting.forumName ?? t('list.unknownForum')}</td>
      <td>
        <Link to={meetingPaths.meeting(meeting.id)}>{meeting.title}</Link>
        {meeting.widenedCircle ? <span className="mtg-tag">{t('list.widenedCircle')}</span> : null}
      </td>
      <td>{t(`kinds.${meeting.kind}`)}</td>
      <td>
        <span className={`mtg-status mtg-status-${meeting.status}`}>
          {t(`statuses.${meeting.status}`)}
        </span>
      </td>
    </tr>
  );
}

/** The meetings of a period, grouped by ISO week, with the week's holidays in its header. */
export function MeetingsTable({ calendar, caption }: MeetingsTableProps) {
  const { t } = useTranslation('meetings');
  const format = useMeetingFormat();
  const groups = groupByWeek(calendar.meetings, (m) => m.date);
  const holidaysIn = (key: string) =>
    calendar.nonWorkingDays.filter((d) => d.reason !== 'weekend' && weekKey(d.date) === key);
  return (
    <Table caption={caption}>
      <thead>
        <tr>
          <th scope="col">{t('list.columns.when')}</th>
          <th scope="col">{t('list.columns.forum')}</th>
          <th scope="col">{t('list.columns.meeting')}</th>
          <th scope="col">{t('list.columns.kind')}</th>
          <th scope="col">{t('list.columns.status')}</th>
        </tr>
      </thead>
      {groups.map((group) => {
        const holidays = holidaysIn(group.key);
        return (
          <tbody key={group.key}>
            <tr className="mtg-week-row">
              <th scope="rowgroup" colSpan={5}>
                {t('list.week', { week: group.week })}
                {holidays.length > 0 ? (
                  <span className="mtg-week-holidays">
                    {' · '}
                    {holidays
                      .map((h) => t('list.holiday', { date: format.date(h.date), name: h.name }))
                      .join('; ')}
                  </span>
                ) : null}
              </th>
            </tr>
            {group.items.map((meeting) => (
              <MeetingRow key={meeting.id} meeting={meeting} />
            ))}
          </tbody>
        );
      })}
    </Table>
  );
}
