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
import { HistorySection } from './HistorySection';
import { MeetingActions } from './MeetingActions';
import { MeetingFacts } from './MeetingFacts';
import { MeetingLinks } from './MeetingLinks';
import { useMeeting } from './meetings.api';
import { ParticipantsSection } from './ParticipantsSection';
import { QueryBlock } from './QueryBlock';
import { useScrollToHash } from './use-scroll-to-hash';
import { ProcessQuestionnaires } from '../questionnaires/ProcessQuestionnaires';
import './meetings.css';

/** The tabs a path can open (`/meetings/:id/agenda`, the links of search hits and e-mails). */
const TABS = ['agenda', 'minutes', 'participants', 'deadlines', 'links', 'history'] as const;

function MeetingBody({
  meeting,
  canEdit,
  tab,
}: {
  meeting: MeetingDetail;
  canEdit: boolean;
  tab: string | undefined;
}) {
  const { t } = useTranslation('meetings');
  usePageTitle(meeting.title);
  const initialTab = (TABS as readonly string[]).includes(tab ?? '') ? tab : undefined;
  useScrollToHash();
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
      {meeting.processInstanceId ? (
        <ProcessQuestionnaires
          processInstanceId={meeting.processInstanceId}
          collaborationId={meeting.collaborationId}
        />
      ) : null}
      <Tabs
        key={initialTab ?? ''}
        label={t('page.tabs')}
        initialTab={initialTab}
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
          ...(canEdit
            ? [
                {
                  id: 'history',
                  label: t('history.title'),
                  content: <HistorySection meeting={meeting} />,
                },
              ]
            : []),
        ]}
      />
    </>
  );
}

/** One meeting: facts, agenda, minutes, participants, deadlines, calendar and documents. */
export function MeetingPage() {
  const { t } = useTranslation('meetings');
  const { meetingId = '', tab } = useParams();
  const me = useMe();
  const meeting = useMeeting(meetingId);
  return (
    <QueryBlock query={meeting} loadingLabel={t('page.loading')}>
      {(data) => (
        <MeetingBody meeting={data} canEdit={hasRole(me.user.role, 'secretariat')} tab={tab} />
      )}
    </QueryBlock>
  );
}
