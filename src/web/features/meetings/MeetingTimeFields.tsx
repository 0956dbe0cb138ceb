import { useTranslation } from 'react-i18next';
import { TextField } from '../../ui/index';
import type { MeetingDraft } from './meeting-draft';
import { useMeetingFormat } from './use-format';

/** Props of {@link MeetingTimeFields}. */
export interface MeetingTimeFieldsProps {
  draft: MeetingDraft;
  set: <K extends keyof MeetingDraft>(key: K, value: MeetingDraft[K]) => void;
  errors: { date?: string | undefined; start?: string | undefined; end?: string | undefined };
}

/** Day, start and end; the chosen day is spelt out with its week number under the field. */
export function MeetingTimeFields({ draft, set, errors }: MeetingTimeFieldsProps) {
  const { t } = useTranslation('meetings');
  const format = useMeetingFormat();
  return (
    <div className="form-grid">
      <TextField
        label={t('form.date')}
        type="date"
        value={draft.date}
        onChange={(e) => set('date', e.target.value)}
        required
        hint={
          draft.date
            ? t('form.dateHint', { date: format.date(draft.date), week: format.week(draft.date) })
            : undefined
        }
        error={errors.date}
      />
      <TextField
        label={t('form.start')}
        type="time"
        value={draft.start}
        onChange={(e) => set('start', e.target.value)}
        required
        error={errors.start}
      />
      <TextField
        label={t('form.end')}
        type="time"
        value={draft.end}
        onChange={(e) => set('end', e.target.value)}
        required
        error={errors.end}
      />
    </div>
  );
}
