import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useFieldError } from '../../app/errors';
import type { Meeting, MeetingSaved } from '../../../shared/meetings.contract';
import { Alert, Button, Dialog, useToast } from '../../ui/index';
import {
  createRequestOf,
  draftOf,
  emptyDraft,
  patchChanges,
  updatePatchOf,
  validateDraft,
  type MeetingDraft,
} from './meeting-draft';
import { MeetingFields } from './MeetingFields';
import { useCreateMeeting, useUpdateMeeting } from './meetings.api';
import { OrderingWarningDialog } from './OrderingWarningDialog';
import { useForumDirectory } from './org-lookup.api';
import { useWarnedSave } from './use-warned-save';

/** Props of {@link MeetingFormDialog}. */
export interface MeetingFormDialogProps {
  /** The meeting to change; absent for a new one. */
  meeting?: Meeting;
  /** Start values for a new meeting. */
  initialForumId?: string;
  initialDate?: string;
  onClose: () => void;
  /** After a successful save (e.g. to open the new meeting's page). */
  onSaved?: (saved: MeetingSaved) => void;
}

/**
 * Create or change a meeting: forum, title, day and times, place or online link, kind and the
 * widened circle. A scheduling warning (e.g. the SSU before the KKR) opens a dialog with the
 * suggested date: "Brug foreslået dato", "Gem alligevel" or "Annuller".
 */
export function MeetingFormDialog({
  meeting,
  initialForumId,
  initialDate,
  onClose,
  onSaved,
}: MeetingFormDialogProps) {
  const { t } = useTranslation(['meetings', 'common']);
  const toast = useToast();
  const [saved] = useState<MeetingDraft | null>(meeting ? draftOf(meeting) : null);
  const [draft, setDraft] = useState<MeetingDraft>(
    saved ?? emptyDraft(initialForumId ?? '', initialDate ?? ''),
  );
  // Only fora that exist on the meeting's day are offered (today until a day is chosen).
  const directory = useForumDirectory(undefined, draft.date);
  const [checked, setChecked] = useState(false);
  const create = useCreateMeeting();
  const update = useUpdateMeeting(meeting?.id ?? '');
  const fieldError = useFieldError(create.error ?? update.error);
  const warned = useWarnedSave<MeetingSaved>((result) => {
    toast.show(t(meeting ? 'form.saved' : 'form.created', { title: result.meeting.title }));
    onSaved?.(result);
    onClose();
  });
  const errors = checked ? validateDraft(draft) : {};

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    if (Object.keys(validateDraft(draft)).length > 0) return;
    if (saved && !patchChanges(updatePatchOf(saved, draft, false))) return onClose();
    void warned.run(({ acknowledgeWarnings, date }) => {
      const current = date ? { ...draft, date } : draft;
      if (date) setDraft(current);
      if (!saved) return create.mutateAsync(createRequestOf(current, acknowledgeWarnings));
      return update.mutateAsync(updatePatchOf(saved, current, acknowledgeWarnings));
    });
  };

  const title = meeting ? t('form.editTitle') : t('form.createTitle');
  return (
    <>
      <Dialog
        open={!warned.warning}
        title={title}
        onClose={onClose}
        footer={
          <>
            <Button onClick={onClose}>{t('common:actions.cancel')}</Button>
            <Button variant="primary" type="submit" form="meeting-form" busy={warned.busy}>
              {meeting ? t('form.save') : t('form.create')}
            </Button>
          </>
        }
      >
        <form id="meeting-form" className="stack" noValidate onSubmit={onSubmit}>
          {warned.error && !warned.warning ? <Alert tone="error">{warned.error}</Alert> : null}
          <MeetingFields
            draft={draft}
            onChange={setDraft}
            directory={directory.data}
            directoryDate={directory.date}
            forumLocked={Boolean(meeting)}
            errors={errors}
            serverError={fieldError}
          />
        </form>
      </Dialog>
      {warned.warning ? (
        <OrderingWarningDialog
          warning={warned.warning}
          busy={warned.busy}
          error={warned.error}
          onUseSuggested={warned.useSuggested}
          onSaveAnyway={warned.saveAnyway}
          onCancel={warned.cancel}
        />
      ) : null}
    </>
  );
}
