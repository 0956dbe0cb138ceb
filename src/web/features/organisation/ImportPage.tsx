import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrgFileProblem } from '../../../shared/org-file.contract';
import { ApiError } from '../../api/api-error';
import { useErrorText } from '../../app/errors';
import { Alert, Button, PageHeader } from '../../ui/index';
import { Checkbox } from '../meetings/Checkbox';
import { CheckResult } from './import/CheckResult';
import { DiffResult } from './import/DiffResult';
import { ExportSection } from './import/ExportSection';
import { FileSource } from './import/FileSource';
import { ProblemList } from './import/ProblemList';
import { WorkStatus } from './import/WorkStatus';
import { useCheckOrgFile, useImportOrgFile } from './org-files.api';
import '../meetings/meetings.css';
import './organisation.css';

/** A 422 refusal's located problems, as the check lists them. */
function problemsOf(error: unknown): OrgFileProblem[] {
  if (!(error instanceof ApiError)) return [];
  return error.fieldErrors.map((e) => ({
    path: e.path,
    line: e.line ?? 0,
    column: e.column ?? 0,
    message: e.message.da,
    messageEn: e.message.en,
  }));
}

function isMissingEndpoint(error: unknown): boolean {
  return error instanceof ApiError && (error.status === 404 || error.status === 405);
}

/** Check → dry run → import of a YAML organisation file, and export of a collaboration. */
export function ImportPage() {
  const { t } = useTranslation('organisation');
  const errorText = useErrorText();
  const [text, setText] = useState('');
  const [checkedText, setCheckedText] = useState<string | null>(null);
  const [empty, setEmpty] = useState(false);
  const [carryOver, setCarryOver] = useState(false);
  const check = useCheckOrgFile();
  const dryRun = useImportOrgFile();
  const real = useImportOrgFile();
  const stale = checkedText !== null && checkedText !== text;
  const unavailable = [check.error, dryRun.error, real.error].some(isMissingEndpoint);
  const shown = (error: unknown) => (error && !unavailable ? error : null);

  const onText = (next: string) => {
    setText(next);
    setEmpty(false);
  };
  const onCheck = () => {
    if (!text.trim()) return setEmpty(true);
    dryRun.reset();
    real.reset();
    check.mutate(text, { onSuccess: () => setCheckedText(text) });
  };

  return (
    <>
      <PageHeader title={t('import.title')} description={<p>{t('import.intro')}</p>} />
      {unavailable ? <Alert tone="error">{t('import.unavailable')}</Alert> : null}
      <section aria-labelledby="import-source" className="org-section org-card">
        <h2 id="import-source">{t('import.sourceHeading')}</h2>
        <FileSource text={text} onText={onText} error={empty ? t('import.noText') : undefined} />
        <Checkbox
          checked={carryOver}
          onChange={(event) => {
            setCarryOver(event.target.checked);
            dryRun.reset();
            real.reset();
          }}
          label={t('import.carryOver')}
          hint={t('import.carryOverHint')}
        />
        <div className="button-row">
          <Button
            variant="primary"
            busy={check.isPending}
            aria-busy={check.isPending}
            onClick={onCheck}
          >
            {t('import.check')}
          </Button>
        </div>
        <WorkStatus active={check.isPending} label={t('import.checking')} />
        {shown(check.error) ? <Alert tone="error">{errorText(check.error)}</Alert> : null}
      </section>
      {stale ? <Alert tone="warning">{t('import.stale')}</Alert> : null}
      {check.data && !stale ? (
        <CheckResult
          result={check.data}
          dryRunning={dryRun.isPending}
          onDryRun={() => dryRun.mutate({ yaml: text, dryRun: true, carryOver })}
        />
      ) : null}
      {shown(dryRun.error) ? (
        <section className="org-section">
          <Alert tone="error">{errorText(dryRun.error)}</Alert>
          <ProblemList
            tone="error"
            problems={problemsOf(dryRun.error)}
            heading={t('import.errorsHeading', { count: problemsOf(dryRun.error).length })}
          />
        </section>
      ) : null}
      {dryRun.data && !stale ? (
        <DiffResult
          preview={dryRun.data}
          done={real.data}
          importing={real.isPending}
          error={shown(real.error)}
          problems={problemsOf(real.error)}
          onImport={() => real.mutate({ yaml: text, dryRun: false, carryOver })}
        />
      ) : null}
      <ExportSection />
    </>
  );
}
