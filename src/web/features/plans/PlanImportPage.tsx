import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { todayInDenmark } from '../../../shared/dates';
import type { PlanFileKindDiff, PlanImportDiff } from '../../../shared/plan-file.contract';
import { useErrorText } from '../../app/errors';
import {
  Alert,
  Button,
  buttonClass,
  ConfirmDialog,
  ProgressBar,
  Table,
  TextField,
} from '../../ui/index';
import { PlanHeader } from './PlanHeader';
import { useDate, usePlanId } from './PlanParts';
import { RowErrors, SheetInput } from './RowErrors';
import { useImportPlanFile } from './plans.api';
import { apiHref, planApi } from './plans.paths';
import { isSheetFile, rowErrorsOf } from './upload';
import './plans.css';

/** One kind's diff (goals or initiatives): added, changed field by field, ended. */
function KindDiff({ heading, diff }: { heading: string; diff: PlanFileKindDiff }) {
  const { t } = useTranslation('plansUi');
  if (diff.added.length + diff.changed.length + diff.ended.length === 0) return null;
  return (
    <section className="plan-section">
      <h3>{heading}</h3>
      {diff.added.length ? (
        <p>
          <strong>{t('importPlan.added')}:</strong> {diff.added.join(', ')}
        </p>
      ) : null}
      {diff.ended.length ? (
        <p>
          <strong>{t('importPlan.ended')}:</strong> {diff.ended.join(', ')}
        </p>
      ) : null}
      {diff.changed.length ? (
        <Table caption={`${heading}: ${t('importPlan.changed')}`}>
          <thead>
            <tr>
              <th scope="col">{t('overview.number')}</th>
              <th scope="col">{t('importPlan.field')}</th>
              <th scope="col">{t('importPlan.from')}</th>
              <th scope="col">{t('importPlan.to')}</th>
            </tr>
          </thead>
          <tbody>
            {diff.changed.flatMap((c) =>
              c.fields.map((f, i) => (
                <tr key={`${c.key}-${f.field}`}>
                  {i === 0 ? (
                    <th scope="row" rowSpan={c.fields.length}>
                      {c.key}
                    </th>
                  ) : null}
                  <td>{f.field}</td>
                  <td>{f.from || t('dash')}</td>
                  <td>{f.to || t('dash')}</td>
                </tr>
              )),
            )}
          </tbody>
        </Table>
      ) : null}
    </section>
  );
}

/** Import the plan spreadsheet: the diff first (dry run), then apply after confirmation. */
export function PlanImportPage() {
  const { t } = useTranslation('plansUi');
  const planId = usePlanId();
  const [file, setFile] = useState<File | null>(null);
  const [effectiveFrom, setEffectiveFrom] = useState(todayInDenmark());
  const [problem, setProblem] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const run = useImportPlanFile(planId);
  const errorText = useErrorText();
  const date = useDate();
  const diff: PlanImportDiff | undefined = run.data;
  const start = (dryRun: boolean) => {
    if (!file || !isSheetFile(file.name)) return setProblem(t('importValues.wrongType'));
    setProblem(null);
    run.mutate({ file, dryRun, effectiveFrom }, { onSettled: () => setConfirming(false) });
  };
  const rowErrors = rowErrorsOf(run.error);
  return (
    <>
      <PlanHeader
        planId={planId}
        title={t('importPlan.title')}
        description={<p>{t('importPlan.intro')}</p>}
      />
      <section className="plan-section" aria-labelledby="plan-exports">
        <h2 id="plan-exports">{t('importPlan.exports')}</h2>
        <p className="plan-form-actions">
          <a
            className={buttonClass('secondary')}
            href={apiHref(planApi.planExport(planId))}
            download
          >
            {t('overview.exportXlsx')}
          </a>
          <a className={buttonClass('secondary')} href={apiHref(planApi.report(planId))} download>
            {t('overview.reportPdf')}
          </a>
        </p>
      </section>
      <section className="plan-section" aria-labelledby="plan-import">
        <h2 id="plan-import">{t('importPlan.title')}</h2>
        <SheetInput
          id="plan-file"
          label={t('importPlan.file')}
          hint={t('importValues.fileHint')}
          onFile={(f) => {
            setFile(f);
            run.reset();
          }}
        />
        <TextField
          label={t('importPlan.effectiveFrom')}
          type="date"
          value={effectiveFrom}
          onChange={(e) => {
            setEffectiveFrom(e.target.value);
            run.reset();
          }}
        />
        <div className="plan-form-actions">
          <Button onClick={() => start(true)} busy={run.isPending && run.variables?.dryRun}>
            {t('importPlan.dryRun')}
          </Button>
          {diff?.dryRun && !diff.noop ? (
            <Button variant="primary" onClick={() => setConfirming(true)}>
              {t('importPlan.apply')}
            </Button>
          ) : null}
        </div>
        {run.isPending ? <ProgressBar label={t('importPlan.running')} /> : null}
        {problem ? <Alert tone="error">{problem}</Alert> : null}
        {run.error ? <Alert tone="error">{errorText(run.error)}</Alert> : null}
        <RowErrors errors={rowErrors} />
        {diff ? (
          <div aria-live="polite">
            {diff.noop ? (
              <Alert tone="success">{t('importPlan.noop')}</Alert>
            ) : (
              <>
                {!diff.dryRun ? <Alert tone="success">{t('importPlan.done')}</Alert> : null}
                <p className="plan-big">{t('importPlan.counts', diff.counts)}</p>
                <KindDiff heading={t('importPlan.goals')} diff={diff.goals} />
                <KindDiff heading={t('importPlan.initiatives')} diff={diff.initiatives} />
              </>
            )}
          </div>
        ) : null}
      </section>
      <ConfirmDialog
        open={confirming}
        title={t('importPlan.applyTitle')}
        confirmLabel={t('importPlan.apply')}
        busy={run.isPending}
        onCancel={() => setConfirming(false)}
        onConfirm={() => start(false)}
      >
        <p>{t('importPlan.applyBody', { date: date(effectiveFrom) })}</p>
        {diff ? <p>{t('importPlan.counts', diff.counts)}</p> : null}
      </ConfirmDialog>
    </>
  );
}
