import { useTranslation } from 'react-i18next';
import type { OrgFileCheckResult } from '../../../../shared/org-file.contract';
import { Alert, Button } from '../../../ui/index';
import { WorkStatus } from './WorkStatus';
import { useOrgFormat } from '../org-format';
import { ProblemList } from './ProblemList';

/** Props of {@link CheckResult}. */
export interface CheckResultProps {
  result: OrgFileCheckResult;
  /** "Vis hvad importen vil ændre" (only for a valid file). */
  onDryRun: () => void;
  dryRunning: boolean;
}

/** Step 2: the check's verdict, errors and warnings with line numbers, and the way on. */
export function CheckResult({ result, onDryRun, dryRunning }: CheckResultProps) {
  const { t } = useTranslation('organisation');
  const format = useOrgFormat();
  return (
    <section aria-labelledby="import-check" className="org-section org-card">
      <h2 id="import-check">{t('import.checkHeading')}</h2>
      {result.valid ? (
        <Alert tone="success" title={t('import.valid')}>
          {result.date ? <p>{t('import.validDate', { date: format.day(result.date) })}</p> : null}
        </Alert>
      ) : null}
      <ProblemList
        tone="error"
        problems={result.errors}
        heading={t('import.errorsHeading', { count: result.errors.length })}
      />
      <ProblemList
        tone="warning"
        problems={result.warnings}
        heading={t('import.warningsHeading', { count: result.warnings.length })}
      />
      {result.valid ? (
        <div className="button-row">
          <Button busy={dryRunning} aria-busy={dryRunning} onClick={onDryRun}>
            {t('import.dryRun')}
          </Button>
        </div>
      ) : null}
      <WorkStatus active={dryRunning} label={t('import.dryRunning')} />
    </section>
  );
}
