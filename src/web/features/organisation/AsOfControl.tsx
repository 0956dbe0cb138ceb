import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isIsoDate } from './org-dates';
import { Alert, Button, TextField } from '../../ui/index';
import { useAsOf } from './as-of';
import { useOrgFormat } from './org-format';

/**
 * "Vis organisationen pr. dato": the date every organisation page answers for, kept in the
 * address. On another day than today a banner says so plainly, with a way back to today.
 */
export function AsOfControl() {
  const { t } = useTranslation('organisation');
  const asOf = useAsOf();
  const format = useOrgFormat();
  return (
    <div className="org-asof">
      <AsOfForm key={asOf.date} date={asOf.date} onShow={asOf.setDate} />
      {asOf.when !== 'today' ? (
        <Alert
          tone="warning"
          title={t(asOf.when === 'past' ? 'asOf.pastTitle' : 'asOf.futureTitle', {
            date: format.longDay(asOf.date),
          })}
          action={<Button onClick={() => asOf.setDate(asOf.today)}>{t('asOf.today')}</Button>}
        >
          <p>{t(asOf.when === 'past' ? 'asOf.pastBody' : 'asOf.futureBody')}</p>
        </Alert>
      ) : null}
    </div>
  );
}

function AsOfForm({ date, onShow }: { date: string; onShow: (date: string) => void }) {
  const { t } = useTranslation('organisation');
  const [value, setValue] = useState(date);
  const [invalid, setInvalid] = useState(false);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!isIsoDate(value)) return setInvalid(true);
    setInvalid(false);
    onShow(value);
  };

  return (
    <form className="org-asof-form" onSubmit={onSubmit} noValidate>
      <TextField
        type="date"
        label={t('asOf.label')}
        value={value}
        onChange={(e) => setValue(e.target.value)}
        error={invalid ? t('asOf.invalid') : undefined}
        required
      />
      <Button type="submit">{t('asOf.show')}</Button>
    </form>
  );
}
