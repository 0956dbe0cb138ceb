import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isIsoDate } from '../org-dates';
import type { PartyKind } from '../../../../shared/organisation.enums';
import { useErrorText, useFieldError } from '../../../app/errors';
import { sortDanish } from '../../../format';
import { Alert, Button, Dialog, Select, TextField, useToast } from '../../../ui/index';
import { BreachWarningDialog } from '../BreachWarningDialog';
import { useAsOf } from '../as-of';
import { useOverview } from '../org.api';
import { orgChanges } from '../org-changes.api';
import { useOrgChange } from '../use-org-change';
import { EffectiveDateField } from './EffectiveDateField';
import { PersonPicker, type PickedPerson } from './PersonPicker';

/** The seat to appoint to. */
export interface AppointTarget {
  seatEntityId: string;
  seatLabel: string;
  /** The seat's party kind, to offer matching parties for "Repræsenterer". */
  partyKind: PartyKind | null;
  /** The seat's own party, when it has one. */
  partyEntityId: string | null;
  /** Who sits now (ends the day before), if anyone. */
  currentName: string | null;
}

/** Props of {@link AppointDialog}. */
export interface AppointDialogProps {
  target: AppointTarget;
  collaborationId: string;
  onClose: () => void;
}

/** "Udpeg": a person (and optionally a substitute and represented party) to a seat, from a date. */
export function AppointDialog({ target, collaborationId, onClose }: AppointDialogProps) {
  const { t } = useTranslation(['organisation', 'common']);
  const formId = useId();
  const asOf = useAsOf();
  const toast = useToast();
  const errorText = useErrorText();
  const overview = useOverview(collaborationId, asOf.date);
  const [person, setPerson] = useState<PickedPerson | null>(null);
  const [substitute, setSubstitute] = useState<PickedPerson | null>(null);
  const [party, setParty] = useState(target.partyEntityId ?? '');
  const [from, setFrom] = useState(asOf.date);
  const [termEnd, setTermEnd] = useState('');
  const [tried, setTried] = useState(false);
  const change = useOrgChange(orgChanges.appoint);
  const fieldError = useFieldError(change.error);
  const parties = sortDanish(
    (overview.data?.parties ?? []).filter((p) => !target.partyKind || p.kind === target.partyKind),
    (p) => p.name,
  );

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (change.isPending || !person || !isIsoDate(from)) return;
    if (termEnd && !isIsoDate(termEnd)) return;
    const body = {
      seatId: target.seatEntityId,
      personId: person.id,
      validFrom: from,
      substitutePersonId: substitute?.id ?? null,
      onBehalfOfPartyId: party || null,
      termEnd: termEnd || null,
    };
    change.run(body, (result) => {
      const count = result.newBreaches.length;
      toast.show(
        count > 0
          ? t('edit.savedWithBreaches', { count })
          : t('edit.appoint.done', { name: person.name, seat: target.seatLabel }),
      );
      onClose();
    });
  };

  return (
    <>
      <Dialog
        open
        onClose={onClose}
        title={t('edit.appoint.title', { seat: target.seatLabel })}
        footer={
          <>
            <Button onClick={onClose}>{t('common:actions.cancel')}</Button>
            <Button type="submit" form={formId} variant="primary" busy={change.isPending}>
              {t('edit.appoint.submit')}
            </Button>
          </>
        }
      >
        <form id={formId} className="form" noValidate onSubmit={onSubmit}>
          {change.error ? <Alert tone="error">{errorText(change.error)}</Alert> : null}
          {target.currentName ? (
            <p>{t('edit.appoint.current', { name: target.currentName })}</p>
          ) : null}
          <PersonPicker
            legend={t('forum.members.person')}
            value={person}
            onChange={setPerson}
            error={tried && !person ? t('edit.person.required') : fieldError('personId')}
          />
          <EffectiveDateField
            value={from}
            onChange={setFrom}
            error={tried && !isIsoDate(from) ? t('asOf.invalid') : fieldError('validFrom')}
          />
          <Select
            label={t('forum.members.party')}
            value={party}
            onChange={(e) => setParty(e.target.value)}
            emptyOption={t('common.none')}
            options={parties.map((p) => ({ value: p.entityId, label: p.name }))}
          />
          <PersonPicker
            legend={t('edit.appoint.substitute')}
            value={substitute}
            onChange={setSubstitute}
            optional
          />
          <TextField
            type="date"
            label={t('edit.appoint.termEnd')}
            hint={t('edit.appoint.termEndHint')}
            value={termEnd}
            onChange={(e) => setTermEnd(e.target.value)}
            error={tried && termEnd && !isIsoDate(termEnd) ? t('asOf.invalid') : undefined}
          />
        </form>
      </Dialog>
      <BreachWarningDialog warning={change.warning} date={from} />
    </>
  );
}
