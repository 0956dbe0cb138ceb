import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { FilledBornSeat, OfficeHolderPlan } from '../../../../shared/office-holders.contract';
import { Table } from '../../../ui/index';
import { withAsOf } from '../as-of';
import { useOrgFormat } from '../org-format';
import { orgPaths } from '../org-paths';

const capitalise = (text: string) => text.charAt(0).toLocaleUpperCase('da-DK') + text.slice(1);

/** The planned rows: who takes which office from when, and whom they replace. */
export function PlannedRows({ plan }: { plan: OfficeHolderPlan }) {
  const { t } = useTranslation('organisation');
  const format = useOrgFormat();
  if (plan.rows.length === 0) return null;
  return (
    <Table caption={t('holders.rowsCaption')}>
      <thead>
        <tr>
          <th scope="col">{t('holders.col.row')}</th>
          <th scope="col">{t('holders.col.party')}</th>
          <th scope="col">{t('holders.col.office')}</th>
          <th scope="col">{t('holders.col.person')}</th>
          <th scope="col">{t('holders.col.validFrom')}</th>
          <th scope="col">{t('holders.col.change')}</th>
        </tr>
      </thead>
      <tbody>
        {plan.rows.map((row) => (
          <tr key={row.row}>
            <td>{row.row}</td>
            <td>{row.partyName}</td>
            <td>{capitalise(t(`office.${row.office}`))}</td>
            <td>
              {row.person.name}{' '}
              <span className="muted">
                (
                {row.person.isNew
                  ? t('holders.change.newPerson')
                  : t('holders.change.existingPerson')}
                )
              </span>
              {row.notes.map((note) => (
                <div key={note.da} className="muted">
                  {format.text(note)}
                </div>
              ))}
            </td>
            <td>{format.day(row.validFrom)}</td>
            <td>
              {row.action === 'start' ? t('holders.change.start') : t('holders.change.unchanged')}
              {row.ends.map((end) => (
                <div key={end.holdingId}>
                  {t('holders.change.ends', {
                    name: end.personName,
                    date: format.day(end.lastDay),
                  })}
                </div>
              ))}
            </td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}

/** The born seats the rows fill: forum, seat, party, before and after. */
export function FilledSeats({
  seats,
  caption,
  today,
}: {
  seats: readonly FilledBornSeat[];
  caption: string;
  today: string;
}) {
  const { t } = useTranslation('organisation');
  const format = useOrgFormat();
  if (seats.length === 0) return <p>{t('holders.noSeats')}</p>;
  return (
    <Table caption={caption}>
      <thead>
        <tr>
          <th scope="col">{t('holders.col.forum')}</th>
          <th scope="col">{t('holders.col.seat')}</th>
          <th scope="col">{t('holders.col.party')}</th>
          <th scope="col">{t('holders.col.before')}</th>
          <th scope="col">{t('holders.col.after')}</th>
          <th scope="col">{t('holders.col.validFrom')}</th>
        </tr>
      </thead>
      <tbody>
        {seats.map((seat) => (
          <tr key={`${seat.forumId}|${seat.seatId}|${seat.personRef}`}>
            <td>
              <Link to={withAsOf(orgPaths.forum(seat.forumId), seat.date, today)}>
                {seat.forumName}
              </Link>
            </td>
            <td>{seat.seatLabel}</td>
            <td>{seat.partyName ?? '–'}</td>
            <td>{seat.previousPersonName ?? t('holders.vacant')}</td>
            <td>{seat.personName}</td>
            <td>{format.day(seat.date)}</td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
