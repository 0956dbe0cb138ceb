import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../app/errors';
import { Alert, Button, PageHeader, ProgressBar } from '../../ui/index';
import { orgPaths } from '../organisation/org-paths';
import { OrgLink } from '../organisation/OrgLink';
import { ModelStep } from './ModelStep';
import { ReformConfirm } from './ReformConfirm';
import { PreviewStep } from './PreviewStep';
import { ReformHistory } from './ReformHistory';
import { ResultStep } from './ResultStep';
import { SourceStep } from './SourceStep';
import { useReformWizard } from './use-reform-wizard';
import { WizardSteps } from './WizardSteps';
import '../meetings/meetings.css';
import '../organisation/organisation.css';
import './reorganisation.css';

/**
 * The reform wizard: 1) the collaboration(s), the day and where the work goes on; 2) the
 * successor model (a shipped template or an uploaded file); 3) the dry-run preview with the
 * forum mappings editable per old forum; 4) confirm, run, and the result with links.
 */
export function ReformWizardPage() {
  const { t } = useTranslation(['reorganisation', 'organisation']);
  const errorText = useErrorText();
  const w = useReformWizard();
  const { step, setup, setSetup, preview, run, data, numbers } = w;
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
            state={w.state}
            onChange={(next) => setSetup({ ...setup, ...next })}
            problems={w.problems}
            today={w.today}
          />
        ) : null}
        {step === 'model' ? (
          <ModelStep
            model={setup.model}
            onModel={(model) => setSetup({ ...setup, model })}
            uploadText={w.uploadText}
            onUploadText={w.setUploadText}
            templateLoading={w.template.isFetching}
            templateError={w.template.error}
            error={w.modelError}
          />
        ) : null}
        {step === 'preview' ? (
          <>
            {preview.isPending ? <ProgressBar label={t('preview.running')} /> : null}
            {preview.isError ? <Alert tone="error">{errorText(preview.error)}</Alert> : null}
            {data ? (
              <PreviewStep
                preview={data}
                edits={w.edits}
                onEdits={w.setEdits}
                dirty={w.dirty}
                acknowledged={w.acknowledged}
                onAcknowledged={(value) => {
                  w.setAcknowledged(value);
                  if (value) w.setAcknowledgeMissing(false);
                }}
                acknowledgeMissing={w.acknowledgeMissing}
                disabled={preview.isPending}
              />
            ) : null}
          </>
        ) : null}
        {step === 'result' && run.data ? <ResultStep result={run.data} /> : null}
        <div className="button-row">
          {step === 'source' || step === 'model' ? (
            <>
              {step === 'model' ? <Button onClick={w.onBack}>{t('nav.back')}</Button> : null}
              <Button variant="primary" onClick={w.onNext}>
                {step === 'model' ? t('nav.preview') : t('nav.next')}
              </Button>
            </>
          ) : null}
          {step === 'preview' ? (
            <>
              <Button onClick={w.onBack} disabled={preview.isPending}>
                {t('nav.back')}
              </Button>
              {w.dirty || preview.isError ? (
                <Button busy={preview.isPending} onClick={() => w.runPreview(w.edits)}>
                  {t('nav.refresh')}
                </Button>
              ) : null}
              <Button
                variant="primary"
                onClick={w.onRun}
                disabled={!data || w.dirty || preview.isPending}
              >
                {t('nav.run')}
              </Button>
            </>
          ) : null}
          {step === 'result' ? <Button onClick={w.startOver}>{t('nav.startOver')}</Button> : null}
        </div>
      </section>
      {data && numbers ? (
        <ReformConfirm
          preview={data}
          numbers={numbers}
          open={w.confirming}
          busy={run.isPending}
          error={run.isError ? errorText(run.error) : null}
          onConfirm={w.onConfirm}
          onCancel={() => w.setConfirming(false)}
        />
      ) : null}
      {step === 'source' ? <ReformHistory /> : null}
    </>
  );
}
