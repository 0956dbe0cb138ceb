import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../app/errors';
import type { ActionStatus, DecisionAction } from '../../../shared/actions.contract';
import { Alert, Button, Dialog, Select, TextArea, useToast } from '../../ui/index';
import { useMeetingFormat } from '../meetings/use-format';
import { useUpdateAction } from './actions.api';

/** The statuses an action may move to (src/domain/actions/actions.ts, `canMoveAction`). */
const NEXT: Record<ActionStatus, ActionStatus[]> = {
  open: ['inProgress', 'done', 'cancelled'],
  inProgress: ['done', 'cancelled'],
  done: [],
  cancelled: [],
};

/** Changes an action's status and/or adds a progress note; shows the history. */
export function UpdateActionDialog({
  action,
  onClose,
}: {
  action: DecisionAction;
  onClose: () => void;
}) {
  const { t } = useTranslation('actions');
  const toast = useToast();
  const errorText = useErrorText();
  const format = useMeetingFormat();
  const update = useUpdateAction();
  const [status, setStatus] = useState('');
  const [note, setNote] = useState('');
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!status && !note.trim()) return;
    update.mutate(
      {
        id: action.id,
        ...(status ? { status: status as ActionStatus } : {}),
        ...(note.trim() ? { note: note.trim() } : {}),
      },
      {
        onSuccess: () => {
          toast.show(t('update.saved'));
          onClose();
        },
      },
    );
  };
  return (
    <Dialog
      open
      title={`${t('update.change')}: ${action.title}`}
      onClose={onClose}
      footer={
        <>
          <Button onClick={onClose}>{t('add.cancel')}</Button>
          <Button variant="primary" type="submit" form="update-action" busy={update.isPending}>
            {t('update.save')}
          </Button>
        </>
      }
    >
      <form id="update-action" className="stack" noValidate onSubmit={onSubmit}>
        {update.isError ? <Alert tone="error">{errorText(update.error)}</Alert> : null}
        <p>
          {t('fields.status')}: <strong>{t(`status.${action.status}`)}</strong> ·{' '}
          {t('fields.dueDate')} {format.date(action.dueDate)}
        </p>
        {NEXT[action.status].length > 0 ? (
          <Select
            label={t('update.newStatus')}
            value={status}
            emptyOption={t('update.keep')}
            options={NEXT[action.status].map((s) => ({ value: s, label: t(`status.${s}`) }))}
            onChange={(e) => setStatus(e.target.value)}
          />
        ) : null}
        <TextArea
          label={t('fields.note')}
          value={note}
          rows={3}
          onChange={(e) => setNote(e.target.value)}
        />
        {action.progress.length > 0 ? (
          <section aria-labelledby="action-progress" className="stack">
            <h3 id="action-progress">{t('fields.progress')}</h3>
            <ul>
              {action.progress.map((p, i) => (
                <li key={i}>
                  {format.date(p.on)} · {p.byName}
                  {p.status ? ` · ${t(`status.${p.status}`)}` : ''}
                  {p.text ? `: ${p.text}` : ''}
                </li>
              ))}
            </ul>
          </section>
        ) : null}
      </form>
    </Dialog>
  );
}
