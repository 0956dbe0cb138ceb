import { useTranslation } from 'react-i18next';
import type { IsoDate } from '../../../shared/dates';
import type { Bilingual } from '../../../shared/meetings.contract';
import { useMeetingFormat } from './use-format';

/** Props of {@link WarningText}. */
export interface WarningTextProps {
  /** A warning: its sentence, and the date the server suggests instead (data, not in the text). */
  warning: { message: Bilingual; suggestedDate?: IsoDate | null };
}

/**
 * A scheduling warning in the current language, followed by its suggested date when there is
 * one ("Foreslået dato: 11. marts 2027 (uge 10)."). The server never puts the suggestion in the
 * sentence, so it is shown exactly once.
 */
export function WarningText({ warning }: WarningTextProps) {
  const { t } = useTranslation('meetings');
  const format = useMeetingFormat();
  const suggested = warning.suggestedDate;
  return (
    <>
      {warning.message[format.language]}
      {suggested
        ? ` ${t('warning.suggested', { date: format.date(suggested), week: format.week(suggested) })}`
        : null}
    </>
  );
}
