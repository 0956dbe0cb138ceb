import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../app/errors';
import type { VisibleAgendaItem } from '../../../shared/agendas.contract';
import { Alert, Button, Dialog, TextArea, useToast } from '../../ui/index';
import { Checkbox } from '../meetings/Checkbox';
import { useMinutesFlow } from './agendas.api';

/** Props of {@link DecisionDialog}. */
export interface DecisionDialogProps {
  meetingId: string;
  item: VisibleAgendaItem;
  onClose: () => void;
}

/**
 * Records an item's decision in the minutes. For an item with a case, the decision is the
 * forum's decision on the case and travels back along its route; "final" settles the case.
 */
export function DecisionDialog({ meetingId, item, onClose }: DecisionDialogProps) {
  const { t } = useTranslation(['agendas', 'common']);
  const toast = useToast();
  const errorText = useErrorText();
  const { decide } = useMinutesFlow(meetingId);
  const [text, setText] = useState(item.decision ?? item.recommendation ?? '');
  const [final, setFinal] = useState(false);
  const [checked, setChecked] = useState(false);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    if (!text.trim()) return;
    decide.mutate(
      { itemId: item.id, text: text.trim(), final },
      {
        onSuccess: () => {
          toast.show(t('ui.decision.done', { number: item.number }));
          onClose();
        },
      },
    );
  };
  return (
    <Dialog
      open
      title={t('ui.decision.title', { number: item.number, title: item.title })}
      onClose={onClose}
      footer={
        <>
          <Button onClick={onClose}>{t('common:actions.cancel')}</Button>
          <Button variant="primary" type="submit" form="item-decision" busy={decide.isPending}>
            {t('ui.decision.save')}
          </Button>
        </>
      }
    >
      <form id="item-decision" className="stack" noValidate onSubmit={onSubmit}>
        {decide.isError ? <Alert tone="error">{errorText(decide.error)}</Alert> : null}
        {item.recommendation ? (
          <p>
            <strong>{t('ui.item.recommendation')}:</strong> {item.recommendation}
          </p>
        ) : null}
        <TextArea
          label={t('ui.decision.text')}
          hint={item.caseId ? t('ui.decision.caseHint') : undefined}
          value={text}
          rows={5}
          onChange={(e) => setText(e.target.value)}
          error={checked && !text.trim() ? t('ui.fields.required') : undefined}
        />
        {item.caseId ? (
          <Checkbox
            label={t('ui.decision.final')}
            hint={t('ui.decision.finalHint')}
            checked={final}
            onChange={(e) => setFinal(e.target.checked)}
          />
        ) : null}
      </form>
    </Dialog>
  );
}
