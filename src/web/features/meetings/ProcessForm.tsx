import type { FormEvent } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { ProcessTemplateInput } from '../../../shared/meetings-planning.contract';
import { Button, Select, TextField } from '../../ui/index';
import { ForumMultiPicker } from './ForumMultiPicker';
import type { ForumDirectory } from './org-lookup.api';
import { meetingPaths } from './paths';
import type { ProcessFormState } from './use-process-form';

/** Props of {@link ProcessForm}. */
export interface ProcessFormProps {
  templates: readonly ProcessTemplateInput[];
  form: ProcessFormState;
  directory: ForumDirectory | undefined;
  busy: boolean;
  onPreview: () => void;
}

/** The process form: template (its steps listed), anchor date, times, place, fora per role. */
export function ProcessForm({ templates, form, directory, busy, onPreview }: ProcessFormProps) {
  const { t } = useTranslation('meetings');
  const { template } = form;
  const anchor = template?.steps.find((s) => s.key === template.anchorStepKey)?.title ?? '';
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onPreview();
  };
  return (
    <form className="stack mtg-section" noValidate onSubmit={submit}>
      <Select
        label={t('processPage.template')}
        value={template?.key ?? ''}
        onChange={(e) => form.setTemplateKey(e.target.value)}
        options={templates.map((x) => ({ value: x.key, label: x.title }))}
      />
      {template ? (
        <ol className="mtg-template-steps" aria-label={t('processPage.stepsLabel')}>
          {template.steps.map((s) => (
            <li key={s.key}>
              <strong>{s.title}</strong>: {s.description}
            </li>
          ))}
        </ol>
      ) : null}
      <div className="form-grid">
        <TextField
          label={t('processPage.anchor', { step: anchor })}
          hint={t('processPage.anchorHint')}
          type="date"
          value={form.anchorDate}
          onChange={(e) => form.setAnchorDate(e.target.value)}
        />
        <TextField
          label={t('processPage.defaultStart')}
          type="time"
          value={form.start}
          onChange={(e) => form.setStart(e.target.value)}
        />
        <TextField
          label={t('processPage.defaultEnd')}
          type="time"
          value={form.end}
          onChange={(e) => form.setEnd(e.target.value)}
        />
        <TextField
          label={t('form.location')}
          value={form.location}
          onChange={(e) => form.setLocation(e.target.value)}
        />
      </div>
      {form.roleNames.map((role) => (
        <ForumMultiPicker
          key={role}
          legend={form.roleLabel(role)}
          value={form.roles[role] ?? []}
          onChange={(ids) => form.setRoleFora(role, ids)}
          directory={directory}
        />
      ))}
      <div className="button-row">
        <Button variant="primary" type="submit" busy={busy}>
          {t('processPage.preview')}
        </Button>
        <Link to={meetingPaths.list}>{t('seriesPage.back')}</Link>
      </div>
    </form>
  );
}
