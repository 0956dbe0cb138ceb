import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useErrorText, useFieldError } from '../../app/errors';
import type { Agenda } from '../../../shared/agendas.contract';
import type { MeetingDetail } from '../../../shared/meetings.contract';
import { Alert, Button, Dialog, Select, useToast } from '../../ui/index';
import { useCases } from '../cases/cases.api';
import { casePaths } from '../meetings/paths';
import { useAgendaItems } from './agendas.api';
import { ItemWordingFields, type ItemWording } from './ItemWordingFields';

/** Props of {@link AddItemDialog}. */
export interface AddItemDialogProps {
  meeting: MeetingDetail;
  agenda: Agenda;
  onClose: () => void;
}

const EMPTY: ItemWording = {
  title: '',
  body: '',
  type: 'information',
  closed: false,
  closedReason: '',
};

/**
 * Adds an item at the end of the agenda: a case waiting in this forum (its current step is
 * placed on this meeting) or a free item without a case.
 */
export function AddItemDialog({ meeting, agenda, onClose }: AddItemDialogProps) {
  const { t } = useTranslation(['agendas', 'common']);
  const toast = useToast();
  const errorText = useErrorText();
  const { add } = useAgendaItems(meeting.id);
  const fieldError = useFieldError(add.error);
  const [kind, setKind] = useState<'case' | 'free'>('case');
  const [caseId, setCaseId] = useState('');
  const [wording, setWording] = useState<ItemWording>(EMPTY);
  const [checked, setChecked] = useState(false);
  const waiting = useCases({ currentForumId: meeting.forumId, status: 'open', limit: 200 });
  const onAgenda = new Set(agenda.items.flatMap((i) => (i.redacted ? [] : [i.caseId])));
  const candidates = (waiting.data?.items ?? []).filter(
    (c) => c.currentStepId && !onAgenda.has(c.id),
  );

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    const chosen = candidates.find((c) => c.id === caseId);
    if (kind === 'case' && !chosen?.currentStepId) return;
    if (
      kind === 'free' &&
      (!wording.title.trim() || (wording.closed && !wording.closedReason.trim()))
    )
      return;
    const body =
      kind === 'case' && chosen?.currentStepId
        ? { kind: 'case' as const, caseId: chosen.id, stepId: chosen.currentStepId }
        : {
            kind: 'free' as const,
            title: wording.title.trim(),
            body: wording.body.trim(),
            type: wording.type,
            closed: wording.closed,
            ...(wording.closed ? { closedReason: wording.closedReason.trim() } : {}),
          };
    add.mutate(body, {
      onSuccess: () => {
        toast.show(t('ui.add.done'));
        onClose();
      },
    });
  };

  return (
    <Dialog
      open
      title={t('ui.add.title')}
      onClose={onClose}
      footer={
        <>
          <Button onClick={onClose}>{t('common:actions.cancel')}</Button>
          <Button variant="primary" type="submit" form="add-item" busy={add.isPending}>
            {t('ui.add.submit')}
          </Button>
        </>
      }
    >
      <form id="add-item" className="stack" noValidate onSubmit={onSubmit}>
        {add.isError ? <Alert tone="error">{errorText(add.error)}</Alert> : null}
        <fieldset className="agenda-kind">
          <legend>{t('ui.add.kind')}</legend>
          {(['case', 'free'] as const).map((k) => (
            <label key={k} className="mtg-check">
              <input
                type="radio"
                name="item-kind"
                checked={kind === k}
                onChange={() => setKind(k)}
              />
              {t(`ui.add.kinds.${k}`)}
            </label>
          ))}
        </fieldset>
        {kind === 'case' ? (
          <>
            <Select
              label={t('ui.add.case')}
              hint={t('ui.add.caseHint', { forum: meeting.forumName ?? '' })}
              emptyOption={
                waiting.isPending
                  ? t('ui.add.loadingCases')
                  : t('ui.add.caseCount', { count: candidates.length })
              }
              value={caseId}
              onChange={(e) => setCaseId(e.target.value)}
              options={candidates.map((c) => ({ value: c.id, label: c.title }))}
              error={checked && !caseId ? t('ui.add.caseRequired') : undefined}
            />
            <p className="muted">
              {t('ui.add.raiseFirst')} <Link to={casePaths.raise}>{t('ui.add.raiseLink')}</Link>
            </p>
          </>
        ) : (
          <ItemWordingFields
            value={wording}
            onChange={setWording}
            checked={checked}
            serverError={fieldError}
          />
        )}
      </form>
    </Dialog>
  );
}
