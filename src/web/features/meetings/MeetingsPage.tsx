import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { hasRole } from '../../../shared/roles';
import { Button, buttonClass, EmptyState, PageHeader } from '../../ui/index';
import { useMe } from '../auth/auth.api';
import { CalendarSubscriptions } from '../calendar/CalendarSubscriptions';
import { CalendarCheckPanel } from './CalendarCheckPanel';
import { filtersFromParams, paramsOf, type MeetingFilters } from './meeting-filters';
import { MeetingFilterForm } from './MeetingFilterForm';
import { MeetingFormDialog } from './MeetingFormDialog';
import { useCalendar } from './meetings.api';
import { MeetingsTable } from './MeetingsTable';
import { meetingPaths } from './paths';
import { QueryBlock } from './QueryBlock';
import { useMeetingFormat } from './use-format';
import './meetings.css';

/**
 * The meetings of a period (by collaboration and forum), grouped by ISO week with holidays,
 * plus the secretariat's ways to plan: one meeting, a series from a cadence, or a process.
 */
export function MeetingsPage() {
  const { t } = useTranslation('meetings');
  const me = useMe();
  const format = useMeetingFormat();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const filters = filtersFromParams(params);
  const [creating, setCreating] = useState(false);
  const canPlan = hasRole(me.user.role, 'secretariat');
  const calendar = useCalendar({
    from: filters.from,
    to: filters.to,
    ...(filters.collaborationId ? { collaborationId: filters.collaborationId } : {}),
    ...(filters.forumId ? { forumId: filters.forumId } : {}),
  });
  const apply = (next: MeetingFilters) => setParams(paramsOf(next));
  const period = { from: format.date(filters.from), to: format.date(filters.to) };

  return (
    <>
      <PageHeader
        title={t('title')}
        description={<p>{t('list.intro')}</p>}
        actions={
          canPlan ? (
            <div className="button-row">
              <Button variant="primary" onClick={() => setCreating(true)}>
                {t('list.newMeeting')}
              </Button>
              <Link to={meetingPaths.series} className={buttonClass('secondary')}>
                {t('list.newSeries')}
              </Link>
              <Link to={meetingPaths.process} className={buttonClass('secondary')}>
                {t('list.newProcess')}
              </Link>
            </div>
          ) : null
        }
      />
      <MeetingFilterForm value={filters} onApply={apply} />
      <QueryBlock query={calendar} loadingLabel={t('list.loading')}>
        {(data) =>
          data.meetings.length === 0 ? (
            <EmptyState
              title={t('list.emptyTitle')}
              action={
                canPlan ? (
                  <Button onClick={() => setCreating(true)}>{t('list.newMeeting')}</Button>
                ) : undefined
              }
            >
              <p>{t('list.emptyBody', period)}</p>
            </EmptyState>
          ) : (
            <div className="stack">
              <p className="muted" aria-live="polite">
                {t('list.count', { count: data.meetings.length, ...period })}
              </p>
              <MeetingsTable calendar={data} caption={t('list.caption', period)} />
            </div>
          )
        }
      </QueryBlock>
      <CalendarCheckPanel filters={filters} />
      <CalendarSubscriptions />
      {creating ? (
        <MeetingFormDialog
          initialForumId={filters.forumId}
          onClose={() => setCreating(false)}
          onSaved={(saved) => void navigate(meetingPaths.meeting(saved.meeting.id))}
        />
      ) : null}
    </>
  );
}
