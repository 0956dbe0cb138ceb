import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type {
  HistoryResult,
  HistoryStep,
  RecordHistoryRequest,
} from '../../../shared/history.contract';
import { useErrorText } from '../../app/errors';
import { Alert, Button, TextArea, TextField, useToast } from '../../ui/index';
import { CaseKindFields, type CaseKind } from '../cases/CaseKindFields';
import { Checkbox } from '../meetings/Checkbox';
import { ForumSelect } from '../meetings/ForumSelect';
import { casePaths } from '../meetings/paths';
import { useForumDirectory, type ForumDirectory } from '../meetings/org-lookup.api';
import { useRecordHistory } from './history.api';
import { HistoryPreview, ProblemList } from './HistoryPreview';
import type { HistoryProblem } from '../../../shared/history.contract';
import { ApiError } from '../../api/api-error';

/** One step as typed in the form. */
interface StepDraft {
  key: number;
  forumId: string;
  date: string;
  recommendation: string;
  decision: string;
  final: boolean;
  skipped: boolean;
  reason: string;
}

let nextKey = 1;
const emptyStep = (): StepDraft => ({
  key: nextKey++,
  forumId: '',
  date: '',
  recommendation: '',
  decision: '',
  final: false,
  skipped: false,
  reason: '',
});

function stepOf(d: StepDraft): HistoryStep {
  if (d.skipped) return { forumId: d.forumId, skipped: { reason: d.reason.trim() } };
  return {
    forumId: d.forumId,
    ...(d.date ? { meeting: { date: d.date } } : {}),
    ...(d.recommendation.trim() ? { recommendation: d.recommendation.trim() } : {}),
    ...(d.decision.trim() ? { decision: { text: d.decision.trim(), final: d.final } } : {}),
  };
}

/** The problems a refusal carries (422 with `extra.problems`). */
function problemsOf(error: unknown): HistoryProblem[] {
  if (!(error instanceof ApiError)) return [];
  const problems = error.extra.problems;
  return Array.isArray(problems) ? (problems as HistoryProblem[]) : [];
}

/** Props of {@link StepFields}. */
interface StepFieldsProps {
  step: StepDraft;
  n: number;
  removable: boolean;
  directory: ForumDirectory | undefined;
  onChange: (change: Partial<StepDraft>) => void;
  onRemove: () => void;
}

/** One step: its forum, and its meeting with recommendation and decision, or skipped. */
function StepFields({ step: s, n, removable, directory, onChange, onRemove }: StepFieldsProps) {
  const { t } = useTranslation('history');
  return (
    <fieldset className="stack">
      <legend>{t('ui.step', { n })}</legend>
      <ForumSelect
        label={t('ui.forum')}
        directory={directory}
        value={s.forumId}
        onChange={(id) => onChange({ forumId: id })}
        emptyOption={t('ui.chooseForum')}
        required
      />
      <Checkbox
        label={t('ui.skipped')}
        checked={s.skipped}
        onChange={(e) => onChange({ skipped: e.target.checked })}
      />
      {s.skipped ? (
        <TextField
          label={t('ui.skipReason')}
          value={s.reason}
          onChange={(e) => onChange({ reason: e.target.value })}
        />
      ) : (
        <>
          <TextField
            label={t('ui.meetingDate')}
            type="date"
            value={s.date}
            onChange={(e) => onChange({ date: e.target.value })}
          />
          <TextArea
            label={t('ui.recommendation')}
            value={s.recommendation}
            rows={2}
            onChange={(e) => onChange({ recommendation: e.target.value })}
          />
          <TextArea
            label={t('ui.decision')}
            value={s.decision}
            rows={2}
            onChange={(e) => onChange({ decision: e.target.value })}
          />
          <Checkbox
            label={t('ui.final')}
            checked={s.final}
            onChange={(e) => onChange({ final: e.target.checked })}
          />
        </>
      )}
      {removable ? (
        <div>
          <Button onClick={onRemove}>{t('ui.removeStep', { n })}</Button>
        </div>
      ) : null}
    </fieldset>
  );
}

/** Props of {@link FormFooter}. */
interface FormFooterProps {
  error: unknown;
  busy: boolean;
  preview: HistoryResult | null;
  created: string | null;
  onConfirm: () => void;
}

/** The problems, the buttons (preview, then confirm) and what the preview or record gave. */
function FormFooter({ error, busy, preview, created, onConfirm }: FormFooterProps) {
  const { t } = useTranslation('history');
  const errorText = useErrorText();
  const refused = problemsOf(error);
  return (
    <>
      {error && refused.length === 0 ? <Alert tone="error">{errorText(error)}</Alert> : null}
      <ProblemList problems={refused} title={t('ui.problemsTitle')} tone="error" />
      <div className="button-row">
        <Button variant={preview ? 'secondary' : 'primary'} type="submit" busy={busy}>
          {t('ui.preview')}
        </Button>
        {preview && preview.problems.length === 0 ? (
          <Button variant="primary" onClick={onConfirm} busy={busy}>
            {t('ui.confirm')}
          </Button>
        ) : null}
      </div>
      {preview ? (
        <section aria-live="polite" aria-label={t('ui.previewTitle')}>
          <HistoryPreview result={preview} idPrefix="history-case" />
        </section>
      ) : null}
      {created ? (
        <Alert tone="success">
          {t('ui.created')} <Link to={casePaths.case(created)}>{t('ui.openCase')}</Link>
        </Alert>
      ) : null}
    </>
  );
}

/** One historical case: what it was, where it was raised, and each step with its meeting. */
export function HistoryCaseForm() {
  const { t } = useTranslation(['history', 'common']);
  const toast = useToast();
  const directory = useForumDirectory();
  const record = useRecordHistory();
  const [title, setTitle] = useState('');
  const [summary, setSummary] = useState('');
  const [kind, setKind] = useState<CaseKind>({ type: 'decision', flags: [], confidential: false });
  const [raisedIn, setRaisedIn] = useState('');
  const [raisedOn, setRaisedOn] = useState('');
  const [steps, setSteps] = useState<StepDraft[]>([emptyStep()]);
  const [preview, setPreview] = useState<HistoryResult | null>(null);
  const [created, setCreated] = useState<string | null>(null);
  const collaborationId = directory.data?.byId.get(raisedIn)?.collaborationId ?? '';

  const body = (asPreview: boolean): RecordHistoryRequest => ({
    collaborationId,
    preview: asPreview,
    title: title.trim(),
    summary: summary.trim(),
    body: '',
    ...kind,
    raisedInForumId: raisedIn,
    raisedOn,
    steps: steps.map(stepOf),
  });
  const changed = () => {
    setPreview(null);
    setCreated(null);
  };
  // Typing anywhere in the form clears the preview (the form's change event); adding or
  // removing a step does too.
  const editSteps = (next: StepDraft[]) => {
    setSteps(next);
    changed();
  };
  const patch = (key: number, change: Partial<StepDraft>) =>
    setSteps(steps.map((s) => (s.key === key ? { ...s, ...change } : s)));

  const onPreview = (event: FormEvent) => {
    event.preventDefault();
    record.mutate(body(true), { onSuccess: (result) => setPreview(result) });
  };
  const onConfirm = () => {
    record.mutate(body(false), {
      onSuccess: (result) => {
        setPreview(null);
        setCreated(result.caseId);
        toast.show(t('ui.created'));
      },
    });
  };

  return (
    <form className="stack history-form" noValidate onSubmit={onPreview} onChange={changed}>
      <TextField
        label={t('ui.caseTitle')}
        value={title}
        maxLength={300}
        required
        onChange={(e) => setTitle(e.target.value)}
      />
      <TextArea
        label={t('ui.summary')}
        value={summary}
        rows={2}
        maxLength={4000}
        onChange={(e) => setSummary(e.target.value)}
      />
      <CaseKindFields value={kind} onChange={setKind} />
      <ForumSelect
        label={t('ui.raisedIn')}
        directory={directory.data}
        value={raisedIn}
        onChange={setRaisedIn}
        emptyOption={t('ui.chooseForum')}
        required
      />
      <TextField
        label={t('ui.raisedOn')}
        type="date"
        value={raisedOn}
        required
        onChange={(e) => setRaisedOn(e.target.value)}
      />
      <h3>{t('ui.steps')}</h3>
      <ol className="stack history-steps">
        {steps.map((s, i) => (
          <li key={s.key}>
            <StepFields
              step={s}
              n={i + 1}
              removable={steps.length > 1}
              directory={directory.data}
              onChange={(change) => patch(s.key, change)}
              onRemove={() => editSteps(steps.filter((x) => x.key !== s.key))}
            />
          </li>
        ))}
      </ol>
      <div>
        <Button onClick={() => editSteps([...steps, emptyStep()])}>{t('ui.addStep')}</Button>
      </div>
      <FormFooter
        error={record.error}
        busy={record.isPending}
        preview={preview}
        created={created}
        onConfirm={onConfirm}
      />
    </form>
  );
}
