import { useTranslation } from 'react-i18next';
import type { PersonPage } from '../../../shared/organisation-views.contract';
import { EmptyState, Table } from '../../ui/index';
import { useRoleText } from './forum/MembersTable';
import { useOrgFormat } from './org-format';
import { orgPaths } from './org-paths';
import { OrgLink } from './OrgLink';

/** The seats a person holds on the day, across fora and collaborations. */
export function PersonSeats({ page }: { page: PersonPage }) {
  const { t } = useTranslation('organisation');
  const format = useOrgFormat();
  const roleText = useRoleText();
  if (page.seats.length === 0) return <EmptyState title={t('person.noSeats')} />;
  return (
    <Table caption={t('person.seatsCaption')}>
      <thead>
        <tr>
          <th scope="col">{t('person.forum')}</th>
          <th scope="col">{t('person.seat')}</th>
          <th scope="col">{t('forum.members.roles')}</th>
          <th scope="col">{t('forum.members.party')}</th>
          <th scope="col">{t('forum.members.source')}</th>
        </tr>
      </thead>
      <tbody>
        {page.seats.map((s, i) => (
          <tr key={`${s.seatEntityId}-${i}`}>
            <th scope="row">
              <OrgLink to={orgPaths.forum(s.forumEntityId)}>{s.forumName}</OrgLink>
              <div className="muted org-small">{s.collaborationName}</div>
            </th>
            <td>{s.seatLabel}</td>
            <td>
              {roleText(s.roles)}
              {s.asSubstitute ? ` (${t('person.asSubstitute')})` : null}
            </td>
            <td>{s.partyName ?? '–'}</td>
            <td>{format.text(s.explanation)}</td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
