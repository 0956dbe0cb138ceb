import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { hrefOf, navFor } from '../../app/access';
import { ALL_NAMESPACES } from '../../app/i18n';
import { APP_ROUTES } from '../../app/routes';
import { PageHeader } from '../../ui/index';
import { useMe } from '../auth/auth.api';
import { MyRounds } from './MyRounds';
import { MyWork } from './MyWork';
import './home.css';

/**
 * The start page: a greeting with the user's role, the reporting rounds they owe, "Mit arbejde"
 * (meetings, deadlines, cases, what came back, what is due), what Samspil is, and shortcuts.
 */
export function HomePage() {
  const { t } = useTranslation(ALL_NAMESPACES);
  const me = useMe();
  const shortcuts = navFor(APP_ROUTES, me)
    .flatMap((group) => group.items)
    .filter((route) => route.path !== '');

  return (
    <>
      <PageHeader
        title={t('home:greeting', { name: me.user.name })}
        description={<p>{t('home:role', { role: t(`common:roles.${me.user.role}`) })}</p>}
      />
      <MyRounds />
      <MyWork />
      <div className="home-grid">
        <section className="home-about" aria-labelledby="home-about">
          <h2 id="home-about">{t('home:aboutHeading')}</h2>
          <p>{t('home:about1')}</p>
          <p>{t('home:about2')}</p>
        </section>
        <section aria-labelledby="home-shortcuts">
          <h2 id="home-shortcuts">{t('home:shortcutsHeading')}</h2>
          {shortcuts.length === 0 ? (
            <p className="muted">{t('home:noShortcuts')}</p>
          ) : (
            <ul className="shortcuts">
              {shortcuts.map((route) => (
                <li key={route.path} className="shortcut">
                  <Link to={hrefOf(route)} className="shortcut-link">
                    {t(route.titleKey)}
                  </Link>
                  {route.nav.descriptionKey ? (
                    <p className="shortcut-description">{t(route.nav.descriptionKey)}</p>
                  ) : null}
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
    </>
  );
}
