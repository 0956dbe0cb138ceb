/**
 * The questionnaire builder: title, introduction, sections in order, questions in order (kind,
 * text, required, options / scale ends and labels / number range and unit). Saved as a whole.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  QUESTION_KINDS,
  type Question,
  type QuestionKind,
  type QuestionnaireDetail,
  type Section,
} from '../../../shared/questionnaires.contract';
import { Alert, Button, ConfirmDialog, Select, TextArea, TextField } from '../../ui/index';
import { errorText, useUpdateQuestionnaire } from './questionnaires.api';

/** A key not yet used among `used` (`q1`, `q2`, …). */
function freshKey(prefix: string, used: ReadonlySet<string>): string {
  let n = used.size + 1;
  while (used.has(`${prefix}${n}`)) n += 1;
  return `${prefix}${n}`;
}

function newQuestion(id: string): Question {
  return {
    id,
    kind: 'single',
    text: '',
    help: '',
    required: false,
    options: ['Ja', 'Nej'],
    min: null,
    max: null,
    minLabel: '',
    maxLabel: '',
    unit: '',
  };
}

/** The sections with their options trimmed and empty options dropped. */
function cleaned(sections: readonly Section[]): Section[] {
  return sections.map((s) => ({
    ...s,
    questions: s.questions.map((q) => ({
      ...q,
      options: q.options.map((o) => o.trim()).filter(Boolean),
    })),
  }));
}

function move<T>(list: readonly T[], i: number, by: number): T[] {
  const j = i + by;
  if (j < 0 || j >= list.length) return [...list];
  const out = [...list];
  [out[i], out[j]] = [out[j] as T, out[i] as T];
  return out;
}

export function Builder({ questionnaire }: { questionnaire: QuestionnaireDetail }) {
  const { t, i18n } = useTranslation('questionnaires');
  const [title, setTitle] = useState(questionnaire.title);
  const [intro, setIntro] = useState(questionnaire.intro);
  const [sections, setSections] = useState<Section[]>(questionnaire.sections);
  const [removing, setRemoving] = useState<{ s: number; q: number } | null>(null);
  const [saved, setSaved] = useState(false);
  const update = useUpdateQuestionnaire(questionnaire.id);
  const usedQ = new Set(sections.flatMap((s) => s.questions.map((q) => q.id)));
  const usedS = new Set(sections.map((s) => s.id));

  const setSection = (si: number, patch: Partial<Section>) =>
    setSections((all) => all.map((s, i) => (i === si ? { ...s, ...patch } : s)));
  const setQuestion = (si: number, qi: number, patch: Partial<Question>) => {
    setSaved(false);
    setSection(si, {
      questions: (sections[si]?.questions ?? []).map((q, i) => (i === qi ? { ...q, ...patch } : q)),
    });
  };

  return (
    <section aria-labelledby="q-builder" className="q-section">
      <h2 id="q-builder">{t('builder.heading')}</h2>
      {questionnaire.template ? <Alert tone="warning">{t('template')}</Alert> : null}
      <TextField
        label={t('builder.titleLabel')}
        value={title}
        onChange={(e) => setTitle(e.target.value)}
      />
      <TextArea
        label={t('builder.introLabel')}
        value={intro}
        onChange={(e) => setIntro(e.target.value)}
      />
      {sections.map((s, si) => (
        <fieldset key={s.id} className="q-fieldset">
          <legend>{s.title || t('builder.sectionTitle')}</legend>
          <TextField
            label={t('builder.sectionTitle')}
            value={s.title}
            onChange={(e) => setSection(si, { title: e.target.value })}
          />
          <ol className="q-questions">
            {s.questions.map((q, qi) => (
              <QuestionEditor
                key={q.id}
                q={q}
                number={qi + 1}
                onChange={(patch) => setQuestion(si, qi, patch)}
                onMove={(by) => setSection(si, { questions: move(s.questions, qi, by) })}
                onRemove={() => setRemoving({ s: si, q: qi })}
              />
            ))}
          </ol>
          <Button
            onClick={() =>
              setSection(si, { questions: [...s.questions, newQuestion(freshKey('q', usedQ))] })
            }
          >
            {t('builder.addQuestion')}
          </Button>
        </fieldset>
      ))}
      <div className="q-inline">
        <Button
          onClick={() =>
            setSections((all) => [
              ...all,
              {
                id: freshKey('s', usedS),
                title: `${t('builder.sectionTitle')} ${all.length + 1}`,
                questions: [],
              },
            ])
          }
        >
          {t('builder.addSection')}
        </Button>
        <Button
          variant="primary"
          busy={update.isPending}
          onClick={() =>
            update.mutate(
              {
                title,
                intro,
                sections: cleaned(sections),
              },
              { onSuccess: () => setSaved(true) },
            )
          }
        >
          {t('builder.save')}
        </Button>
      </div>
      {saved && !update.isPending ? <Alert tone="success">{t('builder.saved')}</Alert> : null}
      {update.error ? <Alert tone="error">{errorText(update.error, i18n.language)}</Alert> : null}
      <ConfirmDialog
        open={removing !== null}
        title={t('builder.confirmRemove')}
        confirmLabel={t('builder.remove')}
        tone="danger"
        onCancel={() => setRemoving(null)}
        onConfirm={() => {
          if (removing) {
            const s = sections[removing.s];
            if (s)
              setSection(removing.s, { questions: s.questions.filter((_, i) => i !== removing.q) });
          }
          setRemoving(null);
        }}
      >
        {t('builder.confirmRemove')}
      </ConfirmDialog>
    </section>
  );
}

/** One question's editor: text, kind, required, and the kind's settings. */
function QuestionEditor({
  q,
  number,
  onChange,
  onMove,
  onRemove,
}: {
  q: Question;
  number: number;
  onChange: (patch: Partial<Question>) => void;
  onMove: (by: number) => void;
  onRemove: () => void;
}) {
  const { t } = useTranslation('questionnaires');
  return (
    <li key={q.id} className="q-question">
      <TextField
        label={`${t('builder.questionText')} ${number}`}
        value={q.text}
        onChange={(e) => onChange({ text: e.target.value })}
      />
      <Select
        label={t('builder.kind')}
        value={q.kind}
        onChange={(e) => {
          const kind = e.target.value as QuestionKind;
          onChange({
            kind,
            ...(kind === 'scale' ? { min: q.min ?? 1, max: q.max ?? 5 } : {}),
          });
        }}
        options={QUESTION_KINDS.map((k) => ({ value: k, label: t(`kinds.${k}`) }))}
      />
      <label className="q-check">
        <input
          type="checkbox"
          checked={q.required}
          onChange={(e) => onChange({ required: e.target.checked })}
        />{' '}
        {t('builder.required')}
      </label>
      {q.kind === 'single' || q.kind === 'multiple' ? (
        <TextArea
          label={t('builder.options')}
          value={q.options.join('\n')}
          onChange={(e) =>
            onChange({
              options: e.target.value.split('\n').map((o) => o.trimStart()),
            })
          }
        />
      ) : null}
      {q.kind === 'scale' || q.kind === 'number' ? (
        <div className="q-inline">
          <TextField
            label={t('builder.min')}
            type="number"
            value={q.min ?? ''}
            onChange={(e) =>
              onChange({
                min: e.target.value === '' ? null : Number(e.target.value),
              })
            }
          />
          <TextField
            label={t('builder.max')}
            type="number"
            value={q.max ?? ''}
            onChange={(e) =>
              onChange({
                max: e.target.value === '' ? null : Number(e.target.value),
              })
            }
          />
          {q.kind === 'scale' ? (
            <>
              <TextField
                label={t('builder.minLabel')}
                value={q.minLabel}
                onChange={(e) => onChange({ minLabel: e.target.value })}
              />
              <TextField
                label={t('builder.maxLabel')}
                value={q.maxLabel}
                onChange={(e) => onChange({ maxLabel: e.target.value })}
              />
            </>
          ) : (
            <TextField
              label={t('builder.unit')}
              value={q.unit}
              onChange={(e) => onChange({ unit: e.target.value })}
            />
          )}
        </div>
      ) : null}
      <div className="q-inline">
        <Button size="sm" onClick={() => onMove(-1)}>
          {t('builder.moveUp')}
        </Button>
        <Button size="sm" onClick={() => onMove(1)}>
          {t('builder.moveDown')}
        </Button>
        <Button size="sm" variant="danger" onClick={onRemove}>
          {t('builder.remove')}
        </Button>
      </div>
    </li>
  );
}
