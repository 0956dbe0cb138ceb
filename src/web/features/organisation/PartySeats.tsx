import { useTranslation } from 'react-i18next';
import type { PartyPage } from '../../../shared/organisation-views.contract';
import { EmptyState, Table } from '../../ui/index';
import { sortDanish } from '../../format';
import { useAsOf } from './as-of';
import { useRoleText } from './forum/MembersTable';
import { useOverview } from './org.api';
import { useOrgFormat } from './org-format';
import { orgPaths } from './org-paths';
import { OrgLink } from './OrgLink';

/** The seats a party holds on the day, by forum (vacancies included). */
export function PartySeats({ page }: { page: PartyPage }) {
  const { t } = useTranslation('organisation');
  const format = useOrgFormat();
  const roleText = useRoleText();
  const asOf = useAsOf();
  // The seats name their forum by id only; the overview has the names.
  const overview = useOverview(page.collaborationId, asOf.date);
  const forumName = (id: string) =>
    overview.data?.foraByLevel.flatMap((g) => g.fora).find((f) => f.entityId === id)?.name ?? '…';
  if (page.seats.length === 0) return <EmptyState title={t('party.noSeats')} />;
  const rows = sortDanish(page.seats, (s) => forumName(s.forumEntityId));
  return (
    <>
      <p>{t('party.seatsSummary', { count: page.seatCount, cluster: page.clusterSeatCount })}</p>
      <Table caption={t('party.seatsCaption')}>
        <thead>
          <tr>
            <th scope="col">{t('person.forum')}</th>
            <th scope="col">{t('person.seat')}</th>
            <th scope="col">{t('forum.members.person')}</th>
            <th scope="col">{t('forum.members.roles')}</th>
            <th scope="col">{t('forum.members.source')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((s, i) => (
            <tr key={`${s.seatEntityId}-${s.person?.id ?? 'vacant'}-${i}`}>
              <th scope="row">
                <OrgLink to={orgPaths.forum(s.forumEntityId)}>{forumName(s.forumEntityId)}</OrgLink>
              </th>
              <td>{s.seatLabel}</td>
              <td>
                {s.person ? (
                  <OrgLink to={orgPaths.person(s.person.id)}>{s.person.name}</OrgLink>
                ) : (
                  <span className="org-badge org-badge-vacant">{t('common.vacant')}</span>
                )}
              </td>
              <td>{roleText(s.roles)}</td>
              <td>{format.text(s.explanation)}</td>
            </tr>
          ))}
        </tbody>
      </Table>
    </>
  );
}
