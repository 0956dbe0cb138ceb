import { useTranslation } from 'react-i18next';
import type { PartyPage } from '../../../shared/organisation-views.contract';
import { Button, EmptyState, Table } from '../../ui/index';
import { useOrgFormat } from './org-format';
import { orgPaths } from './org-paths';
import { OrgLink } from './OrgLink';

/** "borgmester" → "Borgmester" (labels are lower case for use inside sentences). */
export function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase('da') + text.slice(1);
}

/** An office holding with the names of its person and party. */
export type OfficeRow = PartyPage['offices'][number];

/** Props of {@link OfficesTable}. */
export interface OfficesTableProps {
  caption: string;
  rows: readonly OfficeRow[];
  empty: string;
  /** Which side to name: the holder (party page) or the party (person page). */
  show: 'person' | 'party';
  /** Edit buttons; absent for readers and for history tables. */
  onChange?: (row: OfficeRow) => void;
  onEnd?: (row: OfficeRow) => void;
}

/** Offices (mayor, health director, …) with holder or party and validity. */
export function OfficesTable({ caption, rows, empty, show, onChange, onEnd }: OfficesTableProps) {
  const { t } = useTranslation('organisation');
  const format = useOrgFormat();
  if (rows.length === 0) return <EmptyState title={empty} />;
  const editable = Boolean(onChange || onEnd);
  return (
    <Table caption={caption}>
      <thead>
        <tr>
          <th scope="col">{t('person.office')}</th>
          <th scope="col">{show === 'person' ? t('party.holder') : t('person.party')}</th>
          <th scope="col">{t('common.validFrom')}</th>
          <th scope="col">{t('common.validTo')}</th>
          {editable ? <th scope="col">{t('common.actions')}</th> : null}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => {
          const office = t(`office.${row.office}`);
          return (
            <tr key={row.id}>
              <th scope="row">{capitalise(office)}</th>
              <td>
                {show === 'person' ? (
                  <OrgLink to={orgPaths.person(row.personId)}>{row.personName}</OrgLink>
                ) : (
                  <OrgLink to={orgPaths.party(row.partyId)}>{row.partyName}</OrgLink>
                )}
              </td>
              <td>{format.day(row.validFrom)}</td>
              <td>{row.validTo ? format.day(row.validTo) : t('common.openEnded')}</td>
              {editable ? (
                <td>
                  <div className="org-row-actions">
                    {onChange ? (
                      <Button
                        size="sm"
                        aria-label={t('edit.office.changeLabel', { office, party: row.partyName })}
                        onClick={() => onChange(row)}
                      >
                        {t('edit.office.change')}
                      </Button>
                    ) : null}
                    {onEnd ? (
                      <Button
                        size="sm"
                        aria-label={t('edit.endOffice.openLabel', { name: row.personName, office })}
                        onClick={() => onEnd(row)}
                      >
                        {t('edit.endOffice.open')}
                      </Button>
                    ) : null}
                  </div>
                </td>
              ) : null}
            </tr>
          );
        })}
      </tbody>
    </Table>
  );
}
