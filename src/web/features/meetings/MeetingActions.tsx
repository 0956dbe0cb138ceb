import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../app/errors';
import type { MeetingDetail } from '../../../shared/meetings.contract';
import { Button, ConfirmDialog, TextArea, useToast } from '../../ui/index';
import { MeetingFormDialog } from './MeetingFormDialog';
import { useCancelMeeting, useSetMeetingStatus } from './meetings.api';

type Open = 'edit' | 'cancel' | 'held' | 'reinstate' | null;

/** The secretariat's actions on a meeting: change, mark held, cancel (confirmed), reinstate. */
export function MeetingActions({ meeting }: { meeting: MeetingDetail }) {
  const { t } = useTranslation('meetings');
  const toast = useToast();
  const errorText = useErrorText();
  const [open, setOpen] = useState<Open>(null);
  const [reason, setReason] = useState('');
  const cancel = useCancelMeeting(meeting.id);
  const status = useSetMeetingStatus(meeting.id);
  const close = () => {
    cancel.reset();
    status.reset();
    setOpen(null);
  };
  const cancelled = meeting.status === 'cancelled';
  const canHold = ['planned', 'agendaDraft', 'agendaPublished'].includes(meeting.status);
  const canCancel = !cancelled && canHold;

  return (
    <>
      {!cancelled ? <Button onClick={() => setOpen('edit')}>{t('page.edit')}</Button> : null}
      {canHold ? <Button onClick={() => setOpen('held')}>{t('page.markHeld')}</Button> : null}
      {canCancel ? (
        <Button variant="danger" onClick={() => setOpen('cancel')}>
          {t('page.cancel')}
        </Button>
      ) : null}
      {cancelled ? (
        <Button onClick={() => setOpen('reinstate')}>{t('page.reinstate')}</Button>
      ) : null}
      {open === 'edit' ? <MeetingFormDialog meeting={meeting} onClose={close} /> : null}
      {open === 'cancel' ? (
        <ConfirmDialog
          open
          title={t('page.cancelTitle', { title: meeting.title })}
          confirmLabel={t('page.cancelConfirm')}
          busy={cancel.isPending}
          error={cancel.error ? errorText(cancel.error) : null}
          onCancel={close}
          onConfirm={() =>
            cancel.mutate(reason.trim(), {
              onSuccess: () => {
                toast.show(t('page.cancelled'));
                close();
              },
            })
          }
        >
          <div className="stack">
            <p>{t('page.cancelBody')}</p>
            <TextArea
              label={t('page.cancelReason')}
              value={reason}
              rows={2}
              maxLength={2000}
              onChange={(e) => setReason(e.target.value)}
            />
          </div>
        </ConfirmDialog>
      ) : null}
      {open === 'held' || open === 'reinstate' ? (
        <ConfirmDialog
          open
          tone="primary"
          title={open === 'held' ? t('page.heldTitle') : t('page.reinstateTitle')}
          confirmLabel={open === 'held' ? t('page.markHeld') : t('page.reinstate')}
          busy={status.isPending}
          error={status.error ? errorText(status.error) : null}
          onCancel={close}
          onConfirm={() =>
            status.mutate(open === 'held' ? 'held' : 'planned', {
              onSuccess: () => {
                toast.show(open === 'held' ? t('page.heldDone') : t('page.reinstated'));
                close();
              },
            })
          }
        >
          <p>{open === 'held' ? t('page.heldBody') : t('page.reinstateBody')}</p>
        </ConfirmDialog>
      ) : null}
    </>
  );
}
