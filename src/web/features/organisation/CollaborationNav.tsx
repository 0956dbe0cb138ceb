import { NavLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useAsOf, withAsOf } from './as-of';
import { orgPaths } from './org-paths';

/** The pages about one collaboration, as a small navigation with the current one marked. */
export function CollaborationNav({ collaborationId }: { collaborationId: string }) {
  const { t } = useTranslation('organisation');
  const asOf = useAsOf();
  const items = [
    { to: orgPaths.collaboration(collaborationId), label: t('collabNav.overview') },
    { to: orgPaths.chart(collaborationId), label: t('collabNav.chart') },
    { to: orgPaths.health(collaborationId), label: t('collabNav.health') },
    { to: orgPaths.burden(collaborationId), label: t('collabNav.burden') },
  ];
  return (
    <nav className="org-subnav" aria-label={t('collabNav.label')}>
      <ul>
        {items.map((item) => (
          <li key={item.to}>
            <NavLink to={withAsOf(item.to, asOf.date, asOf.today)} end className="org-subnav-link">
              {item.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
