import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { todayInDenmark } from '../../../shared/dates';
import { useErrorText } from '../../app/errors';
import { Alert, Button, ConfirmDialog, PageHeader, ProgressBar } from '../../ui/index';
import { useOrgFormat } from '../organisation/org-format';
import { orgPaths } from '../organisation/org-paths';
import { OrgLink } from '../organisation/OrgLink';
import { ModelStep } from './ModelStep';
import { PreviewStep } from './PreviewStep';
import {
  confirmNumbers,
  defaultEffectiveDate,
  editsDiffer,
  reformRequest,
  sourceProblems,
  type MappingEdits,
  type WizardState,
} from './reform-request';
import { ReformHistory } from './ReformHistory';
import { ResultStep } from './ResultStep';
import { useReform, useTemplateText } from './reorganisation.api';
import { SourceStep } from './SourceStep';
import { WizardSteps, type WizardStep } from './WizardSteps';
import '../meetings/meetings.css';
import '../organisation/organisation.css';
import './reorganisation.css';

type Setup = Omit<WizardState, 'successorYaml'>;

/**
 * The reform wizard: 1) the collaboration(s), the day and where the work goes on; 2) the
 * successor model (a shipped template or an uploaded file); 3) the dry-run preview with the
 * forum mappings editable per old forum; 4) confirm, run, and the result with links.
 */
export function ReformWizardPage() {
  const { t } = useTranslation(['reorganisation', 'organisation']);
  const errorText = useErrorText();
  const format = useOrgFormat();
  const today = todayInDenmark();
  const [step, setStep] = useState<WizardStep>('source');
  const [setup, setSetup] = useState<Setup>({
    sourceCollaborationIds: [],
    effectiveDate: defaultEffectiveDate(today),
    target: 'continue',
    model: { kind: 'template', name: '' },
  });
  const [uploadText, setUploadText] = useState('');
  const [checked, setChecked] = useState<WizardStep | null>(null);
  const [edits, setEdits] = useState<MappingEdits>({});
  const [previewEdits, setPreviewEdits] = useState<MappingEdits>({});
  const [acknowledged, setAcknowledged] = useState(false);
  const [acknowledgeMissing, setAcknowledgeMissing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const preview = useReform();
  const run = useReform();
  const templateName = setup.model.kind === 'template' ? setup.model.name : '';
  const template = useTemplateText(templateName || null);
  const successorYaml = setup.model.kind === 'template' ? (template.data ?? '') : uploadText;
  const state: WizardState = { ...setup, successorYaml };

  // Each step starts with its heading focused, so keyboard and screen-reader users land there.
  const heading = useRef<HTMLHeadingElement>(null);
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    heading.current?.focus();
  }, [step]);

  const problems = checked === 'source' ? sourceProblems(setup) : {};
  const modelError =
    checked === 'model' && !successorYaml.trim()
      ? setup.model.kind === 'template' && !templateName
        ? t('model.errors.noTemplate')
        : setup.model.kind === 'upload'
          ? t('model.errors.noText')
          : undefined
      : undefined;

  const runPreview = (withEdits: MappingEdits) => {
    preview.mutate(reformRequest(state, withEdits, { dryRun: true }), {
      onSuccess: () => {
        setPreviewEdits(withEdits);
        setAcknowledged(false);
        setAcknowledgeMissing(false);
      },
    });
  };
  const onNext = () => {
    if (step === 'source') {
      setChecked('source');
      if (Object.keys(sourceProblems(setup)).length > 0) return;
      setChecked(null);
      setStep('model');
    } else if (step === 'model') {
      setChecked('model');
      if (!successorYaml.trim()) return;
      setChecked(null);
      setEdits({});
      setStep('preview');
      runPreview({});
    }
  };
  const onBack = () => {
    preview.reset();
    setStep(step === 'preview' ? 'model' : 'source');
  };
  const data = preview.data;
  const dirty = editsDiffer(edits, previewEdits);
  const needsAck = (data?.newBreaches.length ?? 0) > 0;
  const onRun = () => {
    if (needsAck && !acknowledged) return setAcknowledgeMissing(true);
    run.reset();
    setConfirming(true);
  };
  const onConfirm = () => {
    run.mutate(reformRequest(state, edits, { dryRun: false, acknowledgeBreaches: acknowledged }), {
      onSuccess: () => {
        setConfirming(false);
        setStep('result');
      },
    });
  };
  const startOver = () => {
    preview.reset();
    run.reset();
    setEdits({});
    setPreviewEdits({});
    setStep('source');
  };
  const numbers = data ? confirmNumbers(data) : null;

  return (
    <>
      <PageHeader
        title={t('title')}
        description={<p>{t('intro')}</p>}
        actions={
          <OrgLink to={orgPaths.home} className="btn btn-secondary">
            {t('organisation:title')}
          </OrgLink>
        }
      />
      <WizardSteps current={step} />
      <section aria-labelledby="reform-step" className="org-section org-card stack">
        <h2 id="reform-step" ref={heading} tabIndex={-1}>
          {t(`${step}.heading` as 'source.heading')}
        </h2>
        {step === 'source' ? (
          <SourceStep
            state={state}
            onChange={(next) => setSetup({ ...setup, ...next })}
            problems={problems}
            today={today}
          />
        ) : null}
        {step === 'model' ? (
          <ModelStep
            model={setup.model}
            onModel={(model) => setSetup({ ...setup, model })}
            uploadText={uploadText}
            onUploadText={setUploadText}
            templateLoading={template.isFetching}
            templateError={template.error}
            error={modelError}
          />
        ) : null}
        {step === 'preview' ? (
          <>
            {preview.isPending ? <ProgressBar label={t('preview.running')} /> : null}
            {preview.isError ? <Alert tone="error">{errorText(preview.error)}</Alert> : null}
            {data ? (
              <PreviewStep
                preview={data}
                edits={edits}
                onEdits={setEdits}
                dirty={dirty}
                acknowledged={acknowledged}
                onAcknowledged={(value) => {
                  setAcknowledged(value);
                  if (value) setAcknowledgeMissing(false);
                }}
                acknowledgeMissing={acknowledgeMissing}
                disabled={preview.isPending}
              />
            ) : null}
          </>
        ) : null}
        {step === 'result' && run.data ? <ResultStep result={run.data} /> : null}
        <div className="button-row">
          {step === 'source' || step === 'model' ? (
            <>
              {step === 'model' ? <Button onClick={onBack}>{t('nav.back')}</Button> : null}
              <Button variant="primary" onClick={onNext}>
                {step === 'model' ? t('nav.preview') : t('nav.next')}
              </Button>
            </>
          ) : null}
          {step === 'preview' ? (
            <>
              <Button onClick={onBack} disabled={preview.isPending}>
                {t('nav.back')}
              </Button>
              {dirty || preview.isError ? (
                <Button busy={preview.isPending} onClick={() => runPreview(edits)}>
                  {t('nav.refresh')}
                </Button>
              ) : null}
              <Button
                variant="primary"
                onClick={onRun}
                disabled={!data || dirty || preview.isPending}
              >
                {t('nav.run')}
              </Button>
            </>
          ) : null}
          {step === 'result' ? <Button onClick={startOver}>{t('nav.startOver')}</Button> : null}
        </div>
      </section>
      {data && numbers ? (
        <ConfirmDialog
          open={confirming}
          title={t('confirm.title')}
          confirmLabel={t('confirm.confirm')}
          tone="primary"
          busy={run.isPending}
          error={run.isError ? errorText(run.error) : null}
          onConfirm={onConfirm}
          onCancel={() => setConfirming(false)}
        >
          <p>
            {t('confirm.body', {
              fora: numbers.fora,
              moved: numbers.moved,
              lastDay: format.day(data.lastDay),
              effectiveDate: format.day(data.effectiveDate),
            })}
          </p>
          {numbers.ended > 0 ? <p>{t('confirm.ended', { count: numbers.ended })}</p> : null}
          {run.isPending ? <ProgressBar label={t('confirm.running')} /> : null}
        </ConfirmDialog>
      ) : null}
      {step === 'source' ? <ReformHistory /> : null}
    </>
  );
}
