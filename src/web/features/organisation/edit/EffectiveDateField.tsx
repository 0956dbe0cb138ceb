import { useTranslation } from 'react-i18next';
import { TextField } from '../../../ui/index';

/** Props of {@link EffectiveDateField}. */
export interface EffectiveDateFieldProps {
  value: string;
  onChange: (value: string) => void;
  /** `from`: "Gælder fra"; `lastDay`: "Sidste dag" (inclusive). */
  kind?: 'from' | 'lastDay';
  error?: string | undefined;
}

/** The date a change takes effect from, or the last day something applies. */
export function EffectiveDateField({
  value,
  onChange,
  kind = 'from',
  error,
}: EffectiveDateFieldProps) {
  const { t } = useTranslation('organisation');
  return (
    <TextField
      type="date"
      label={t(kind === 'from' ? 'edit.effectiveFrom' : 'edit.lastDay')}
      hint={t(kind === 'from' ? 'edit.effectiveHint' : 'edit.lastDayHint')}
      value={value}
      onChange={(e) => onChange(e.target.value)}
      error={error}
      required
    />
  );
}
