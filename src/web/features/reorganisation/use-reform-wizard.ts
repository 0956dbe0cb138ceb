/**
 * The reform wizard's state and actions: the current step, the setup (sources, day, target,
 * model), the preview (a dry run) with per-forum mapping edits, and the run behind a confirmation.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { todayInDenmark } from '../../../shared/dates';
import {
  confirmNumbers,
  defaultEffectiveDate,
  editsDiffer,
  reformRequest,
  sourceProblems,
  type MappingEdits,
  type WizardState,
} from './reform-request';
import { useReform, useTemplateText } from './reorganisation.api';
import type { WizardStep } from './WizardSteps';

type Setup = Omit<WizardState, 'successorYaml'>;

/** Everything the wizard page renders from. */
export function useReformWizard() {
  const { t } = useTranslation('reorganisation');
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

  return {
    today,
    step,
    setup,
    setSetup,
    state,
    uploadText,
    setUploadText,
    template,
    problems,
    modelError,
    preview,
    run,
    data,
    edits,
    setEdits,
    dirty,
    acknowledged,
    setAcknowledged,
    acknowledgeMissing,
    setAcknowledgeMissing,
    confirming,
    setConfirming,
    numbers,
    runPreview,
    onNext,
    onBack,
    onRun,
    onConfirm,
    startOver,
  };
}
