/**
 * "Indlæs embedsindehavere" (issue 11): upload a CSV or XLSX file of a collaboration's real
 * office holders, see the dry run (rows, what changes, the born seats that will fill, errors per
 * row), confirm, and see the born seats filled.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import {
  OFFICE_HOLDER_LIMITS,
  type OfficeHolderImportResult,
} from '../../../../shared/office-holders.contract';
import { formatMegabytes } from '../../../../shared/org-file.limits';
import { useErrorText } from '../../../app/errors';
import { Alert, Button, buttonClass, PageHeader, ProgressBar } from '../../../ui/index';
import { Checkbox } from '../../meetings/Checkbox';
import { RowErrors, SheetInput } from '../../plans/RowErrors';
import { isSheetFile, rowErrorsOf } from '../../plans/upload';
import { useAsOf, withAsOf } from '../as-of';
import { BreachList } from '../BreachList';
import { useOrgFormat } from '../org-format';
import { orgPaths } from '../org-paths';
import { FilledSeats, PlannedRows } from './HolderPlanTables';
import { HOLDERS_TEMPLATE_HREF, useImportOfficeHolders } from './holders.api';
import '../../meetings/meetings.css';
import '../organisation.css';

/** The answer of a dry run or a load: summary, errors, breaches, born seats, rows. */
function PlanResult({
  result,
  acknowledged,
  onAcknowledge,
  collaborationId,
}: {
  result: OfficeHolderImportResult;
  acknowledged: boolean;
  onAcknowledge: (value: boolean) => void;
  collaborationId: string;
}) {
  const { t } = useTranslation('organisation');
  const asOf = useAsOf();
  const format = useOrgFormat();
  const plan = result.plan;
  const firstDay = plan.rows.map((r) => r.validFrom).sort()[0];
  return (
    <section className="org-section org-card" aria-labelledby="holders-plan" aria-live="polite">
      <h2 id="holders-plan">
        {result.dryRun ? t('holders.planHeading') : t('holders.filledHeading')}
      </h2>
      {result.dryRun ? null : (
        <Alert tone="success">
          {t('holders.done', {
            starts: result.written?.holdingsStarted ?? 0,
            persons: result.written?.personsCreated ?? 0,
            seats: plan.counts.bornSeats,
          })}
        </Alert>
      )}
      <p>
        {t('holders.summary', {
          rows: plan.counts.rows,
          starts: plan.counts.starts,
          ends: plan.counts.ends,
          persons: plan.counts.newPersons,
          seats: plan.counts.bornSeats,
        })}
      </p>
      <RowErrors errors={plan.errors} />
      {result.newBreaches.length > 0 ? (
        <Alert tone="warning" title={t('holders.breachesHeading')}>
          <BreachList breaches={result.newBreaches} />
          {result.dryRun ? (
            <Checkbox
              checked={acknowledged}
              onChange={(event) => onAcknowledge(event.target.checked)}
              label={t('holders.acknowledge')}
            />
          ) : null}
        </Alert>
      ) : null}
      <h3>{result.dryRun ? t('holders.seatsHeading') : t('holders.filledHeading')}</h3>
      <FilledSeats
        seats={plan.bornSeats}
        caption={result.dryRun ? t('holders.seatsCaption') : t('holders.filledHeading')}
        today={asOf.today}
      />
      <PlannedRows plan={plan} />
      {!result.dryRun && firstDay ? (
        <p>
          <Link to={withAsOf(orgPaths.collaboration(collaborationId), firstDay, asOf.today)}>
            {t('holders.openCollaboration', { date: format.day(firstDay) })}
          </Link>
        </p>
      ) : null}
    </section>
  );
}

export function OfficeHoldersPage() {
  const { t, i18n } = useTranslation('organisation');
  const { collaborationId = '' } = useParams();
  const errorText = useErrorText();
  const [file, setFile] = useState<File | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [acknowledged, setAcknowledged] = useState(false);
  const run = useImportOfficeHolders(collaborationId);
  const loadingReal = run.isPending && run.variables?.dryRun === false;
  const result = run.data;
  const plan = result?.plan;
  const start = (dryRun: boolean) => {
    if (!file || !isSheetFile(file.name)) return setProblem(t('holders.noFile'));
    setProblem(null);
    run.mutate({ file, dryRun, acknowledgeBreaches: acknowledged });
  };
  const canConfirm =
    result?.dryRun === true &&
    plan !== undefined &&
    plan.errors.length === 0 &&
    plan.counts.starts > 0 &&
    (result.newBreaches.length === 0 || acknowledged);
  const max = formatMegabytes(OFFICE_HOLDER_LIMITS.maxBytes, i18n.language === 'en' ? 'en' : 'da');
  return (
    <>
      <PageHeader
        title={t('holders.title')}
        description={
          <>
            <p>{t('holders.intro')}</p>
            <p>{t('holders.orgFileNote')}</p>
          </>
        }
      />
      <section className="org-section org-card" aria-labelledby="holders-file">
        <h2 id="holders-file">{t('holders.fileHeading')}</h2>
        <p>{t('holders.templateHint')}</p>
        <p>
          <a className={buttonClass('secondary')} href={HOLDERS_TEMPLATE_HREF} download>
            {t('holders.template')}
          </a>
        </p>
        <SheetInput
          id="holders-file-input"
          label={t('holders.file')}
          hint={t('holders.fileHint', { max, rows: OFFICE_HOLDER_LIMITS.maxRows })}
          onFile={(next) => {
            setFile(next);
            setAcknowledged(false);
            run.reset();
          }}
        />
        <div className="button-row">
          <Button onClick={() => start(true)} busy={run.isPending && run.variables?.dryRun}>
            {t('holders.dryRun')}
          </Button>
          {result?.dryRun && plan && plan.errors.length === 0 && plan.counts.starts > 0 ? (
            <Button
              variant="primary"
              disabled={!canConfirm}
              busy={loadingReal}
              onClick={() => start(false)}
            >
              {t('holders.confirm', { count: plan.counts.starts })}
            </Button>
          ) : null}
        </div>
        {run.isPending ? (
          <ProgressBar
            label={run.variables?.dryRun ? t('holders.dryRunning') : t('holders.importing')}
          />
        ) : null}
        {problem ? <Alert tone="error">{problem}</Alert> : null}
        {run.error ? <Alert tone="error">{errorText(run.error)}</Alert> : null}
        <RowErrors errors={rowErrorsOf(run.error)} />
      </section>
      {result ? (
        <PlanResult
          result={result}
          acknowledged={acknowledged}
          onAcknowledge={setAcknowledged}
          collaborationId={collaborationId}
        />
      ) : null}
    </>
  );
}
