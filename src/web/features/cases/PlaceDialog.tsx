import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { todayInDenmark } from '../../../shared/dates';
import { Alert, Button, Dialog, Select } from '../../ui/index';
import { useForumMeetings } from '../meetings/meetings.api';
import { meetingPaths } from '../meetings/paths';
import { useMeetingFormat } from '../meetings/use-format';

/** Props of {@link PlaceDialog}. */
export interface PlaceDialogProps {
  forumId: string;
  forumName: string;
  busy: boolean;
  error: string | null;
  onPlace: (meetingId: string) => void;
  onClose: () => void;
}

const OPEN_STATUSES = ['planned', 'agendaDraft'];

/** Places the case's current step on a coming meeting of its forum (adds it to the agenda). */
export function PlaceDialog({
  forumId,
  forumName,
  busy,
  error,
  onPlace,
  onClose,
}: PlaceDialogProps) {
  const { t } = useTranslation(['cases', 'common']);
  const format = useMeetingFormat();
  const meetings = useForumMeetings(forumId, todayInDenmark());
  const [meetingId, setMeetingId] = useState('');
  const [checked, setChecked] = useState(false);
  const open = (meetings.data?.items ?? []).filter((m) => OPEN_STATUSES.includes(m.status));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    if (meetingId) onPlace(meetingId);
  };
  return (
    <Dialog
      open
      title={t('actions.placeTitle', { forum: forumName })}
      onClose={onClose}
      footer={
        <>
          <Button onClick={onClose}>{t('common:actions.cancel')}</Button>
          <Button variant="primary" type="submit" form="case-place" busy={busy}>
            {t('actions.place')}
          </Button>
        </>
      }
    >
      <form id="case-place" className="stack" noValidate onSubmit={submit}>
        <p>{t('actions.placeIntro')}</p>
        {error ? <Alert tone="error">{error}</Alert> : null}
        <Select
          label={t('actions.meeting')}
          emptyOption={
            meetings.isPending
              ? t('actions.loadingMeetings')
              : t('actions.meetingCount', { count: open.length })
          }
          value={meetingId}
          onChange={(e) => setMeetingId(e.target.value)}
          options={open.map((m) => ({
            value: m.id,
            label: `${format.dateTime(m.startsAt)}: ${m.title}`,
          }))}
          error={checked && !meetingId ? t('actions.meetingRequired') : undefined}
        />
        {!meetings.isPending && open.length === 0 ? (
          <p className="muted">
            {t('actions.noMeetings')}{' '}
            <Link to={`${meetingPaths.list}?forum=${encodeURIComponent(forumId)}`}>
              {t('actions.planMeeting')}
            </Link>
          </p>
        ) : null}
      </form>
    </Dialog>
  );
}
