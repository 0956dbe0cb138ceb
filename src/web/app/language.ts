/**
 * Switching language. Logged out, the choice is kept in this browser; logged in, it is also
 * stored on the account (PATCH /api/auth/me), so it follows the user to other computers.
 */
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../shared/i18n/index';
import { saveLanguage, SESSION_KEY, useSession } from '../features/auth/auth.api';
import { useToast } from '../ui/index';
import { i18n, languageOf, rememberLanguage } from './i18n';

let chosenBeforeLogin: Language | null = null;

/** The language the user picked on a logged-out page in this visit, if any. */
export function languageChosenBeforeLogin(): Language | null {
  return chosenBeforeLogin;
}

/** The current language and a function that switches it (and persists the choice). */
export function useLanguage(): { language: Language; setLanguage: (next: Language) => void } {
  const { i18n: instance, t } = useTranslation();
  const session = useSession();
  const queryClient = useQueryClient();
  const toast = useToast();
  const loggedIn = Boolean(session.data);

  const setLanguage = useCallback(
    (next: Language) => {
      rememberLanguage(next);
      void instance.changeLanguage(next);
      if (!loggedIn) {
        chosenBeforeLogin = next;
        return;
      }
      saveLanguage(next).then(
        (me) => queryClient.setQueryData(SESSION_KEY, me),
        () => toast.show(t('errors.unexpected'), 'error'),
      );
    },
    [instance, loggedIn, queryClient, toast, t],
  );

  return { language: languageOf(instance), setLanguage };
}

/**
 * Shows the logged-in user's stored language whenever the session says another one (after
 * login, or when the account was changed elsewhere).
 */
export function useAccountLanguage(): void {
  const { data } = useSession();
  const locale = data?.user.locale;
  useEffect(() => {
    if (!locale || locale === languageOf(i18n)) return;
    rememberLanguage(locale);
    void i18n.changeLanguage(locale);
  }, [locale]);
}
