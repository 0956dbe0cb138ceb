import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { User } from '../../../shared/auth.contract';
import { Alert, Button } from '../../ui/index';
import { scopesMatter } from './scope-view';

/** The page's memory of a new account that still needs scopes (see {@link useNewUserScopes}). */
export interface NewUserScopes {
  /** The member or secretariat just created, until scopes are saved or the hint dismissed. */
  user: User | null;
  /** An account was created: remember it when its role needs scopes. */
  created: (user: User) => void;
  /** Scopes were saved for `userId`: the hint goes, and focus moves to that user's row. */
  saved: (userId: string) => void;
  dismiss: () => void;
}

/**
 * A new member or secretariat has no scopes, so the role holds only through seats: the page keeps
 * the account to offer its scopes. `dialogOpen` tells when the scopes dialog has closed: saving
 * from the hint takes the hint (and the button that opened the dialog) away, so focus then goes to
 * the user's scopes button in the table instead of the page's start.
 */
export function useNewUserScopes(dialogOpen: boolean): NewUserScopes {
  const [user, setUser] = useState<User | null>(null);
  const focusOf = useRef<string | null>(null);

  useEffect(() => {
    const id = focusOf.current;
    if (dialogOpen || id === null) return;
    focusOf.current = null;
    document.querySelector<HTMLElement>(`[data-scopes-for="${CSS.escape(id)}"]`)?.focus();
  }, [dialogOpen]);

  return {
    user,
    created: (created) => setUser(scopesMatter(created.role) ? created : null),
    saved: (userId) => {
      if (user?.id !== userId) return;
      focusOf.current = userId;
      setUser(null);
    },
    dismiss: () => setUser(null),
  };
}

/** Props of {@link NewUserScopesHint}. */
export interface NewUserScopesHintProps {
  hint: NewUserScopes;
  /** Opens the scopes dialog for the new account. */
  onGive: (user: User) => void;
}

/** "Karen har endnu ingen adgangsområder", with buttons to give them now or later. */
export function NewUserScopesHint({ hint, onGive }: NewUserScopesHintProps) {
  const { t } = useTranslation(['users', 'common']);
  const { user } = hint;
  if (!user) return null;
  return (
    <Alert
      tone="warning"
      title={t('created.title', { name: user.name })}
      action={
        <div className="button-row">
          <Button
            variant="primary"
            aria-label={t('created.actionFor', { name: user.name })}
            onClick={() => onGive(user)}
          >
            {t('created.action')}
          </Button>
          <Button onClick={hint.dismiss}>{t('created.later')}</Button>
        </div>
      }
    >
      {t('created.body', { role: t(`common:roles.${user.role}`) })}
    </Alert>
  );
}
