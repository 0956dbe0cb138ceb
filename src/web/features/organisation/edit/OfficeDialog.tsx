import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { OFFICES, OfficeSchema, type Office } from '../../../../shared/organisation.enums';
import { useErrorText } from '../../../app/errors';
import { Alert, Button, Dialog, Select, useToast } from '../../../ui/index';
import { BreachWarningDialog } from '../BreachWarningDialog';
import { useAsOf } from '../as-of';
import { orgChanges } from '../org-changes.api';
import { isIsoDate } from '../org-dates';
import { useOrgFormat } from '../org-format';
import { useOrgChange } from '../use-org-change';
import { EffectiveDateField } from './EffectiveDateField';
import { PersonPicker, type PickedPerson } from './PersonPicker';

/** Props of {@link OfficeDialog}. */
export interface OfficeDialogProps {
  party: { entityId: string; name: string };
  /** The office to change the holder of; the user picks one when absent. */
  office?: Office;
  onClose: () => void;
}

/**
 * A new holder of an office (e.g. a new mayor) from a date, by default ending the current
 * holder's office the day before. Born seats that follow the office move with it.
 */
export function OfficeDialog({ party, office: initial, onClose }: OfficeDialogProps) {
  const { t } = useTranslation(['organisation', 'common']);
  const formId = useId();
  const asOf = useAsOf();
  const format = useOrgFormat();
  const toast = useToast();
  const errorText = useErrorText();
  const [office, setOffice] = useState<Office>(initial ?? 'mayor');
  const [person, setPerson] = useState<PickedPerson | null>(null);
  const [from, setFrom] = useState(asOf.date);
  const [replace, setReplace] = useState(true);
  const [tried, setTried] = useState(false);
  const change = useOrgChange(orgChanges.startOffice);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (change.isPending || !person || !isIsoDate(from)) return;
    const body = {
      personId: person.id,
      partyId: party.entityId,
      office,
      validFrom: from,
      replaceCurrent: replace,
    };
    change.run(body, (result) => {
      const count = result.newBreaches.length;
      toast.show(
        count > 0
          ? t('edit.savedWithBreaches', { count })
          : t('edit.office.done', {
              name: person.name,
              office: t(`office.${office}`),
              party: party.name,
              date: format.day(from),
            }),
      );
      onClose();
    });
  };

  return (
    <>
      <Dialog
        open
        onClose={onClose}
        title={t('edit.office.title', { party: party.name })}
        footer={
          <>
            <Button onClick={onClose}>{t('common:actions.cancel')}</Button>
            <Button type="submit" form={formId} variant="primary" busy={change.isPending}>
              {t('edit.office.submit')}
            </Button>
          </>
        }
      >
        <form id={formId} className="form" noValidate onSubmit={onSubmit}>
          {change.error ? <Alert tone="error">{errorText(change.error)}</Alert> : null}
          <Select
            label={t('edit.office.office')}
            value={office}
            onChange={(e) => setOffice(OfficeSchema.parse(e.target.value))}
            options={OFFICES.map((o) => ({ value: o, label: t(`office.${o}`) }))}
          />
          <PersonPicker
            legend={t('party.holder')}
            value={person}
            onChange={setPerson}
            error={tried && !person ? t('edit.person.required') : undefined}
          />
          <EffectiveDateField
            value={from}
            onChange={setFrom}
            error={tried && !isIsoDate(from) ? t('asOf.invalid') : undefined}
          />
          <div className="field">
            <label className="org-choice">
              <input
                type="checkbox"
                checked={replace}
                onChange={(e) => setReplace(e.target.checked)}
              />{' '}
              {t('edit.office.replace')}
            </label>
            <div className="field-hint">{t('edit.office.replaceHint')}</div>
          </div>
        </form>
      </Dialog>
      <BreachWarningDialog warning={change.warning} date={from} />
    </>
  );
}
