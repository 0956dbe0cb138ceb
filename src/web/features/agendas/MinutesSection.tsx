import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../app/errors';
import type { Agenda } from '../../../shared/agendas.contract';
import type { MeetingDetail } from '../../../shared/meetings.contract';
import { Alert, Button, ConfirmDialog, useToast } from '../../ui/index';
import { DownloadButton } from '../meetings/DownloadButton';
import { useRefreshMeetings } from '../meetings/meetings.api';
import { ParticipantsTable, type AttendanceEntry } from '../meetings/ParticipantsTable';
import { QueryBlock } from '../meetings/QueryBlock';
import { useMeetingFormat } from '../meetings/use-format';
import { abilitiesOf, type AgendaAbilities } from './agenda-rules';
import { useAgenda, useMinutesFlow } from './agendas.api';
import { ApprovalPanel } from './ApprovalPanel';
import { MinutesItems } from './MinutesItems';
import { useIsSecretariat } from './use-secretariat';
import './agendas.css';

/** "Send til godkendelse" with its confirmation. */
function SendMinutesButton({ agenda }: { agenda: Agenda }) {
  const { t } = useTranslation('agendas');
  const toast = useToast();
  const errorText = useErrorText();
  const { send } = useMinutesFlow(agenda.meetingId);
  const [open, setOpen] = useState(false);
  const close = () => {
    send.reset();
    setOpen(false);
  };
  return (
    <>
      <Button variant="primary" onClick={() => setOpen(true)}>
        {t('ui.minutes.send')}
      </Button>
      {open ? (
        <ConfirmDialog
          open
          tone="primary"
          title={t('ui.minutes.sendTitle')}
          confirmLabel={t('ui.minutes.send')}
          busy={send.isPending}
          error={send.error ? errorText(send.error) : null}
          onCancel={close}
          onConfirm={() =>
            send.mutate(undefined, {
              onSuccess: () => {
                toast.show(t('ui.minutes.sent'));
                close();
              },
            })
          }
        >
          <p>{t('ui.minutes.sendBody', { count: agenda.approvals.length })}</p>
        </ConfirmDialog>
      ) : null}
    </>
  );
}

function MinutesBody({
  agenda,
  meeting,
  can,
}: {
  agenda: Agenda;
  meeting: MeetingDetail;
  can: AgendaAbilities;
}) {
  const { t } = useTranslation('agendas');
  const toast = useToast();
  const errorText = useErrorText();
  const { attendance } = useMinutesFlow(meeting.id);
  const format = useMeetingFormat();
  const refreshMeetings = useRefreshMeetings();
  const base = `/meetings/${encodeURIComponent(meeting.id)}`;
  const saveAttendance = (entries: AttendanceEntry[]) =>
    attendance.mutateAsync(entries).then(
      async () => {
        await refreshMeetings();
        toast.show(t('ui.minutes.attendanceSaved'));
      },
      (e: unknown) => toast.show(errorText(e), 'error'),
    );
  return (
    <div className="stack">
      <div>
        <h2 className="mtg-h2">
          {t('ui.minutes.state', { status: t(`minutesStatuses.${agenda.minutesStatus}`) })}
        </h2>
        <p className="muted">{t(`ui.minutes.stateHelp.${agenda.minutesStatus}`)}</p>
      </div>
      <div className="button-row">
        {can.sendMinutes ? <SendMinutesButton agenda={agenda} /> : null}
        <DownloadButton path={`${base}/minutes.docx`} fileName="referat.docx">
          {t('ui.minutes.downloadDocx')}
        </DownloadButton>
        <DownloadButton path={`${base}/minutes.pdf`} fileName="referat.pdf">
          {t('ui.minutes.downloadPdf')}
        </DownloadButton>
      </div>
      {!agenda.meetingHeld && agenda.minutesStatus === 'draft' ? (
        <Alert tone="info" title={t('ui.minutes.notHeldTitle')}>
          {t('ui.minutes.notHeld', { date: format.date(agenda.meetingDate) })}
        </Alert>
      ) : null}
      {agenda.minutesStatus !== 'draft' ? <ApprovalPanel agenda={agenda} abilities={can} /> : null}
      <MinutesItems agenda={agenda} canDecide={can.decide} />
      <section className="stack" aria-labelledby="minutes-attendance">
        <h3 id="minutes-attendance">{t('ui.minutes.attendanceHeading')}</h3>
        <ParticipantsTable
          participants={meeting.participants}
          caption={t('ui.minutes.attendanceCaption')}
          canEdit={can.decide}
          onSaveAttendance={saveAttendance}
          saving={attendance.isPending}
        />
      </section>
    </div>
  );
}

/** The minutes tab: decisions per item, attendance, sending for approval and approving. */
export function MinutesSection({ meeting }: { meeting: MeetingDetail }) {
  const { t } = useTranslation('agendas');
  const agenda = useAgenda(meeting.id);
  const secretariat = useIsSecretariat();
  return (
    <QueryBlock query={agenda} loadingLabel={t('ui.loading')}>
      {(data) =>
        data.status !== 'published' ? (
          <Alert tone="info" title={t('ui.minutes.notYetTitle')}>
            {t('ui.minutes.notYet')}
          </Alert>
        ) : (
          <MinutesBody agenda={data} meeting={meeting} can={abilitiesOf(data, secretariat)} />
        )
      }
    </QueryBlock>
  );
}
