import { useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../app/errors';
import type { ProcessCreated } from '../../../shared/meetings-planning.contract';
import { Alert, Button, PageHeader, ProgressBar } from '../../ui/index';
import { OrderingWarningDialog } from './OrderingWarningDialog';
import { meetingPaths } from './paths';
import { useCreateProcess, useProcessPreview, useProcessTemplates } from './planning.api';
import { ProcessDrafts } from './ProcessDrafts';
import { ProcessForm } from './ProcessForm';
import { QueryBlock } from './QueryBlock';
import { useMeetingFormat } from './use-format';
import { useProcessForm } from './use-process-form';
import { useWarnedSave } from './use-warned-save';
import { WarningText } from './WarningText';
import { ProcessQuestionnaires } from '../questionnaires/ProcessQuestionnaires';
import './meetings.css';

/**
 * A dated process across several bodies (seed 003: the clusters discuss → administrative
 * dialogue meeting → political dialogue meeting → KKR): choose the template, the anchor date and
 * which forum plays each part, preview the meetings, then create them linked in order.
 */
export function ProcessPage() {
  const { t } = useTranslation(['meetings', 'common']);
  const format = useMeetingFormat();
  const errorText = useErrorText();
  const templates = useProcessTemplates();
  const preview = useProcessPreview();
  const create = useCreateProcess();
  const form = useProcessForm(templates.data);
  const [skipped, setSkipped] = useState<string[]>([]);
  const [created, setCreated] = useState<ProcessCreated | null>(null);
  const warned = useWarnedSave<ProcessCreated>(setCreated);
  const data = preview.data;
  const incomplete = (data?.drafts ?? [])
    .filter((d) => d.date === null || d.forumId === null)
    .map((d) => d.draftKey);
  const skip = [...new Set([...skipped, ...incomplete])];
  const count = (data?.drafts.length ?? 0) - skip.length;

  const onPreview = () => {
    setCreated(null);
    if (form.input) preview.mutate(form.input, { onSuccess: () => setSkipped([]) });
  };
  const onCreate = () => {
    const input = form.input;
    if (!input) return;
    void warned.run(({ acknowledgeWarnings }) =>
      create.mutateAsync({
        ...input,
        defaultStartTime: form.start,
        defaultEndTime: form.end,
        skipDraftKeys: skip,
        location: form.location.trim() || null,
        acknowledgeWarnings,
      }),
    );
  };

  return (
    <>
      <PageHeader title={t('processPage.title')} description={<p>{t('processPage.intro')}</p>} />
      <QueryBlock query={templates} loadingLabel={t('processPage.loading')}>
        {(list) => (
          <ProcessForm
            templates={list}
            form={form}
            directory={form.directory}
            busy={preview.isPending}
            onPreview={onPreview}
          />
        )}
      </QueryBlock>
      {preview.isError ? <Alert tone="error">{errorText(preview.error)}</Alert> : null}
      {data && !created ? (
        <section className="stack mtg-section" aria-labelledby="process-drafts">
          <h2 id="process-drafts">{t('processPage.draftsHeading')}</h2>
          {data.warnings.length + data.schedulingWarnings.length > 0 ? (
            <Alert tone="warning" title={t('processPage.warnings')}>
              <ul className="mtg-warning-list">
                {[...data.warnings, ...data.schedulingWarnings].map((w, i) => (
                  <li key={`${w.code}-${i}`}>
                    <WarningText warning={w} />
                  </li>
                ))}
              </ul>
            </Alert>
          ) : null}
          {incomplete.length > 0 ? (
            <p className="muted">{t('processPage.incomplete', { count: incomplete.length })}</p>
          ) : null}
          <ProcessDrafts
            preview={data}
            directory={form.directory}
            skipped={skipped}
            roleLabel={form.roleLabel}
            onToggle={(key, include) =>
              setSkipped(include ? skipped.filter((k) => k !== key) : [...skipped, key])
            }
          />
          {warned.busy ? <ProgressBar label={t('processPage.creating', { count })} /> : null}
          {warned.error && !warned.warning ? <Alert tone="error">{warned.error}</Alert> : null}
          <div className="button-row">
            <Button variant="primary" busy={warned.busy} onClick={onCreate}>
              {t('processPage.create', { count })}
            </Button>
          </div>
        </section>
      ) : null}
      {created ? (
        <Alert tone="success" title={t('processPage.created', { count: created.meetings.length })}>
          <ul>
            {created.meetings.map((m) => (
              <li key={m.id}>
                <Link to={meetingPaths.meeting(m.id)}>
                  {`${format.dateTime(m.startsAt)}: ${m.title} (${m.forumName ?? ''})`}
                </Link>
              </li>
            ))}
          </ul>
        </Alert>
      ) : null}
      {created ? (
        <ProcessQuestionnaires
          processInstanceId={created.processInstanceId}
          collaborationId={created.meetings[0]?.collaborationId ?? null}
        />
      ) : null}
      {warned.warning ? (
        <OrderingWarningDialog
          warning={warned.warning}
          busy={warned.busy}
          error={warned.error}
          onSaveAnyway={warned.saveAnyway}
          onCancel={warned.cancel}
        />
      ) : null}
    </>
  );
}
