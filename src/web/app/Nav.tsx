import { NavLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useSession } from '../features/auth/auth.api';
import { hrefOf, navFor } from './access';
import { ALL_NAMESPACES } from './i18n';
import { APP_ROUTES } from './routes';

/** Props of {@link Nav}. */
export interface NavProps {
  id: string;
  /** Shown on small screens (always shown on wide ones). */
  open: boolean;
  /** A link was followed (closes the menu on small screens). */
  onNavigate: () => void;
}

/** The main navigation, built from APP_ROUTES; the current page has aria-current="page". */
export function Nav({ id, open, onNavigate }: NavProps) {
  const { t } = useTranslation(ALL_NAMESPACES);
  const { data } = useSession();
  const groups = navFor(APP_ROUTES, data);
  return (
    <nav id={id} className={`nav${open ? ' nav-open' : ''}`} aria-label={t('common:nav.label')}>
      {groups.map((group) => {
        const headingId = `${id}-${group.id}`;
        return (
          <div key={group.id} className="nav-group">
            {group.labelKey ? (
              <h2 id={headingId} className="nav-heading">
                {t(group.labelKey)}
              </h2>
            ) : null}
            <ul className="nav-list" aria-labelledby={group.labelKey ? headingId : undefined}>
              {group.items.map((route) => (
                <li key={route.path}>
                  <NavLink
                    to={hrefOf(route)}
                    end={route.path === ''}
                    className="nav-link"
                    onClick={onNavigate}
                  >
                    {t(route.titleKey)}
                  </NavLink>
                </li>
              ))}
            </ul>
          </div>
        );
      })}
    </nav>
  );
}
