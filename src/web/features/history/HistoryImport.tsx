import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { ImportReport } from '../../../shared/history.contract';
import { ApiError } from '../../api/api-error';
import { useErrorText } from '../../app/errors';
import { Alert, Button, Field, Select, useFieldIds, useToast } from '../../ui/index';
import { casePaths } from '../meetings/paths';
import { useCollaborationList } from '../meetings/org-lookup.api';
import { SHEET_ACCEPT } from '../plans/upload';
import { useImportHistory } from './history.api';
import { HistoryPreview, ProblemList } from './HistoryPreview';

/** The report a refused commit carries (422 with `extra.report`). */
function reportOf(error: unknown): ImportReport | null {
  return error instanceof ApiError
    ? ((error.extra.report as ImportReport | undefined) ?? null)
    : null;
}

/** A file of historical cases: preview, then import all or nothing. */
export function HistoryImport() {
  const { t } = useTranslation(['history', 'common']);
  const errorText = useErrorText();
  const toast = useToast();
  const collaborations = useCollaborationList();
  const run = useImportHistory();
  const [collaborationId, setCollaborationId] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [report, setReport] = useState<ImportReport | null>(null);
  const fileIds = useFieldIds({ hint: t('ui.fileIntro') });
  const options = [
    { value: '', label: t('ui.collaboration') },
    ...(collaborations.data?.items ?? []).map((c) => ({ value: c.entityId, label: c.name })),
  ];
  const chosen =
    collaborationId ||
    (collaborations.data?.items.length === 1 ? (collaborations.data.items[0]?.entityId ?? '') : '');
  const clean =
    report !== null &&
    report.fileProblems.length === 0 &&
    report.cases.length > 0 &&
    report.cases.every((c) => c.result.problems.length === 0);

  const go = (commit: boolean) => {
    if (!file || !chosen) return;
    run.mutate(
      { file, collaborationId: chosen, commit },
      {
        onSuccess: (r) => {
          setReport(r);
          if (r.committed) toast.show(t('ui.imported', { count: r.cases.length }));
        },
      },
    );
  };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    go(false);
  };
  const shown = report ?? reportOf(run.error);

  return (
    <form className="stack" noValidate onSubmit={onSubmit}>
      <Select
        label={t('ui.collaboration')}
        options={options}
        value={chosen}
        onChange={(e) => {
          setCollaborationId(e.target.value);
          setReport(null);
        }}
      />
      <Field ids={fileIds} label={t('ui.file')} hint={t('ui.fileIntro')}>
        <input
          {...fileIds.control}
          type="file"
          accept={SHEET_ACCEPT}
          onChange={(e) => {
            setFile(e.target.files?.[0] ?? null);
            setReport(null);
          }}
        />
      </Field>
      {run.isError && !reportOf(run.error) ? (
        <Alert tone="error">{errorText(run.error)}</Alert>
      ) : null}
      <div className="button-row">
        <Button
          type="submit"
          variant={clean ? 'secondary' : 'primary'}
          busy={run.isPending}
          disabled={!file || !chosen}
        >
          {t('ui.preview')}
        </Button>
        {clean && !report?.committed ? (
          <Button variant="primary" busy={run.isPending} onClick={() => go(true)}>
            {t('ui.confirmImport')}
          </Button>
        ) : null}
      </div>
      {shown ? (
        <section aria-live="polite" aria-label={t('ui.previewTitle')} className="stack">
          <ProblemList problems={shown.fileProblems} title={t('ui.fileProblems')} tone="error" />
          {shown.cases.map((c) => (
            <section key={c.key} className="stack" aria-labelledby={`history-import-${c.key}`}>
              <h3 id={`history-import-${c.key}`}>
                {t('ui.importCase', { key: c.key, rows: c.rows.join(', ') })}
              </h3>
              {c.result.caseId ? (
                <p>
                  <Link to={casePaths.case(c.result.caseId)}>{t('ui.openCase')}</Link>
                </p>
              ) : null}
              <HistoryPreview result={c.result} idPrefix={`history-import-${c.key}`} />
            </section>
          ))}
        </section>
      ) : null}
    </form>
  );
}
