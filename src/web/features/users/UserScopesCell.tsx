import { useTranslation } from 'react-i18next';
import type { User } from '../../../shared/auth.contract';
import { Button } from '../../ui/index';
import { ScopeName } from './ScopeName';
import { keyOf, scopesMatter, summarizeGrants } from './scope-view';
import { useUserScopes } from './users.api';

/** Props of {@link UserScopesCell}. */
export interface UserScopesCellProps {
  user: User;
  /** Opens the scopes dialog for the user. */
  onEdit: () => void;
}

/** What the scopes say, in a few words. */
function ScopeSummary({ user }: { user: User }) {
  const { t } = useTranslation('users');
  const admin = user.role === 'admin';
  const scopes = useUserScopes(user.id, !admin);
  if (admin) return <span className="muted">{t('scopes.everywhere')}</span>;
  if (scopes.isPending) return <span className="muted">{t('scopes.loading')}</span>;
  if (scopes.isError) return <span className="muted">{t('scopes.loadFailed')}</span>;
  if (scopes.data.length === 0) {
    return (
      <>
        <span>{t('scopes.none')}</span>
        {scopesMatter(user.role) ? (
          <span className="user-scopes-warning">{t('scopes.noneHint')}</span>
        ) : null}
      </>
    );
  }
  const { shown, more } = summarizeGrants(scopes.data);
  return (
    <ul className="user-scopes-list">
      {shown.map((grant) => (
        <li key={`${grant.source}|${keyOf(grant)}`}>
          <ScopeName kind={grant.kind} label={grant.label} compact />
          {grant.source === 'oidc' ? (
            <span className="muted"> ({t('scopes.fromLogin')})</span>
          ) : null}
        </li>
      ))}
      {more > 0 ? <li className="muted">{t('scopes.more', { count: more })}</li> : null}
    </ul>
  );
}

/** The users table's scopes cell: a short summary and the button that edits them. */
export function UserScopesCell({ user, onEdit }: UserScopesCellProps) {
  const { t } = useTranslation('users');
  return (
    <div className="user-scopes">
      <div className="user-scopes-summary">
        <ScopeSummary user={user} />
      </div>
      <Button
        size="sm"
        data-scopes-for={user.id}
        aria-label={t('scopes.openFor', { name: user.name })}
        onClick={onEdit}
      >
        {t('scopes.open')}
      </Button>
    </div>
  );
}
