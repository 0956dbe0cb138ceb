import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../app/errors';
import type { Agenda } from '../../../shared/agendas.contract';
import { Alert, Button, ConfirmDialog, useToast } from '../../ui/index';
import { useMeetingFormat } from '../meetings/use-format';
import type { AgendaAbilities } from './agenda-rules';
import { useMinutesFlow } from './agendas.api';

/**
 * The members' approval of the minutes: who has approved, "Godkend referatet" for an eligible
 * member, and closing the approval early (silence counts as consent) with a confirmation.
 */
export function ApprovalPanel({
  agenda,
  abilities,
}: {
  agenda: Agenda;
  abilities: AgendaAbilities;
}) {
  const { t } = useTranslation('agendas');
  const toast = useToast();
  const errorText = useErrorText();
  const format = useMeetingFormat();
  const { approve, close } = useMinutesFlow(agenda.meetingId);
  const [closing, setClosing] = useState(false);
  const approved = agenda.approvals.filter((a) => a.approvedAt !== null).length;
  return (
    <section className="stack" aria-labelledby="minutes-approval">
      <h3 id="minutes-approval">{t('ui.approval.heading')}</h3>
      {agenda.minutesStatus === 'approved' ? (
        <Alert tone="success" title={t('ui.approval.approved')}>
          {agenda.approvalEnding ? t(`approvalEndings.${agenda.approvalEnding}`) : null}
          {agenda.minutesApprovedAt
            ? ` (${format.dateTimeCompact(agenda.minutesApprovedAt)})`
            : null}
        </Alert>
      ) : (
        <p className="muted">
          {t('ui.approval.progress', { approved, count: agenda.approvals.length })}
        </p>
      )}
      {agenda.approvals.length === 0 ? (
        <p className="muted">{t('ui.approval.noneEligible')}</p>
      ) : (
        <ul className="agenda-approvals">
          {agenda.approvals.map((a) => (
            <li key={a.personId}>
              {a.name}:{' '}
              {a.approvedAt
                ? t('ui.approval.approvedAt', { when: format.dateTimeCompact(a.approvedAt) })
                : t('ui.approval.waiting')}
            </li>
          ))}
        </ul>
      )}
      {approve.isError ? <Alert tone="error">{errorText(approve.error)}</Alert> : null}
      <div className="button-row">
        {abilities.approve ? (
          <Button
            variant="primary"
            busy={approve.isPending}
            onClick={() =>
              approve.mutate(undefined, { onSuccess: () => toast.show(t('ui.approval.thanks')) })
            }
          >
            {t('ui.approval.approve')}
          </Button>
        ) : null}
        {abilities.closeApproval ? (
          <Button onClick={() => setClosing(true)}>{t('ui.approval.close')}</Button>
        ) : null}
      </div>
      {closing ? (
        <ConfirmDialog
          open
          tone="primary"
          title={t('ui.approval.closeTitle')}
          confirmLabel={t('ui.approval.close')}
          busy={close.isPending}
          error={close.error ? errorText(close.error) : null}
          onCancel={() => {
            close.reset();
            setClosing(false);
          }}
          onConfirm={() =>
            close.mutate(undefined, {
              onSuccess: () => {
                toast.show(t('ui.approval.closed'));
                setClosing(false);
              },
            })
          }
        >
          <p>{t('ui.approval.closeBody', { missing: agenda.approvals.length - approved })}</p>
        </ConfirmDialog>
      ) : null}
    </section>
  );
}
