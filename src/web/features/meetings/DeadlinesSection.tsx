import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { MeetingDetail } from '../../../shared/meetings.contract';
import { Alert, EmptyState, Table } from '../../ui/index';
import { useDeadlines } from './meetings.api';
import { meetingPaths } from './paths';
import { QueryBlock } from './QueryBlock';
import { useMeetingFormat } from './use-format';

/**
 * The agenda deadline of the meeting, and for each forum that prepares it (directly or through
 * others), when that forum must meet and when its own agenda closes, lowest forum first.
 */
export function DeadlinesSection({ meeting }: { meeting: MeetingDetail }) {
  const { t } = useTranslation('meetings');
  const format = useMeetingFormat();
  const deadlines = useDeadlines(meeting.id);
  return (
    <QueryBlock query={deadlines} loadingLabel={t('deadlines.loading')}>
      {(data) => (
        <div className="stack">
          <p>
            <strong>
              {t('deadlines.own', {
                date: format.date(data.agendaDeadline),
                week: format.week(data.agendaDeadline),
              })}
            </strong>
          </p>
          <p className="muted">{t('deadlines.help')}</p>
          {data.plans.length === 0 ? (
            <EmptyState title={t('deadlines.noChains')}>
              <p>{t('deadlines.noChainsBody')}</p>
            </EmptyState>
          ) : null}
          {data.plans.map((plan, index) => (
            <div key={plan.chain.join('>') || index} className="stack">
              {!plan.complete ? <Alert tone="warning">{t('deadlines.incomplete')}</Alert> : null}
              <Table
                caption={t('deadlines.caption', {
                  number: index + 1,
                  date: format.date(plan.latestSubmissionDate),
                })}
              >
                <thead>
                  <tr>
                    <th scope="col">{t('deadlines.columns.forum')}</th>
                    <th scope="col">{t('deadlines.columns.meeting')}</th>
                    <th scope="col">{t('deadlines.columns.latest')}</th>
                    <th scope="col">{t('deadlines.columns.deadline')}</th>
                  </tr>
                </thead>
                <tbody>
                  {plan.steps.map((step) => (
                    <tr key={`${step.forumId}-${step.agendaDeadline}`}>
                      <th scope="row">{step.forumName ?? t('list.unknownForum')}</th>
                      <td>
                        {step.meetingId && step.meetingDate ? (
                          <Link to={meetingPaths.meeting(step.meetingId)}>
                            {format.date(step.meetingDate)}
                          </Link>
                        ) : (
                          t('deadlines.noMeeting')
                        )}
                      </td>
                      <td>{format.date(step.latestMeetingDate)}</td>
                      <td>
                        {format.date(step.agendaDeadline)}
                        {step.isPast ? (
                          <span className="mtg-tag mtg-tag-warning">{t('deadlines.past')}</span>
                        ) : null}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </Table>
            </div>
          ))}
        </div>
      )}
    </QueryBlock>
  );
}
