import { useTranslation } from 'react-i18next';
import type { PersonPage } from '../../../shared/organisation-views.contract';
import { Button, EmptyState, Table } from '../../ui/index';
import { useOrgFormat } from './org-format';
import { orgPaths } from './org-paths';
import { OfficesTable } from './OfficesTable';
import { OrgLink } from './OrgLink';

type Appointment = PersonPage['history']['appointments'][number];

/** Props of {@link PersonHistory}. */
export interface PersonHistoryProps {
  page: PersonPage;
  /** "Afslut" on an appointment still running on the day (editors only). */
  onEndAppointment?: (appointment: Appointment) => void;
}

/** A person's appointments and offices over time. */
export function PersonHistory({ page, onEndAppointment }: PersonHistoryProps) {
  const { t } = useTranslation('organisation');
  const format = useOrgFormat();
  const appointments = [...page.history.appointments].sort((a, b) =>
    b.validFrom.localeCompare(a.validFrom),
  );
  const running = (a: Appointment) => a.validTo === null || a.validTo >= page.date;
  return (
    <div className="stack">
      {appointments.length === 0 ? (
        <EmptyState title={t('person.noHistory')} />
      ) : (
        <Table caption={t('person.appointmentsCaption')}>
          <thead>
            <tr>
              <th scope="col">{t('person.forum')}</th>
              <th scope="col">{t('person.seat')}</th>
              <th scope="col">{t('common.validFrom')}</th>
              <th scope="col">{t('common.validTo')}</th>
              {onEndAppointment ? <th scope="col">{t('common.actions')}</th> : null}
            </tr>
          </thead>
          <tbody>
            {appointments.map((a) => (
              <tr key={a.id}>
                <th scope="row">
                  <OrgLink to={orgPaths.forum(a.forumEntityId)}>{a.forumName}</OrgLink>
                </th>
                <td>{a.seatLabel}</td>
                <td>{format.day(a.validFrom)}</td>
                <td>{a.validTo ? format.day(a.validTo) : t('common.openEnded')}</td>
                {onEndAppointment ? (
                  <td>
                    {running(a) ? (
                      <Button
                        size="sm"
                        aria-label={t('edit.endOwnAppointment.openLabel', { seat: a.seatLabel })}
                        onClick={() => onEndAppointment(a)}
                      >
                        {t('edit.endAppointment.open')}
                      </Button>
                    ) : null}
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </Table>
      )}
      {page.history.offices.length > 0 ? (
        <OfficesTable
          caption={t('person.officeHistoryCaption')}
          rows={page.history.offices}
          empty={t('person.noHistory')}
          show="party"
        />
      ) : null}
    </div>
  );
}
