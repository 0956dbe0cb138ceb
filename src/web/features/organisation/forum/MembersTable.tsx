import { useTranslation } from 'react-i18next';
import type { MemberView } from '../../../../shared/organisation.contract';
import type { SeatRole } from '../../../../shared/organisation.enums';
import { Button, EmptyState, Table } from '../../../ui/index';
import { useOrgFormat } from '../org-format';
import { orgPaths } from '../org-paths';
import { OrgLink } from '../OrgLink';

/** What an editor can do with a member row. */
export type MemberAction = 'appoint' | 'end';

/** Props of {@link MembersTable}. */
export interface MembersTableProps {
  members: readonly MemberView[];
  caption: string;
  /** Shows the edit buttons (secretariat and admin). */
  canEdit: boolean;
  onAction: (action: MemberAction, member: MemberView) => void;
}

/** The roles of a member in words: "medlem, medformand". */
export function useRoleText(): (roles: readonly SeatRole[]) => string {
  const { t } = useTranslation('organisation');
  return (roles) => roles.map((r) => t(`role.${r}`)).join(', ');
}

function MemberActions({
  member,
  onAction,
}: Pick<MembersTableProps, 'onAction'> & { member: MemberView }) {
  const { t } = useTranslation('organisation');
  if (member.source !== 'appointed') return null;
  const name = member.person?.name ?? '';
  return (
    <div className="org-row-actions">
      <Button
        size="sm"
        aria-label={t('edit.appoint.openLabel', { seat: member.seatLabel })}
        onClick={() => onAction('appoint', member)}
      >
        {t('edit.appoint.open')}
      </Button>
      {member.appointment ? (
        <Button
          size="sm"
          aria-label={t('edit.endAppointment.openLabel', { name })}
          onClick={() => onAction('end', member)}
        >
          {t('edit.endAppointment.open')}
        </Button>
      ) : null}
    </div>
  );
}

/** A forum's members on the day: person (or "Ledig"), roles, party, and born or appointed. */
export function MembersTable({ members, caption, canEdit, onAction }: MembersTableProps) {
  const { t } = useTranslation('organisation');
  const format = useOrgFormat();
  const roleText = useRoleText();
  if (members.length === 0) return <EmptyState title={t('forum.members.empty')} />;
  return (
    <Table caption={caption}>
      <thead>
        <tr>
          <th scope="col">{t('forum.members.person')}</th>
          <th scope="col">{t('forum.members.roles')}</th>
          <th scope="col">{t('forum.members.party')}</th>
          <th scope="col">{t('forum.members.source')}</th>
          {canEdit ? <th scope="col">{t('common.actions')}</th> : null}
        </tr>
      </thead>
      <tbody>
        {members.map((m, i) => (
          <tr key={`${m.seatEntityId}-${m.person?.id ?? 'vacant'}-${i}`}>
            <th scope="row">
              {m.person ? (
                <OrgLink to={orgPaths.person(m.person.id)}>{m.person.name}</OrgLink>
              ) : (
                <span className="org-badge org-badge-vacant">{t('common.vacant')}</span>
              )}
              {m.substituteText ? (
                <div className="muted org-small">{format.text(m.substituteText)}</div>
              ) : m.substitute ? (
                <div className="muted org-small">
                  {t('forum.members.substitute', { name: m.substitute.name })}
                </div>
              ) : null}
              {m.personPoliticalParty ? (
                <div className="muted org-small">
                  {t('reform.politicalParty')}: {m.personPoliticalParty}
                </div>
              ) : null}
            </th>
            <td>{roleText(m.roles)}</td>
            <td>
              {m.partyEntityId && m.partyName ? (
                <OrgLink to={orgPaths.party(m.partyEntityId)}>{m.partyName}</OrgLink>
              ) : m.partyKind ? (
                t(`partyKind.${m.partyKind}`)
              ) : (
                '–'
              )}
              {m.clusterName ? <div className="muted org-small">{m.clusterName}</div> : null}
            </td>
            <td>
              <div>{format.text(m.explanation)}</div>
              <div className="muted org-small">{m.seatLabel}</div>
              {m.seatPoliticalParty ? (
                <div className="muted org-small">
                  {t('reform.seatPoliticalParty', { party: m.seatPoliticalParty })}
                </div>
              ) : null}
              {m.appointment ? (
                <div className="muted org-small">
                  {t('forum.members.since', { date: format.day(m.appointment.validFrom) })}
                  {m.appointment.termEnd
                    ? ` · ${t('forum.members.termEnd', { date: format.day(m.appointment.termEnd) })}`
                    : null}
                </div>
              ) : null}
            </td>
            {canEdit ? (
              <td>
                <MemberActions member={m} onAction={onAction} />
              </td>
            ) : null}
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
