import { useTranslation } from 'react-i18next';
import { ProgressBar } from '../../../ui/index';

/** Props of {@link WorkStatus}. */
export interface WorkStatusProps {
  /** Whether the work is going on. */
  active: boolean;
  /** What is being done, e.g. "Tjekker filen…". */
  label: string;
}

/**
 * Slow server work in progress (reading, checking or importing a large file can take seconds):
 * an indeterminate progress bar with the label shown, and a hint that large files take a while.
 * The live region is always in the page, so screen readers announce the label when work starts.
 */
export function WorkStatus({ active, label }: WorkStatusProps) {
  const { t } = useTranslation('organisation');
  return (
    <div className="org-work-status" role="status" aria-live="polite">
      {active ? (
        <>
          <ProgressBar label={label} />
          <p className="muted">
            {label} {t('import.slowHint')}
          </p>
        </>
      ) : null}
    </div>
  );
}
