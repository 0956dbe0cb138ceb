import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorText, useFieldError } from '../../app/errors';
import type { UpdateItemRequest, VisibleAgendaItem } from '../../../shared/agendas.contract';
import { Alert, Button, Dialog, TextArea, useToast } from '../../ui/index';
import { useAgendaItems } from './agendas.api';
import { ItemWordingFields, type ItemWording } from './ItemWordingFields';

/** Props of {@link EditItemDialog}. */
export interface EditItemDialogProps {
  meetingId: string;
  item: VisibleAgendaItem;
  /** The wording may change (the agenda is not published yet). */
  wording: boolean;
  /** The recommendation may change (until the minutes are sent). */
  recommendation: boolean;
  onClose: () => void;
}

/** Changes an item: title, text, type, closed with its legal basis, and the recommendation. */
export function EditItemDialog({
  meetingId,
  item,
  wording: canWord,
  recommendation: canRecommend,
  onClose,
}: EditItemDialogProps) {
  const { t } = useTranslation(['agendas', 'common']);
  const toast = useToast();
  const errorText = useErrorText();
  const { update } = useAgendaItems(meetingId);
  const fieldError = useFieldError(update.error);
  const [checked, setChecked] = useState(false);
  const [wording, setWording] = useState<ItemWording>({
    title: item.title,
    body: item.body,
    type: item.type,
    closed: item.closed,
    closedReason: item.closedReason ?? '',
  });
  const [recommendation, setRecommendation] = useState(item.recommendation ?? '');

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    if (canWord && (!wording.title.trim() || (wording.closed && !wording.closedReason.trim())))
      return;
    const patch: UpdateItemRequest = {};
    if (canWord) {
      if (wording.title.trim() !== item.title) patch.title = wording.title.trim();
      if (wording.body.trim() !== item.body) patch.body = wording.body.trim();
      if (wording.type !== item.type) patch.type = wording.type;
      if (wording.closed !== item.closed) patch.closed = wording.closed;
      if (wording.closed && wording.closedReason.trim() !== (item.closedReason ?? ''))
        patch.closedReason = wording.closedReason.trim();
    }
    const rec = recommendation.trim();
    if (canRecommend && rec && rec !== (item.recommendation ?? '')) patch.recommendation = rec;
    if (Object.keys(patch).length === 0) return onClose();
    update.mutate(
      { itemId: item.id, patch },
      {
        onSuccess: () => {
          toast.show(t('ui.edit.done', { number: item.number }));
          onClose();
        },
      },
    );
  };

  return (
    <Dialog
      open
      title={t('ui.edit.title', { number: item.number })}
      onClose={onClose}
      footer={
        <>
          <Button onClick={onClose}>{t('common:actions.cancel')}</Button>
          <Button variant="primary" type="submit" form="edit-item" busy={update.isPending}>
            {t('common:actions.save')}
          </Button>
        </>
      }
    >
      <form id="edit-item" className="stack" noValidate onSubmit={onSubmit}>
        {update.isError ? <Alert tone="error">{errorText(update.error)}</Alert> : null}
        {canWord ? (
          <ItemWordingFields
            value={wording}
            onChange={setWording}
            checked={checked}
            serverError={fieldError}
          />
        ) : null}
        {canRecommend ? (
          <TextArea
            label={t('ui.fields.recommendation')}
            hint={item.caseId ? t('ui.fields.recommendationCaseHint') : undefined}
            value={recommendation}
            rows={4}
            onChange={(e) => setRecommendation(e.target.value)}
            error={fieldError('recommendation')}
          />
        ) : null}
      </form>
    </Dialog>
  );
}
