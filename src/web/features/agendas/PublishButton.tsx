import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../app/errors';
import type { Agenda } from '../../../shared/agendas.contract';
import { Button, ConfirmDialog, useToast } from '../../ui/index';
import { useAgendaFlow } from './agendas.api';

/** "Udsend dagsorden" with a confirmation: publishing is final. */
export function PublishButton({ agenda }: { agenda: Agenda }) {
  const { t } = useTranslation('agendas');
  const toast = useToast();
  const errorText = useErrorText();
  const { publish } = useAgendaFlow(agenda.meetingId);
  const [open, setOpen] = useState(false);
  const close = () => {
    publish.reset();
    setOpen(false);
  };
  return (
    <>
      <Button onClick={() => setOpen(true)}>{t('ui.publish.open')}</Button>
      {open ? (
        <ConfirmDialog
          open
          tone="primary"
          title={t('ui.publish.title')}
          confirmLabel={t('ui.publish.confirm')}
          busy={publish.isPending}
          error={publish.error ? errorText(publish.error) : null}
          onCancel={close}
          onConfirm={() =>
            publish.mutate(undefined, {
              onSuccess: () => {
                toast.show(t('ui.publish.done'));
                close();
              },
            })
          }
        >
          <p>{t('ui.publish.body', { count: agenda.items.length })}</p>
          {agenda.status === 'inReview' ? <p>{t('ui.publish.reviewEnds')}</p> : null}
        </ConfirmDialog>
      ) : null}
    </>
  );
}
