import { useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { RoundForm, RoundFormField } from '../../../shared/plan-rounds.contract';
import { useErrorText } from '../../app/errors';
import { useLanguage } from '../../app/language';
import { formatDateTimeCompact } from '../../format';
import { Alert, Button, PageHeader, Table, useToast } from '../../ui/index';
import { QueryState } from '../organisation/QueryState';
import {
  changesOf,
  editComment,
  editDegree,
  missingOf,
  valueOf,
  type FormEdits,
} from './round-form';
import { DegreeBadge, useDate, useDegreeText } from './PlanParts';
import { useAnswerRound, useRoundForm } from './plans.api';
import { planPages } from './plans.paths';
import './plans.css';

/** One field of the form: the last value, the degree now (one select) and a comment. */
function FieldRow({
  field,
  form,
  edits,
  changed,
  onEdit,
}: {
  field: RoundFormField;
  form: RoundForm;
  edits: FormEdits;
  changed: boolean;
  onEdit: (next: FormEdits) => void;
}) {
  const { t } = useTranslation('plansUi');
  const date = useDate();
  const text = useDegreeText(form.scale);
  const open = form.roundStatus === 'open';
  const value = valueOf(field, edits);
  return (
    <tr className={changed ? 'plan-row-changed' : undefined}>
      <td>{field.number}</td>
      <th scope="row">{field.title}</th>
      <td>
        <DegreeBadge scale={form.scale} degree={field.lastDegree} />
        {field.lastRecordedOn ? <div className="muted">{date(field.lastRecordedOn)}</div> : null}
      </td>
      <td>
        {open ? (
          <select
            className="input select"
            aria-label={t('form.degreeFor', { number: field.number })}
            value={value.degree ?? ''}
            onChange={(e) => onEdit(editDegree(edits, field, e.target.value))}
          >
            {value.degree === null ? <option value="">{t('form.chooseDegree')}</option> : null}
            {form.scale.map((s) => (
              <option key={s.key} value={s.key}>
                {text(s.key)}
              </option>
            ))}
          </select>
        ) : (
          <DegreeBadge scale={form.scale} degree={value.degree} />
        )}
        {changed ? <strong className="plan-changed"> ✎ {t('form.changed')}</strong> : null}
      </td>
      <td>
        {open ? (
          <input
            className="input"
            type="text"
            aria-label={t('form.commentFor', { number: field.number })}
            value={value.comment}
            disabled={value.degree === null}
            onChange={(e) => onEdit(editComment(edits, field, e.target.value))}
          />
        ) : (
          value.comment || t('dash')
        )}
      </td>
    </tr>
  );
}

/** The form itself, for an open or closed round. */
function FormBody({
  form,
  roundId,
  partyId,
}: {
  form: RoundForm;
  roundId: string;
  partyId: string;
}) {
  const { t } = useTranslation('plansUi');
  const [edits, setEdits] = useState<FormEdits>({});
  const [problem, setProblem] = useState<string | null>(null);
  const answer = useAnswerRound(roundId, partyId);
  const toast = useToast();
  const errorText = useErrorText();
  const { language } = useLanguage();
  const open = form.roundStatus === 'open';
  const changes = changesOf(form.fields, edits);
  const when = form.answeredAt ? formatDateTimeCompact(form.answeredAt, language) : '';

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (changes.length === 0) return setProblem(t('form.nothingChanged'));
    if (missingOf(form.fields, edits).length > 0) return setProblem(t('form.missing'));
    setProblem(null);
    answer.mutate(
      { changes },
      {
        onSuccess: () => {
          setEdits({});
          toast.show(t('form.saved'), 'success');
        },
      },
    );
  };

  return (
    <>
      {!open ? <Alert tone="info">{t('form.closedRound')}</Alert> : null}
      {form.status === 'answered' ? (
        <Alert
          tone="success"
          title={
            form.noChanges ? t('form.answeredNoChanges', { when }) : t('form.answered', { when })
          }
        >
          {t('form.burden', { count: form.fieldsTouched })}
          {open ? ` ${t('form.answerAgain')}` : ''}
        </Alert>
      ) : null}
      {open ? (
        <section className="plan-nochanges" aria-labelledby="plan-nochanges-hint">
          <Button
            variant="primary"
            className="plan-big-button"
            busy={answer.isPending}
            aria-describedby="plan-nochanges-hint"
            onClick={() =>
              answer.mutate(
                { noChanges: true },
                {
                  onSuccess: () => {
                    setEdits({});
                    toast.show(t('form.saved'), 'success');
                  },
                },
              )
            }
          >
            {t('form.noChanges')}
          </Button>
          <p id="plan-nochanges-hint" className="muted">
            {t('form.noChangesHint')}
          </p>
        </section>
      ) : null}
      {answer.error ? <Alert tone="error">{errorText(answer.error)}</Alert> : null}
      <form onSubmit={submit} noValidate className="plan-section plan-round-form">
        {open ? <h2>{t('form.changesHeading')}</h2> : null}
        <Table caption={t('form.caption')} captionHidden>
          <thead>
            <tr>
              <th scope="col">{t('form.number')}</th>
              <th scope="col">{t('form.initiative')}</th>
              <th scope="col">{t('form.last')}</th>
              <th scope="col">{t('form.degree')}</th>
              <th scope="col">{t('form.comment')}</th>
            </tr>
          </thead>
          <tbody>
            {form.fields.map((field) => (
              <FieldRow
                key={field.initiativeId}
                field={field}
                form={form}
                edits={edits}
                changed={changes.some((c) => c.initiativeId === field.initiativeId)}
                onEdit={setEdits}
              />
            ))}
          </tbody>
        </Table>
        {open ? (
          <div className="plan-form-actions">
            <p aria-live="polite">{t('form.changeCount', { count: changes.length })}</p>
            {problem ? <Alert tone="error">{problem}</Alert> : null}
            <Button type="submit" busy={answer.isPending}>
              {t('form.submit')}
            </Button>
          </div>
        ) : null}
      </form>
    </>
  );
}

/** A party's reporting form: pre-filled, "Ingen ændringer" in one click, a change is one select. */
export function RoundFormPage() {
  const { t } = useTranslation('plansUi');
  const { roundId = '', partyId = '' } = useParams();
  const form = useRoundForm(roundId, partyId);
  const date = useDate();
  return (
    <QueryState query={form} loadingLabel={t('loading')}>
      {(data) => (
        <>
          <PageHeader
            title={`${data.roundTitle}: ${data.partyName}`}
            description={
              <>
                <p>
                  {t('form.intro', {
                    party: data.partyName,
                    round: data.roundTitle,
                    deadline: date(data.deadline),
                  })}
                </p>
                <p>
                  <Link to={planPages.plan(data.planId)}>{data.planTitle}</Link>
                </p>
                {data.roundStatus === 'open' ? <p>{t('form.prefilled')}</p> : null}
              </>
            }
          />
          <FormBody
            key={`${data.status}-${data.answeredAt ?? ''}`}
            form={data}
            roundId={roundId}
            partyId={partyId}
          />
        </>
      )}
    </QueryState>
  );
}
