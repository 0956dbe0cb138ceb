import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { addDays, todayInDenmark } from '../../../shared/dates';
import { useErrorText } from '../../app/errors';
import { Alert, Button, Dialog, LoadingBlock, TextField, useToast } from '../../ui/index';
import { useHeatmap, useInitiatives, useOpenRound } from './plans.api';
import { planPages } from './plans.paths';

/** Checkboxes for a choice of many, with "all" as the default. */
function Picker({
  legend,
  allLabel,
  hint,
  options,
  chosen,
  onChange,
}: {
  legend: string;
  allLabel: string;
  hint: string;
  options: readonly { id: string; label: string }[] | undefined;
  chosen: string[] | null;
  onChange: (next: string[] | null) => void;
}) {
  const { t } = useTranslation('plansUi');
  return (
    <fieldset className="plan-picker">
      <legend>{legend}</legend>
      <label className="plan-check">
        <input type="radio" checked={chosen === null} onChange={() => onChange(null)} /> {allLabel}
      </label>
      <label className="plan-check">
        <input
          type="radio"
          checked={chosen !== null}
          onChange={() => onChange(options?.map((o) => o.id) ?? [])}
        />{' '}
        {t('openRound.choose')}
      </label>
      {chosen !== null ? (
        options === undefined ? (
          <LoadingBlock label={t('loading')} />
        ) : (
          <div className="plan-picker-list">
            <p className="muted">{hint}</p>
            {options.map((o) => (
              <label key={o.id} className="plan-check">
                <input
                  type="checkbox"
                  checked={chosen.includes(o.id)}
                  onChange={(e) =>
                    onChange(
                      e.target.checked ? [...chosen, o.id] : chosen.filter((id) => id !== o.id),
                    )
                  }
                />{' '}
                {o.label}
              </label>
            ))}
          </div>
        )
      ) : null}
    </fieldset>
  );
}

/** The secretariat opens a round: title, deadline, which initiatives and which parties. */
export function OpenRoundDialog({
  planId,
  open,
  onClose,
}: {
  planId: string;
  open: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation('plansUi');
  const { t: tc } = useTranslation();
  const navigate = useNavigate();
  const toast = useToast();
  const errorText = useErrorText();
  const [title, setTitle] = useState('');
  const [deadline, setDeadline] = useState(addDays(todayInDenmark(), 21));
  const [initiativeIds, setInitiativeIds] = useState<string[] | null>(null);
  const [partyIds, setPartyIds] = useState<string[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const initiatives = useInitiatives(planId, { limit: 200 });
  const heatmap = useHeatmap(planId, {});
  const openRound = useOpenRound(planId);

  const submit = (event?: FormEvent) => {
    event?.preventDefault();
    if (!title.trim()) return setProblem(t('openRound.titleRequired'));
    if (!deadline) return setProblem(t('openRound.deadlineRequired'));
    if ((initiativeIds && initiativeIds.length === 0) || (partyIds && partyIds.length === 0)) {
      return setProblem(t('openRound.pickOne'));
    }
    setProblem(null);
    openRound.mutate(
      {
        title: title.trim(),
        deadline,
        ...(initiativeIds ? { initiativeIds } : {}),
        ...(partyIds ? { partyIds } : {}),
      },
      {
        onSuccess: (round) => {
          toast.show(t('openRound.done'), 'success');
          onClose();
          void navigate(planPages.round(round.id));
        },
      },
    );
  };

  return (
    <Dialog
      open={open}
      onClose={onClose}
      title={t('openRound.title')}
      footer={
        <>
          <Button onClick={onClose}>{tc('actions.cancel')}</Button>
          <Button variant="primary" busy={openRound.isPending} onClick={() => submit()}>
            {t('openRound.submit')}
          </Button>
        </>
      }
    >
      <form className="stack" onSubmit={submit} noValidate>
        <TextField
          label={t('openRound.name')}
          value={title}
          onChange={(e) => setTitle(e.target.value)}
          required
        />
        <TextField
          label={t('openRound.deadline')}
          type="date"
          value={deadline}
          onChange={(e) => setDeadline(e.target.value)}
          required
        />
        <Picker
          legend={t('openRound.initiatives')}
          allLabel={t('openRound.allInitiatives')}
          hint={t('openRound.initiativesHint')}
          options={initiatives.data?.items.map((i) => ({
            id: i.id,
            label: `${i.number}. ${i.title}`,
          }))}
          chosen={initiativeIds}
          onChange={setInitiativeIds}
        />
        <Picker
          legend={t('openRound.parties')}
          allLabel={t('openRound.allParties')}
          hint={t('openRound.partiesHint')}
          options={heatmap.data?.parties.map((p) => ({ id: p.id, label: p.name }))}
          chosen={partyIds}
          onChange={setPartyIds}
        />
        {problem ? <Alert tone="error">{problem}</Alert> : null}
        {openRound.error ? <Alert tone="error">{errorText(openRound.error)}</Alert> : null}
      </form>
    </Dialog>
  );
}
