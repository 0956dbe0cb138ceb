import { useTranslation } from 'react-i18next';
import type { ReformResult } from '../../../shared/reorganisation.contract';
import { languageOf } from '../../app/i18n';
import { Alert } from '../../ui/index';
import { Checkbox } from '../meetings/Checkbox';
import { useOrgFormat } from '../organisation/org-format';
import { CountsTable } from './CountsTable';
import { MappingsTable } from './MappingsTable';
import { mismatchedCounts, type MappingEdits } from './reform-request';

/** Props of {@link PreviewStep}. */
export interface PreviewStepProps {
  preview: ReformResult;
  edits: MappingEdits;
  onEdits: (edits: MappingEdits) => void;
  /** The edits differ from those the preview was made with. */
  dirty: boolean;
  acknowledged: boolean;
  onAcknowledged: (value: boolean) => void;
  /** Show the "acknowledge" error (the user tried to go on without it). */
  acknowledgeMissing: boolean;
  disabled?: boolean;
}

/** Step 3: what the reorganisation would do (a dry run: nothing is saved). */
export function PreviewStep({
  preview,
  edits,
  onEdits,
  dirty,
  acknowledged,
  onAcknowledged,
  acknowledgeMissing,
  disabled,
}: PreviewStepProps) {
  const { t, i18n } = useTranslation('reorganisation');
  const language = languageOf(i18n);
  const format = useOrgFormat();
  const mismatches = mismatchedCounts(preview.counts);
  const target = preview.targetCollaboration;
  const diff = preview.importDiff;

  return (
    <div className="stack">
      {preview.dryRun ? <Alert tone="info">{t('preview.dryRunNote')}</Alert> : null}
      <p>
        {t('preview.summary', {
          sources: preview.sources.map((s) => s.name).join(', '),
          lastDay: format.day(preview.lastDay),
          effectiveDate: format.day(preview.effectiveDate),
          target: target.created ? `${target.name} ${t('preview.targetCreated')}` : target.name,
        })}
      </p>
      {diff?.counts ? (
        <section aria-labelledby="reform-import">
          <h3 id="reform-import">{t('preview.importHeading')}</h3>
          <p>
            {t('preview.importTotals', {
              created: diff.counts.created,
              changed: diff.counts.changed,
              ended: diff.counts.ended,
            })}
          </p>
        </section>
      ) : null}
      <section aria-labelledby="reform-mappings">
        <h3 id="reform-mappings">{t('preview.mappingsHeading')}</h3>
        <p className="field-hint">{t('preview.successorsHint')}</p>
        <MappingsTable preview={preview} edits={edits} onEdits={onEdits} disabled={disabled} />
        {dirty ? <Alert tone="warning">{t('preview.dirty')}</Alert> : null}
      </section>
      <section aria-labelledby="reform-counts">
        <h3 id="reform-counts">{t('preview.countsHeading')}</h3>
        <CountsTable counts={preview.counts} captionHidden />
        {mismatches.length > 0 ? <Alert tone="error">{t('preview.mismatch')}</Alert> : null}
      </section>
      {preview.ended.length > 0 ? (
        <section aria-labelledby="reform-ended">
          <h3 id="reform-ended">{t('preview.endedHeading', { count: preview.ended.length })}</h3>
          <ul>
            {preview.ended.map((e) => (
              <li key={`${e.kind}-${e.id}`}>
                {e.label} <span className="muted">({e.reason})</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {preview.warnings.length > 0 ? (
        <Alert
          tone="warning"
          title={t('preview.warningsHeading', { count: preview.warnings.length })}
        >
          <ul>
            {preview.warnings.map((w, i) => (
              <li key={`${w.path}-${i}`}>{language === 'da' ? w.message : w.messageEn}</li>
            ))}
          </ul>
        </Alert>
      ) : null}
      {preview.newBreaches.length > 0 ? (
        <section aria-labelledby="reform-breaches" className="stack">
          <h3 id="reform-breaches">
            {t('preview.breachesHeading', { count: preview.newBreaches.length })}
          </h3>
          <ul>
            {preview.newBreaches.map((b, i) => (
              <li key={`${b.forumEntityId}-${b.code}-${i}`}>
                <strong>{b.forumName}:</strong> {b.message[language]}
              </li>
            ))}
          </ul>
          <Checkbox
            checked={acknowledged}
            onChange={(event) => onAcknowledged(event.target.checked)}
            label={t('preview.acknowledge')}
            aria-invalid={acknowledgeMissing ? true : undefined}
          />
          {acknowledgeMissing ? (
            <p className="field-error" role="alert">
              {t('preview.acknowledgeError')}
            </p>
          ) : null}
        </section>
      ) : null}
    </div>
  );
}
