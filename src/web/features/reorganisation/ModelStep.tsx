import { useTranslation } from 'react-i18next';
import type { OrgTemplateSummary } from '../../../shared/org-templates.contract';
import { useErrorText } from '../../app/errors';
import { Alert, ProgressBar } from '../../ui/index';
import { FileSource } from '../organisation/import/FileSource';
import { useOrgFormat } from '../organisation/org-format';
import type { ModelSource } from './reform-request';
import { useTemplates } from './reorganisation.api';

/** Props of {@link ModelStep}. */
export interface ModelStepProps {
  model: ModelSource;
  onModel: (model: ModelSource) => void;
  uploadText: string;
  onUploadText: (text: string) => void;
  /** The chosen template's text is being fetched, or failed. */
  templateLoading: boolean;
  templateError: unknown;
  error?: string | undefined;
}

/** Step 2: the successor model, a shipped template or an uploaded organisation file. */
export function ModelStep({
  model,
  onModel,
  uploadText,
  onUploadText,
  templateLoading,
  templateError,
  error,
}: ModelStepProps) {
  const { t } = useTranslation('reorganisation');
  const errorText = useErrorText();
  const format = useOrgFormat();
  const templates = useTemplates();
  const chosenTemplate = model.kind === 'template' ? model.name : '';
  const validity = (template: OrgTemplateSummary) => {
    if (!template.validFrom) return '';
    const from = format.day(template.validFrom);
    return template.validTo
      ? t('model.templateValidityTo', { from, to: format.day(template.validTo) })
      : t('model.templateValidity', { from });
  };

  return (
    <div className="stack">
      <fieldset className="mtg-fieldset">
        <legend>{t('model.kind')}</legend>
        <label className="mtg-check">
          <input
            type="radio"
            name="reform-model"
            checked={model.kind === 'template'}
            onChange={() => onModel({ kind: 'template', name: chosenTemplate })}
          />
          {t('model.template')}
        </label>
        <label className="mtg-check">
          <input
            type="radio"
            name="reform-model"
            checked={model.kind === 'upload'}
            onChange={() => onModel({ kind: 'upload' })}
          />
          {t('model.upload')}
        </label>
      </fieldset>
      {model.kind === 'template' ? (
        <fieldset className="mtg-fieldset" aria-invalid={error ? true : undefined}>
          <legend>{t('model.templates')}</legend>
          {templates.isPending ? <ProgressBar label={t('model.loadingTemplate')} /> : null}
          {templates.isError ? <Alert tone="error">{errorText(templates.error)}</Alert> : null}
          {templates.isSuccess && templates.data.items.length === 0 ? (
            <p className="muted">{t('model.noTemplates')}</p>
          ) : null}
          {(templates.data?.items ?? []).map((template) => (
            <label key={template.name} className="mtg-check">
              <input
                type="radio"
                name="reform-template"
                checked={model.name === template.name}
                onChange={() => onModel({ kind: 'template', name: template.name })}
              />
              <span>
                {template.title}{' '}
                <span className="muted">
                  ({template.name}) {validity(template)}
                </span>
              </span>
            </label>
          ))}
          {templateLoading ? <ProgressBar label={t('model.loadingTemplate')} /> : null}
          {templateError ? <Alert tone="error">{errorText(templateError)}</Alert> : null}
          {error ? (
            <p className="field-error" role="alert">
              {error}
            </p>
          ) : null}
        </fieldset>
      ) : (
        <FileSource text={uploadText} onText={onUploadText} error={error} />
      )}
    </div>
  );
}
