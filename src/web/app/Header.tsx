import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../shared/i18n/index';
import { useLogout, useSession } from '../features/auth/auth.api';
import { Button } from '../ui/index';
import { useLanguage } from './language';

/** Props of {@link Header}. */
export interface HeaderProps {
  loggedIn: boolean;
  /** The navigation's id, for the menu button on small screens. */
  navId: string;
  menuOpen: boolean;
  onToggleMenu: () => void;
}

/** The site header (banner): name, menu button (small screens), language and account. */
export function Header({ loggedIn, navId, menuOpen, onToggleMenu }: HeaderProps) {
  const { t } = useTranslation();
  return (
    <header className="site-header">
      <div className="site-header-inner">
        {loggedIn ? (
          <button
            type="button"
            className="menu-button"
            aria-expanded={menuOpen}
            aria-controls={navId}
            onClick={onToggleMenu}
          >
            <span className="menu-icon" aria-hidden="true" />
            {t('nav.menu')}
          </button>
        ) : null}
        <Link to="/" className="brand">
          <span className="brand-name">{t('appName')}</span>
          <span className="brand-tagline">{t('tagline')}</span>
        </Link>
        <div className="header-tools">
          <LanguageSwitch />
          {loggedIn ? <Account /> : null}
        </div>
      </div>
    </header>
  );
}

/** One button that switches to the other language, labelled in that language. */
function LanguageSwitch() {
  const { t } = useTranslation();
  const { language, setLanguage } = useLanguage();
  const other: Language = language === 'da' ? 'en' : 'da';
  return (
    <button
      type="button"
      className="header-button"
      lang={other}
      aria-label={t('language.switchTo', { language: t(`language.${other}`), lng: other })}
      onClick={() => setLanguage(other)}
    >
      {t(`language.${other}`)}
    </button>
  );
}

/** Who is logged in, and the logout button. */
function Account() {
  const { t } = useTranslation();
  const { data } = useSession();
  const logout = useLogout();
  if (!data) return null;
  return (
    <div className="account">
      <span className="account-name">
        <span className="visually-hidden">{t('account.loggedInAs')} </span>
        {data.user.name}
        <span className="account-role">{t(`roles.${data.user.role}`)}</span>
      </span>
      <Button
        variant="ghost"
        size="sm"
        className="header-button"
        busy={logout.isPending}
        onClick={() => logout.mutate()}
      >
        {logout.isPending ? t('account.loggingOut') : t('account.logout')}
      </Button>
    </div>
  );
}
