/** The plan's degree scale. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanDetail } from '../../../../shared/plans.contract';
import { Alert, Button, TextField, useToast } from '../../../ui/index';
import { usePutScale } from '../plans-edit.api';
import { FormDialog, useFieldMessages } from './EditParts';
import { checkScale, type ErrorKey, type ScaleRow } from './plan-forms';

/** The degree scale: 2–10 steps, each a key, an own text (or the default) and a score. */
export function ScaleDialog({ plan, onClose }: { plan: PlanDetail; onClose: () => void }) {
  const { t } = useTranslation('plansEdit');
  const toast = useToast();
  const put = usePutScale(plan.id);
  const [rows, setRows] = useState<ScaleRow[]>(
    plan.degreeScale.map((s) => ({
      key: s.key,
      label: s.label ?? '',
      score: s.score === null ? '' : String(s.score),
    })),
  );
  const [errors, setErrors] = useState<Record<string, ErrorKey>>({});
  const message = useFieldMessages(errors, put.error);
  const setRow = (i: number, patch: Partial<ScaleRow>) =>
    setRows((all) => all.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  const submit = () => {
    const checked = checkScale(rows);
    if (!checked.ok) return setErrors(checked.errors);
    setErrors({});
    put.mutate(checked.body, {
      onSuccess: () => {
        toast.show(t('plan.scaleSaved'), 'success');
        onClose();
      },
    });
  };
  return (
    <FormDialog title={t('plan.scaleTitle')} onClose={onClose} onSubmit={submit} mutation={put}>
      <p>{t('plan.scaleIntro')}</p>
      {errors.steps ? <Alert tone="error">{t(`errors.${errors.steps}`)}</Alert> : null}
      {rows.map((row, i) => (
        <fieldset key={i} className="plan-picker">
          <legend>{t('fields.step', { n: i + 1 })}</legend>
          <TextField
            label={t('fields.stepKey')}
            value={row.key}
            onChange={(e) => setRow(i, { key: e.target.value })}
            error={message(`${i}.key`) ?? message(`degreeScale.${i}.key`)}
            required
          />
          <TextField
            label={t('fields.stepLabel')}
            value={row.label}
            onChange={(e) => setRow(i, { label: e.target.value })}
            error={message(`${i}.label`)}
          />
          <TextField
            label={t('fields.stepScore')}
            inputMode="numeric"
            value={row.score}
            onChange={(e) => setRow(i, { score: e.target.value })}
            error={message(`${i}.score`)}
          />
          <Button size="sm" onClick={() => setRows((all) => all.filter((_, j) => j !== i))}>
            {t('plan.removeStep', { n: i + 1 })}
          </Button>
        </fieldset>
      ))}
      {rows.length < 10 ? (
        <Button onClick={() => setRows((all) => [...all, { key: '', label: '', score: '' }])}>
          {t('plan.addStep')}
        </Button>
      ) : null}
    </FormDialog>
  );
}
