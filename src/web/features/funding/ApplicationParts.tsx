/** The status buttons (with a confirmation) and the reporting obligations of an application. */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApplicationDetail, Obligation } from '../../../shared/funding.contract';
import type { ApplicationStatus } from '../../../shared/funding.enums';
import { todayInDenmark } from '../../../shared/dates';
import { useErrorText } from '../../app/errors';
import { Alert, Button, ConfirmDialog, Table, TextField, useToast } from '../../ui/index';
import { useDate } from '../plans/PlanParts';
import {
  useAddObligation,
  useDeleteObligation,
  useMarkObligation,
  useStatusStep,
} from './funding.api';
import { kronerText, parseKroner } from './money-input';

/** One button per allowed next status; each asks for the date (and for a grant, the amount). */
export function StatusPanel({ application }: { application: ApplicationDetail }) {
  const { t } = useTranslation('funding');
  const toast = useToast();
  const errorText = useErrorText();
  const step = useStatusStep(application.id);
  const [to, setTo] = useState<ApplicationStatus | null>(null);
  const [on, setOn] = useState(todayInDenmark());
  const [amount, setAmount] = useState(kronerText(application.totalBudgetOre));
  const granted = parseKroner(amount);
  const confirm = () => {
    if (!to) return;
    step.mutate(
      { to, on, ...(to === 'granted' ? { amountGrantedOre: granted } : {}) },
      {
        onSuccess: () => {
          toast.show(t('status.done'), 'success');
          setTo(null);
        },
      },
    );
  };
  return (
    <>
      <p>{t('status.current', { status: t(`statuses.${application.status}`) })}</p>
      {application.nextStatuses.length === 0 ? (
        <p className="muted">{t('status.final')}</p>
      ) : (
        <div className="funding-actions">
          {application.nextStatuses.map((s) => (
            <Button
              key={s}
              variant={s === 'refused' ? 'secondary' : 'primary'}
              onClick={() => {
                step.reset();
                setTo(s);
              }}
            >
              {t('status.moveTo', { status: t(`statuses.${s}`) })}
            </Button>
          ))}
        </div>
      )}
      <ConfirmDialog
        open={to !== null}
        title={to ? t('status.confirmTitle', { status: t(`statuses.${to}`) }) : ''}
        confirmLabel={to ? t('status.moveTo', { status: t(`statuses.${to}`) }) : ''}
        tone={to === 'refused' ? 'danger' : 'primary'}
        busy={step.isPending}
        error={step.error ? errorText(step.error) : null}
        onConfirm={confirm}
        onCancel={() => setTo(null)}
      >
        <p>{t('status.confirmBody')}</p>
        <TextField
          label={t('status.on')}
          type="date"
          value={on}
          onChange={(e) => setOn(e.target.value)}
        />
        {to === 'granted' ? (
          <TextField
            label={t('status.amountGranted')}
            inputMode="decimal"
            value={amount}
            onChange={(e) => setAmount(e.target.value)}
            error={granted === null ? t('form.invalidAmount') : undefined}
          />
        ) : null}
      </ConfirmDialog>
    </>
  );
}

/** The obligations: add, mark done, delete (after a confirmation). */
export function ObligationsPanel({ application }: { application: ApplicationDetail }) {
  const { t } = useTranslation('funding');
  const toast = useToast();
  const errorText = useErrorText();
  const date = useDate();
  const add = useAddObligation(application.id);
  const mark = useMarkObligation(application.id);
  const remove = useDeleteObligation(application.id);
  const [title, setTitle] = useState('');
  const [due, setDue] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<Obligation | null>(null);

  const submit = (event?: FormEvent) => {
    event?.preventDefault();
    if (!title.trim() || !due) return setProblem(t('obligations.required'));
    setProblem(null);
    add.mutate(
      { title: title.trim(), dueDate: due },
      {
        onSuccess: () => {
          toast.show(t('obligations.added'), 'success');
          setTitle('');
          setDue('');
        },
      },
    );
  };

  return (
    <>
      {application.obligations.length === 0 ? (
        <p className="muted">{t('obligations.none')}</p>
      ) : (
        <Table caption={t('obligations.caption')} captionHidden>
          <thead>
            <tr>
              <th scope="col">{t('obligations.name')}</th>
              <th scope="col">{t('obligations.due')}</th>
              <th scope="col">{t('obligations.done')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('obligations.delete')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {application.obligations.map((o) => (
              <tr key={o.id}>
                <th scope="row">{o.title}</th>
                <td>
                  {date(o.dueDate)}{' '}
                  {o.overdue ? (
                    <span className="funding-badge">{t('obligations.overdue')}</span>
                  ) : null}
                </td>
                <td>
                  <label className="funding-check">
                    <input
                      type="checkbox"
                      checked={o.doneOn !== null}
                      aria-label={t('obligations.markDone', { title: o.title })}
                      onChange={(e) => mark.mutate({ obligationId: o.id, done: e.target.checked })}
                    />{' '}
                    {o.doneOn
                      ? t('obligations.doneOn', { date: date(o.doneOn) })
                      : t('obligations.notDone')}
                  </label>
                </td>
                <td>
                  <Button
                    size="sm"
                    variant="ghost"
                    aria-label={t('obligations.deleteLabel', { title: o.title })}
                    onClick={() => {
                      remove.reset();
                      setDeleting(o);
                    }}
                  >
                    {t('obligations.delete')}
                  </Button>
                </td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
      {mark.error ? <Alert tone="error">{errorText(mark.error)}</Alert> : null}
      <form className="funding-filters" onSubmit={submit} noValidate>
        <TextField
          label={t('obligations.name')}
          value={title}
          onChange={(e) => setTitle(e.target.value)}
        />
        <TextField
          label={t('obligations.due')}
          type="date"
          value={due}
          onChange={(e) => setDue(e.target.value)}
        />
        <Button type="submit" busy={add.isPending}>
          {t('obligations.add')}
        </Button>
      </form>
      {problem ? <Alert tone="error">{problem}</Alert> : null}
      {add.error ? <Alert tone="error">{errorText(add.error)}</Alert> : null}
      <ConfirmDialog
        open={deleting !== null}
        title={deleting ? t('obligations.confirmDelete', { title: deleting.title }) : ''}
        confirmLabel={t('obligations.delete')}
        tone="danger"
        busy={remove.isPending}
        error={remove.error ? errorText(remove.error) : null}
        onConfirm={() =>
          deleting && remove.mutate(deleting.id, { onSuccess: () => setDeleting(null) })
        }
        onCancel={() => setDeleting(null)}
      >
        <p>{t('obligations.confirmDeleteBody')}</p>
      </ConfirmDialog>
    </>
  );
}
