import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { User } from '../../../shared/auth.contract';
import { Button, buttonClass, Table } from '../../ui/index';

/** What a row's buttons ask for. */
export type UserAction = 'changeRole' | 'disable' | 'enable' | 'revoke';

/** Props of {@link UsersTable}. */
export interface UsersTableProps {
  users: readonly User[];
  /** The logged-in admin, who cannot disable themselves. */
  currentUserId: string;
  /** The user whose enable call is running. */
  busyUserId: string | null;
  onAction: (action: UserAction, user: User) => void;
}

function loginMethodKey(user: User) {
  if (user.hasPassword && user.oidcIssuer) return 'loginMethod.both' as const;
  if (user.hasPassword) return 'loginMethod.password' as const;
  if (user.oidcIssuer) return 'loginMethod.oidc' as const;
  return 'loginMethod.none' as const;
}

/** Every account with its role, login method, status and actions. */
export function UsersTable({ users, currentUserId, busyUserId, onAction }: UsersTableProps) {
  const { t } = useTranslation(['users', 'common']);
  return (
    <Table caption={t('table.caption')} captionHidden>
      <thead>
        <tr>
          <th scope="col">{t('table.name')}</th>
          <th scope="col">{t('table.role')}</th>
          <th scope="col">{t('table.login')}</th>
          <th scope="col">{t('table.status')}</th>
          <th scope="col">{t('table.actions')}</th>
        </tr>
      </thead>
      <tbody>
        {users.map((user) => {
          const self = user.id === currentUserId;
          return (
            <tr key={user.id} className={user.disabled ? 'user-disabled' : undefined}>
              <th scope="row" className="user-cell">
                <span className="user-name">{user.name}</span>
                {self ? <span className="muted"> {t('you')}</span> : null}
                <span className="user-email">{user.email}</span>
              </th>
              <td>{t(`common:roles.${user.role}`)}</td>
              <td>{t(loginMethodKey(user))}</td>
              <td>
                <span className={`badge ${user.disabled ? 'badge-muted' : 'badge-success'}`}>
                  {user.disabled ? t('status.disabled') : t('status.active')}
                </span>
              </td>
              <td>
                <div className="button-row user-actions">
                  <Button
                    size="sm"
                    aria-label={t('changeRole.openFor', { name: user.name })}
                    onClick={() => onAction('changeRole', user)}
                  >
                    {t('changeRole.open')}
                  </Button>
                  {self ? null : (
                    <Button
                      size="sm"
                      busy={busyUserId === user.id}
                      aria-label={
                        user.disabled
                          ? t('enable.openFor', { name: user.name })
                          : t('disable.openFor', { name: user.name })
                      }
                      onClick={() => onAction(user.disabled ? 'enable' : 'disable', user)}
                    >
                      {user.disabled ? t('enable.open') : t('disable.open')}
                    </Button>
                  )}
                  <Link
                    to={`/admin/users/${encodeURIComponent(user.id)}/sessions`}
                    className={buttonClass('secondary', 'sm')}
                    aria-label={t('sessions.openFor', { name: user.name })}
                  >
                    {t('sessions.open')}
                  </Link>
                  <Button
                    size="sm"
                    aria-label={t('revoke.openFor', { name: user.name })}
                    onClick={() => onAction('revoke', user)}
                  >
                    {t('revoke.open')}
                  </Button>
                </div>
              </td>
            </tr>
          );
        })}
      </tbody>
    </Table>
  );
}
