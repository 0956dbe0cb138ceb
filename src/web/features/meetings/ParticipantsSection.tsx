import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../app/errors';
import type { MeetingDetail, Participant } from '../../../shared/meetings.contract';
import { Alert, Button, ConfirmDialog, useToast } from '../../ui/index';
import { api } from '../../api/client';
import { AddParticipantDialog } from './AddParticipantDialog';
import { useParticipantActions, useRefreshMeetings } from './meetings.api';
import { attendanceCounts } from './participant-groups';
import { ParticipantsTable, type AttendanceEntry } from './ParticipantsTable';

/** Props of {@link ParticipantsSection}. */
export interface ParticipantsSectionProps {
  meeting: MeetingDetail;
  canEdit: boolean;
}

/**
 * The people of the meeting: derived from the forum's members on the day (members, substitutes,
 * attendees, optional attendees, secretaries), plus the widened circle and guests added by hand.
 */
export function ParticipantsSection({ meeting, canEdit }: ParticipantsSectionProps) {
  const { t } = useTranslation('meetings');
  const toast = useToast();
  const errorText = useErrorText();
  const refresh = useRefreshMeetings();
  const { remove, sync } = useParticipantActions(meeting.id);
  const [adding, setAdding] = useState<'guest' | 'widenedCircle' | null>(null);
  const [removing, setRemoving] = useState<Participant | null>(null);
  const [saving, setSaving] = useState(false);
  const counts = attendanceCounts(meeting.participants);

  const saveAttendance = async (entries: AttendanceEntry[]) => {
    setSaving(true);
    try {
      await api.put(`/meetings/${encodeURIComponent(meeting.id)}/attendance`, { entries });
      await refresh();
      toast.show(t('participants.attendanceSaved'));
    } catch (error) {
      toast.show(errorText(error), 'error');
    } finally {
      setSaving(false);
    }
  };

  return (
    <div className="stack">
      <p className="muted">
        {t('participants.summary', {
          count: meeting.participants.length,
          present: counts.present ?? 0,
          absent: (counts.absent ?? 0) + (counts.excused ?? 0),
        })}
      </p>
      {!meeting.membersDerivable ? (
        <Alert tone="warning">{t('participants.notDerivable')}</Alert>
      ) : null}
      {meeting.widenedCircle ? (
        <Alert tone="info" title={t('participants.widenedTitle')}>
          {meeting.widenedCircleNote ?? t('participants.widenedBody')}
        </Alert>
      ) : null}
      {canEdit ? (
        <div className="button-row">
          <Button onClick={() => setAdding('guest')}>{t('participants.addOpen')}</Button>
          {meeting.widenedCircle ? (
            <Button onClick={() => setAdding('widenedCircle')}>
              {t('participants.addWidened')}
            </Button>
          ) : null}
          <Button
            busy={sync.isPending}
            onClick={() =>
              sync.mutate(undefined, {
                onSuccess: () => toast.show(t('participants.synced')),
                onError: (e) => toast.show(errorText(e), 'error'),
              })
            }
          >
            {t('participants.sync')}
          </Button>
        </div>
      ) : null}
      {canEdit ? <p className="muted">{t('participants.syncHelp')}</p> : null}
      <ParticipantsTable
        participants={meeting.participants}
        caption={t('participants.caption')}
        canEdit={canEdit}
        onSaveAttendance={saveAttendance}
        saving={saving}
        onRemove={setRemoving}
      />
      {adding ? (
        <AddParticipantDialog
          meetingId={meeting.id}
          initialRole={adding}
          onClose={() => setAdding(null)}
        />
      ) : null}
      {removing ? (
        <ConfirmDialog
          open
          title={t('participants.removeTitle', { name: removing.name ?? '' })}
          confirmLabel={t('participants.removeConfirm')}
          busy={remove.isPending}
          error={remove.error ? errorText(remove.error) : null}
          onCancel={() => {
            remove.reset();
            setRemoving(null);
          }}
          onConfirm={() =>
            remove.mutate(removing.id, {
              onSuccess: () => {
                toast.show(t('participants.removed', { name: removing.name ?? '' }));
                setRemoving(null);
              },
            })
          }
        >
          <p>{t('participants.removeBody')}</p>
        </ConfirmDialog>
      ) : null}
    </div>
  );
}
