import { useTranslation } from 'react-i18next';

/** Props of {@link Spinner}. */
export interface SpinnerProps {
  /** What is loading; defaults to "Indlæser…". */
  label?: string;
  /** Show the label next to the spinner (otherwise it is for screen readers only). */
  showLabel?: boolean;
  size?: 'sm' | 'md';
  /** Inside a control that already says it is busy: no live region, no label. */
  decorative?: boolean;
}

/** A loading indicator; announces its label politely to screen readers. */
export function Spinner({
  label,
  showLabel = false,
  size = 'md',
  decorative = false,
}: SpinnerProps) {
  const { t } = useTranslation();
  const circle = <span className={`spinner spinner-${size}`} aria-hidden="true" />;
  if (decorative) return circle;
  const text = label ?? t('status.loading');
  return (
    <span className="spinner-wrap" role="status" aria-live="polite">
      {circle}
      <span className={showLabel ? 'spinner-label' : 'visually-hidden'}>{text}</span>
    </span>
  );
}

/** Props of {@link ProgressBar}. */
export interface ProgressBarProps {
  /** What is in progress (the accessible name). */
  label: string;
  /** 0–100, or undefined for "in progress, unknown how far". */
  value?: number;
}

/** A progress bar; indeterminate when no value is given. */
export function ProgressBar({ label, value }: ProgressBarProps) {
  const known = value !== undefined;
  return (
    <div
      className={`progress${known ? '' : ' progress-indeterminate'}`}
      role="progressbar"
      aria-label={label}
      aria-valuemin={known ? 0 : undefined}
      aria-valuemax={known ? 100 : undefined}
      aria-valuenow={known ? Math.round(value) : undefined}
    >
      <span className="progress-bar" style={known ? { width: `${value}%` } : undefined} />
    </div>
  );
}

/** A centred spinner with a visible label, for a page or section that is loading. */
export function LoadingBlock({ label }: { label?: string }) {
  return (
    <div className="loading-block">
      <Spinner label={label} showLabel />
    </div>
  );
}
