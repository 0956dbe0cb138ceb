import { useEffect, useId, useLayoutEffect, useRef, useState } from 'react';
import { Outlet, useLocation, useMatches, useNavigation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useSession } from '../features/auth/auth.api';
import { ProgressBar } from '../ui/index';
import { Footer } from './Footer';
import { Header } from './Header';
import { ALL_NAMESPACES, type TranslationKey } from './i18n';
import { useAccountLanguage } from './language';
import { Nav } from './Nav';

/** What a route carries for the shell (see router.tsx). */
export interface RouteHandle {
  titleKey: TranslationKey;
}

function isRouteHandle(value: unknown): value is RouteHandle {
  return typeof value === 'object' && value !== null && 'titleKey' in value;
}

/** Sets the browser tab's title from the route (pages may refine it via PageHeader). */
function useRouteTitle(): void {
  const { t } = useTranslation(ALL_NAMESPACES);
  const matches = useMatches();
  const handle = [...matches].reverse().find((m) => isRouteHandle(m.handle))?.handle;
  const titleKey = isRouteHandle(handle) ? handle.titleKey : null;
  const page = titleKey ? t(titleKey) : null;
  const appName = t('common:appName');
  // A layout effect runs before the page's own (passive) title effect, which may override it.
  useLayoutEffect(() => {
    document.title = page ? t('common:pageTitle', { page }) : appName;
  }, [page, appName, t]);
}

/**
 * After client-side navigation, focus moves to the new page's heading, so screen readers
 * announce it and keyboard users start from the top of the content.
 */
function useFocusOnNavigate(): void {
  const { pathname } = useLocation();
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const heading = document.querySelector<HTMLElement>('[data-page-heading]');
    (heading ?? document.getElementById('main'))?.focus();
  }, [pathname]);
}

/** The shell: skip link, header, navigation (when logged in), main content, footer. */
export function Layout() {
  const { t } = useTranslation();
  const session = useSession();
  const navigation = useNavigation();
  const navId = useId();
  const [menuOpen, setMenuOpen] = useState(false);
  useAccountLanguage();
  useRouteTitle();
  useFocusOnNavigate();
  const loggedIn = Boolean(session.data);
  const loading = navigation.state === 'loading';

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t('skipToContent')}
      </a>
      <div className="nav-progress" aria-hidden={!loading}>
        {loading ? <ProgressBar label={t('status.loadingPage')} /> : null}
      </div>
      <Header
        loggedIn={loggedIn}
        navId={navId}
        menuOpen={menuOpen}
        onToggleMenu={() => setMenuOpen((open) => !open)}
      />
      <div className={`shell${loggedIn ? ' shell-with-nav' : ''}`}>
        {loggedIn ? <Nav id={navId} open={menuOpen} onNavigate={() => setMenuOpen(false)} /> : null}
        <main id="main" className="main" tabIndex={-1}>
          <Outlet />
        </main>
      </div>
      <Footer />
    </div>
  );
}
