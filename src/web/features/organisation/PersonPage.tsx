import { useState } from 'react';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { PersonPage as PersonPageData } from '../../../shared/organisation-views.contract';
import { usePageTitle } from '../../app/page-title';
import { Alert, PageHeader } from '../../ui/index';
import { AsOfControl } from './AsOfControl';
import { useAsOf } from './as-of';
import { EndDialog } from './edit/EndDialog';
import { usePerson } from './org.api';
import { orgChanges } from './org-changes.api';
import { useOrgFormat } from './org-format';
import { OfficesTable } from './OfficesTable';
import { PersonHistory } from './PersonHistory';
import { PersonSeats } from './PersonSeats';
import { QueryState } from './QueryState';
import { useCanEdit } from './use-can-edit';
import './organisation.css';

type Appointment = PersonPageData['history']['appointments'][number];
type Office = PersonPageData['offices'][number];
type Open = { kind: 'appointment'; item: Appointment } | { kind: 'office'; item: Office } | null;

function PersonBody({ page, open }: { page: PersonPageData; open: (o: Open) => void }) {
  const { t } = useTranslation('organisation');
  const format = useOrgFormat();
  const canEdit = useCanEdit();
  const date = format.day(page.date);
  return (
    <>
      {page.person.endedOn ? (
        <Alert tone="info">{t('person.ended', { date: format.day(page.person.endedOn) })}</Alert>
      ) : null}
      <section aria-labelledby="person-seats" className="org-section">
        <h2 id="person-seats">{t('person.seatsHeading', { date })}</h2>
        <PersonSeats page={page} />
      </section>
      <section aria-labelledby="person-offices" className="org-section">
        <h2 id="person-offices">{t('person.officesHeading', { date })}</h2>
        <OfficesTable
          caption={t('person.officesCaption')}
          rows={page.offices}
          empty={t('person.noOffices')}
          show="party"
          onEnd={canEdit ? (item) => open({ kind: 'office', item }) : undefined}
        />
      </section>
      <section aria-labelledby="person-history" className="org-section">
        <h2 id="person-history">{t('person.historyHeading')}</h2>
        <PersonHistory
          page={page}
          onEndAppointment={canEdit ? (item) => open({ kind: 'appointment', item }) : undefined}
        />
      </section>
    </>
  );
}

/** A person: seats across fora on the day, offices, and their history. */
export function PersonPage() {
  const { t } = useTranslation('organisation');
  const { personId = '' } = useParams();
  const asOf = useAsOf();
  const person = usePerson(personId, asOf.date);
  const [open, setOpen] = useState<Open>(null);
  const data = person.data;
  usePageTitle(data?.person.name);
  const close = () => setOpen(null);
  const description = data
    ? [data.person.email, data.person.fictional ? t('person.fictional') : null]
        .filter(Boolean)
        .join(' · ')
    : '';
  return (
    <>
      <PageHeader
        title={data?.person.name ?? t('person.title')}
        description={description ? <p>{description}</p> : null}
      />
      <AsOfControl />
      <QueryState query={person}>{(page) => <PersonBody page={page} open={setOpen} />}</QueryState>
      {open?.kind === 'appointment' ? (
        <EndDialog
          title={t('edit.endOwnAppointment.title', { seat: open.item.seatLabel })}
          body={
            <p>
              {t('edit.endAppointment.body', {
                name: data?.person.name ?? '',
                seat: open.item.seatLabel,
              })}
            </p>
          }
          confirmLabel={t('edit.endAppointment.confirm')}
          doneText={t('edit.endAppointment.done', { name: data?.person.name ?? '' })}
          send={(body, ack) => orgChanges.endAppointment(open.item.id, body, ack)}
          onClose={close}
        />
      ) : null}
      {open?.kind === 'office' ? (
        <EndDialog
          title={t('edit.endOffice.title', {
            name: data?.person.name ?? '',
            office: t(`office.${open.item.office}`),
          })}
          body={<p>{t('edit.endOffice.body')}</p>}
          confirmLabel={t('edit.endOffice.confirm')}
          doneText={t('edit.endOffice.done')}
          send={(body, ack) => orgChanges.endOffice(open.item.id, body, ack)}
          onClose={close}
        />
      ) : null}
    </>
  );
}
