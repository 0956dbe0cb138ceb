import { useTranslation } from 'react-i18next';
import { localeOf } from '../../format';
import { TextField } from '../../ui/index';
import { Checkbox } from './Checkbox';
import type { SeriesField, SeriesForm } from './series-form';
import { useMeetingFormat } from './use-format';

/** Props of {@link SeriesCadenceFields}. */
export interface SeriesCadenceFieldsProps {
  value: SeriesForm;
  onChange: (value: SeriesForm) => void;
  problems: Partial<Record<SeriesField, string>>;
}

/** How many meetings (the forum's cadence, or one given here) and which months to keep free. */
export function SeriesCadenceFields({ value, onChange, problems }: SeriesCadenceFieldsProps) {
  const { t } = useTranslation('meetings');
  const format = useMeetingFormat();
  const set = <K extends keyof SeriesForm>(key: K, v: SeriesForm[K]) =>
    onChange({ ...value, [key]: v });
  const monthName = (m: number) =>
    new Intl.DateTimeFormat(localeOf(format.language), { month: 'long', timeZone: 'UTC' }).format(
      new Date(Date.UTC(2026, m - 1, 15)),
    );
  return (
    <>
      <fieldset className="mtg-fieldset">
        <legend>{t('seriesPage.cadenceLegend')}</legend>
        <p className="field-hint">{t('seriesPage.cadenceHelp')}</p>
        <div className="form-grid">
          <TextField
            label={t('seriesPage.perYear')}
            inputMode="numeric"
            value={value.perYear}
            onChange={(e) => set('perYear', e.target.value)}
            error={problems.perYear}
          />
          <TextField
            label={t('seriesPage.cadenceMin')}
            inputMode="numeric"
            value={value.cadenceMin}
            onChange={(e) => set('cadenceMin', e.target.value)}
            error={problems.cadence}
          />
          <TextField
            label={t('seriesPage.cadenceMax')}
            inputMode="numeric"
            value={value.cadenceMax}
            onChange={(e) => set('cadenceMax', e.target.value)}
          />
        </div>
      </fieldset>
      <fieldset className="mtg-fieldset">
        <legend>{t('seriesPage.avoidLegend')}</legend>
        <div className="mtg-months">
          {Array.from({ length: 12 }, (_, i) => i + 1).map((m) => (
            <Checkbox
              key={m}
              label={monthName(m)}
              checked={value.avoidMonths.includes(m)}
              onChange={(e) =>
                set(
                  'avoidMonths',
                  e.target.checked
                    ? [...value.avoidMonths, m]
                    : value.avoidMonths.filter((x) => x !== m),
                )
              }
            />
          ))}
        </div>
      </fieldset>
    </>
  );
}
