import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../app/page-title';
import type { MeetingDetail } from '../../../shared/meetings.contract';
import { hasRole } from '../../../shared/roles';
import { Alert, PageHeader, Tabs } from '../../ui/index';
import { AgendaSection } from '../agendas/AgendaSection';
import { MinutesSection } from '../agendas/MinutesSection';
import { useMe } from '../auth/auth.api';
import { DeadlinesSection } from './DeadlinesSection';
import { MeetingActions } from './MeetingActions';
import { MeetingFacts } from './MeetingFacts';
import { MeetingLinks } from './MeetingLinks';
import { useMeeting } from './meetings.api';
import { ParticipantsSection } from './ParticipantsSection';
import { QueryBlock } from './QueryBlock';
import './meetings.css';

function MeetingBody({ meeting, canEdit }: { meeting: MeetingDetail; canEdit: boolean }) {
  const { t } = useTranslation('meetings');
  usePageTitle(meeting.title);
  return (
    <>
      <PageHeader
        title={meeting.title}
        description={<MeetingFacts meeting={meeting} />}
        actions={
          canEdit ? (
            <div className="button-row">
              <MeetingActions meeting={meeting} />
            </div>
          ) : null
        }
      />
      {meeting.status === 'cancelled' ? (
        <Alert tone="warning" title={t('page.cancelledTitle')}>
          {meeting.cancelReason ?? t('page.cancelledBody')}
        </Alert>
      ) : null}
      <Tabs
        label={t('page.tabs')}
        tabs={[
          {
            id: 'agenda',
            label: t('page.tabAgenda'),
            content: <AgendaSection meeting={meeting} />,
          },
          {
            id: 'minutes',
            label: t('page.tabMinutes'),
            content: <MinutesSection meeting={meeting} />,
          },
          {
            id: 'participants',
            label: t('page.tabParticipants', { count: meeting.participants.length }),
            content: <ParticipantsSection meeting={meeting} canEdit={canEdit} />,
          },
          {
            id: 'deadlines',
            label: t('page.tabDeadlines'),
            content: <DeadlinesSection meeting={meeting} />,
          },
          {
            id: 'links',
            label: t('page.tabLinks'),
            content: <MeetingLinks meeting={meeting} />,
          },
        ]}
      />
    </>
  );
}

/** One meeting: facts, agenda, minutes, participants, deadlines, calendar and documents. */
export function MeetingPage() {
  const { t } = useTranslation('meetings');
  const { meetingId = '' } = useParams();
  const me = useMe();
  const meeting = useMeeting(meetingId);
  return (
    <QueryBlock query={meeting} loadingLabel={t('page.loading')}>
      {(data) => <MeetingBody meeting={data} canEdit={hasRole(me.user.role, 'secretariat')} />}
    </QueryBlock>
  );
}
