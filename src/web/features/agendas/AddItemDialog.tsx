import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useErrorText, useFieldError } from '../../app/errors';
import type { Agenda, AgendaCandidate } from '../../../shared/agendas.contract';
import type { MeetingDetail } from '../../../shared/meetings.contract';
import { Alert, Button, Dialog, Select, useToast } from '../../ui/index';
import { casePaths } from '../meetings/paths';
import { useMeetingFormat } from '../meetings/use-format';
import { useAgendaCandidates, useAgendaItems } from './agendas.api';
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

/** The waiting cases this agenda can take, and how many stand on a published agenda. */
function useCaseOffer(meeting: MeetingDetail, agenda: Agenda) {
  const waiting = useAgendaCandidates(meeting.id);
  const onAgenda = new Set(agenda.items.flatMap((i) => (i.redacted ? [] : [i.caseId])));
  const all = waiting.data?.items ?? [];
  return {
    pending: waiting.isPending,
    candidates: all.filter(
      (c) => (c.offer === 'place' || c.offer === 'move') && !onAgenda.has(c.caseId),
    ),
    locked: all.filter((c) => c.offer === 'locked').length,
  };
}

type CaseOffer = ReturnType<typeof useCaseOffer>;

/** Props of {@link CasePicker}. */
interface CasePickerProps {
  meeting: MeetingDetail;
  offer: CaseOffer;
  caseId: string;
  onChange: (caseId: string) => void;
  checked: boolean;
  /** The meeting the chosen case moves from, when it stands on another draft agenda. */
  moving: AgendaCandidate['onMeeting'];
}

/** The case choice: each waiting case, where a case on another draft agenda stands, the move. */
function CasePicker({ meeting, offer, caseId, onChange, checked, moving }: CasePickerProps) {
  const { t } = useTranslation(['agendas', 'common']);
  const format = useMeetingFormat();
  const label = (c: AgendaCandidate) =>
    c.offer === 'move' && c.onMeeting
      ? t('ui.add.onOther', {
          title: c.title,
          meeting: c.onMeeting.title,
          date: format.date(c.onMeeting.date),
        })
      : c.kind === 'return'
        ? t('ui.add.returnedDecision', { title: c.title })
        : c.title;
  return (
    <>
      <Select
        label={t('ui.add.case')}
        hint={t('ui.add.caseHint', { forum: meeting.forumName ?? '' })}
        emptyOption={
          offer.pending
            ? t('ui.add.loadingCases')
            : t('ui.add.caseCount', { count: offer.candidates.length })
        }
        value={caseId}
        onChange={(e) => onChange(e.target.value)}
        options={offer.candidates.map((c) => ({ value: c.caseId, label: label(c) }))}
        error={checked && !caseId ? t('ui.add.caseRequired') : undefined}
      />
      {moving ? (
        <Alert tone="warning" title={t('ui.add.moveTitle')}>
          {t('ui.add.moveBody', { meeting: moving.title, date: format.date(moving.date) })}
        </Alert>
      ) : null}
      {offer.locked > 0 ? (
        <p className="muted">{t('ui.add.locked', { count: offer.locked })}</p>
      ) : null}
      <p className="muted">
        {t('ui.add.raiseFirst')} <Link to={casePaths.raise}>{t('ui.add.raiseLink')}</Link>
      </p>
    </>
  );
}

/**
 * Adds an item at the end of the agenda: a case waiting in this forum (its current step is
 * placed on this meeting) or a free item without a case. A case standing on another meeting's
 * agenda that is still being prepared is offered too: choosing it says where it stands and the
 * button moves it here (issue 11). Cases on a published agenda are not offered; a note says so.
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
  const offer = useCaseOffer(meeting, agenda);
  const chosen = offer.candidates.find((c) => c.caseId === caseId);
  const moving = kind === 'case' && chosen?.offer === 'move' ? chosen.onMeeting : null;

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    if (kind === 'case' && !chosen) return;
    if (
      kind === 'free' &&
      (!wording.title.trim() || (wording.closed && !wording.closedReason.trim()))
    )
      return;
    const body =
      kind === 'case' && chosen
        ? {
            kind: 'case' as const,
            caseId: chosen.caseId,
            stepId: chosen.stepId,
            ...(chosen.offer === 'move' ? { move: true } : {}),
          }
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
        toast.show(t(moving ? 'ui.add.moved' : 'ui.add.done'));
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
            {moving ? t('ui.add.moveSubmit') : t('ui.add.submit')}
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
          <CasePicker
            meeting={meeting}
            offer={offer}
            caseId={caseId}
            onChange={setCaseId}
            checked={checked}
            moving={moving}
          />
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
