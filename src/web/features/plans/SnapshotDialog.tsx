import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { todayInDenmark } from '../../../shared/dates';
import type { PlanDetail } from '../../../shared/plans.contract';
import { useErrorText } from '../../app/errors';
import { Alert, Button, Dialog, LoadingBlock, Select, useToast } from '../../ui/index';
import { useForumMeetings } from '../meetings/meetings.api';
import { useSnapshotToAgenda } from './plans.api';
import { useDate } from './PlanParts';

/**
 * "Sæt status på en dagsorden": the secretariat picks an upcoming meeting of the owning forum,
 * and the plan's status snapshot becomes an item on its agenda.
 */
export function SnapshotButton({ plan }: { plan: PlanDetail }) {
  const { t } = useTranslation('plansUi');
  const { t: tc } = useTranslation();
  const [open, setOpen] = useState(false);
  const [meetingId, setMeetingId] = useState('');
  const meetings = useForumMeetings(open ? plan.ownerForumId : null, todayInDenmark());
  const snapshot = useSnapshotToAgenda(plan.id);
  const errorText = useErrorText();
  const toast = useToast();
  const date = useDate();
  const close = () => {
    setOpen(false);
    snapshot.reset();
  };
  const items = meetings.data?.items ?? [];
  return (
    <>
      <Button onClick={() => setOpen(true)}>{t('overview.snapshot')}</Button>
      <Dialog
        open={open}
        onClose={close}
        title={t('snapshot.title')}
        footer={
          <>
            <Button onClick={close}>{tc('actions.cancel')}</Button>
            <Button
              variant="primary"
              busy={snapshot.isPending}
              disabled={!meetingId}
              onClick={() =>
                snapshot.mutate(meetingId, {
                  onSuccess: (result) => {
                    toast.show(t('snapshot.done', { title: result.title }), 'success');
                    close();
                  },
                })
              }
            >
              {t('snapshot.confirm')}
            </Button>
          </>
        }
      >
        <div className="stack">
          <p>{t('snapshot.intro')}</p>
          {meetings.isPending && plan.ownerForumId ? <LoadingBlock label={t('loading')} /> : null}
          {!meetings.isPending && items.length === 0 ? (
            <p className="muted">{t('snapshot.noMeetings')}</p>
          ) : null}
          {items.length > 0 ? (
            <Select
              label={t('snapshot.meeting')}
              emptyOption={t('snapshot.chooseMeeting')}
              value={meetingId}
              onChange={(e) => setMeetingId(e.target.value)}
              options={items.map((m) => ({ value: m.id, label: `${date(m.date)}: ${m.title}` }))}
            />
          ) : null}
          {snapshot.error ? <Alert tone="error">{errorText(snapshot.error)}</Alert> : null}
        </div>
      </Dialog>
    </>
  );
}
