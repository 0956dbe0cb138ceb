/**
 * Answering a questionnaire: through a personal link (no account; `/questionnaires/answer/:token`)
 * or as the logged-in recipient (`/questionnaires/respond/:recipientId`). Drafts are saved; the
 * submission is validated with Danish per-question errors. An expired, revoked or late link shows
 * the server's Danish explanation.
 */
import { useState } from 'react';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type {
  AnswerForm as Form,
  AnswerValue,
  Answers,
  Question,
} from '../../../shared/questionnaires.contract';
import { ApiError } from '../../api/api-error';
import { Alert, Button, LoadingBlock, PageHeader, TextArea, TextField } from '../../ui/index';
import { answerBase, errorText, useAnswerForm, useSaveAnswers } from './questionnaires.api';
import './questionnaires.css';

export function LinkAnswerPage() {
  const { token = '' } = useParams();
  return <AnswerForm base={answerBase({ token })} anonymous />;
}

export function RespondPage() {
  const { recipientId = '' } = useParams();
  return <AnswerForm base={answerBase({ recipientId })} anonymous={false} />;
}

function AnswerForm({ base, anonymous }: { base: string; anonymous: boolean }) {
  const { t, i18n } = useTranslation('questionnaires');
  const form = useAnswerForm(base, anonymous);
  if (form.isPending) return <LoadingBlock />;
  if (form.error)
    return (
      <>
        <PageHeader title={t('answer.heading')} />
        <Alert tone="error">{errorText(form.error, i18n.language)}</Alert>
      </>
    );
  return <Answering base={base} anonymous={anonymous} data={form.data} />;
}

function Answering({ base, anonymous, data }: { base: string; anonymous: boolean; data: Form }) {
  const { t, i18n } = useTranslation('questionnaires');
  const save = useSaveAnswers(base, anonymous);
  const [answers, setAnswers] = useState<Answers>(data.answers);
  const [done, setDone] = useState<'draft' | 'submitted' | null>(null);
  const fieldError = (id: string) =>
    save.error instanceof ApiError
      ? save.error.fieldError(`answers.${id}`, i18n.language === 'en' ? 'en' : 'da')
      : undefined;
  const submitted = Boolean(data.submittedAt) || done === 'submitted';
  const set = (id: string, value: AnswerValue) => {
    setDone(null);
    setAnswers((a) => ({ ...a, [id]: value }));
  };
  return (
    <>
      <PageHeader
        title={data.title}
        description={
          <>
            {data.intro ? <p>{data.intro}</p> : null}
            <p>{t('answer.deadline', { date: data.deadline })}</p>
          </>
        }
      />
      {submitted ? (
        <Alert tone="success">{t('answer.submitted')}</Alert>
      ) : (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            save.mutate({ answers, final: true }, { onSuccess: () => setDone('submitted') });
          }}
        >
          {data.sections.map((s) => (
            <fieldset key={s.id} className="q-fieldset">
              <legend>{s.title}</legend>
              {s.questions.map((q) => (
                <QuestionInput
                  key={q.id}
                  q={q}
                  value={answers[q.id] ?? null}
                  error={fieldError(q.id)}
                  onChange={(v) => set(q.id, v)}
                />
              ))}
            </fieldset>
          ))}
          {save.error ? <Alert tone="error">{errorText(save.error, i18n.language)}</Alert> : null}
          {done === 'draft' ? <Alert tone="success">{t('answer.draftSaved')}</Alert> : null}
          <div className="q-inline">
            <Button
              busy={save.isPending && !save.variables?.final}
              onClick={() =>
                save.mutate({ answers, final: false }, { onSuccess: () => setDone('draft') })
              }
            >
              {t('answer.saveDraft')}
            </Button>
            <Button type="submit" variant="primary" busy={save.isPending && save.variables?.final}>
              {t('answer.submit')}
            </Button>
          </div>
        </form>
      )}
    </>
  );
}

function QuestionInput({
  q,
  value,
  error,
  onChange,
}: {
  q: Question;
  value: AnswerValue;
  error: string | undefined;
  onChange: (value: AnswerValue) => void;
}) {
  const { t } = useTranslation('questionnaires');
  const label = `${q.text}${q.required ? ` ${t('answer.required')}` : ''}`;
  const errorId = `q-err-${q.id}`;
  const errorEl = error ? (
    <p id={errorId} className="q-error">
      {error}
    </p>
  ) : null;
  const num = (v: string) => (v === '' ? null : Number(v));
  switch (q.kind) {
    case 'single':
    case 'multiple': {
      const multi = q.kind === 'multiple';
      const chosen = multi ? (Array.isArray(value) ? value : []) : value;
      return (
        <fieldset className="q-fieldset q-choice" aria-describedby={error ? errorId : undefined}>
          <legend>{label}</legend>
          {q.options.map((o) => (
            <label key={o} className="q-check">
              <input
                type={multi ? 'checkbox' : 'radio'}
                name={q.id}
                value={o}
                checked={multi ? (chosen as string[]).includes(o) : chosen === o}
                onChange={(e) => {
                  if (!multi) onChange(o);
                  else {
                    const list = chosen as string[];
                    onChange(e.target.checked ? [...list, o] : list.filter((x) => x !== o));
                  }
                }}
              />{' '}
              {o}
            </label>
          ))}
          {errorEl}
        </fieldset>
      );
    }
    case 'scale': {
      const min = q.min ?? 1;
      const max = q.max ?? 5;
      return (
        <fieldset className="q-fieldset q-choice" aria-describedby={error ? errorId : undefined}>
          <legend>{label}</legend>
          {q.minLabel || q.maxLabel ? (
            <p className="q-hint">
              {min} = {q.minLabel}, {max} = {q.maxLabel}
            </p>
          ) : null}
          <div className="q-inline">
            {Array.from({ length: max - min + 1 }, (_, i) => min + i).map((n) => (
              <label key={n} className="q-check">
                <input
                  type="radio"
                  name={q.id}
                  value={n}
                  checked={value === n}
                  onChange={() => onChange(n)}
                />{' '}
                {n}
              </label>
            ))}
          </div>
          {errorEl}
        </fieldset>
      );
    }
    case 'number':
      return (
        <TextField
          label={q.unit ? `${label} (${q.unit})` : label}
          type="number"
          step="any"
          value={typeof value === 'number' ? value : ''}
          error={error}
          onChange={(e) => onChange(num(e.target.value))}
        />
      );
    case 'date':
      return (
        <TextField
          label={label}
          type="date"
          value={typeof value === 'string' ? value : ''}
          error={error}
          onChange={(e) => onChange(e.target.value || null)}
        />
      );
    case 'text':
      return (
        <TextArea
          label={label}
          value={typeof value === 'string' ? value : ''}
          error={error}
          onChange={(e) => onChange(e.target.value)}
        />
      );
  }
}
