/** The session and login calls, as react-query hooks. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError } from '../../api/api-error';
import { api } from '../../api/client';
import {
  OIDC_LOGIN_ERRORS,
  type LoginRequest,
  type Me,
  type OidcLoginError,
} from '../../../shared/auth.contract';
import type { Language } from '../../../shared/i18n/index';

/** The query key of the current session (`Me`, or null when logged out). */
export const SESSION_KEY = ['auth', 'me'] as const;

/** Login methods the server offers. */
export interface AuthOptions {
  password: boolean;
  oidc: boolean;
}

/** The start of the OIDC login ("Log ind med organisationens login"). */
export const OIDC_LOGIN_URL = '/api/auth/oidc/login';

/** The text for `?error=<code>` from a failed OIDC login; unknown codes read as `oidc`. */
export function oidcErrorText(code: string, language: Language): string {
  const known = Object.hasOwn(OIDC_LOGIN_ERRORS, code) ? (code as OidcLoginError) : 'oidc';
  return `${OIDC_LOGIN_ERRORS[known][language]}.`;
}

/** Why the user is on the login page, shown as a message there. */
export type LoginReason = 'expired' | 'loggedOut';

/**
 * The login page's address. `next` (where to go after login) is kept only when it is a path on
 * this site, so the parameter cannot send anyone elsewhere.
 */
export function loginUrl(options: { next?: string; reason?: LoginReason } = {}): string {
  const params = new URLSearchParams();
  const next = safeNext(options.next);
  if (next && next !== '/') params.set('next', next);
  if (options.reason) params.set('reason', options.reason);
  const qs = params.toString();
  return `/login${qs ? `?${qs}` : ''}`;
}

/** `next` if it is a local path (not `//host` or `/\host`), else null. */
export function safeNext(next: string | null | undefined): string | null {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\'))
    return null;
  return next.startsWith('/login') ? null : next;
}

async function fetchSession(): Promise<Me | null> {
  try {
    return await api.get<Me>('/auth/me', { allowUnauthenticated: true });
  } catch (error) {
    if (error instanceof ApiError && error.code === 'unauthenticated') return null;
    throw error;
  }
}

/** The current session; `data` is null when nobody is logged in. */
export function useSession() {
  return useQuery({ queryKey: SESSION_KEY, queryFn: fetchSession, staleTime: Infinity });
}

/** The logged-in user's `Me`, for pages behind the guard (which guarantees a session). */
export function useMe(): Me {
  const { data } = useSession();
  if (!data) throw new Error('useMe used outside a logged-in page');
  return data;
}

/** Which login methods are enabled. */
export function useAuthOptions() {
  return useQuery({
    queryKey: ['auth', 'options'],
    queryFn: () => api.get<AuthOptions>('/auth/options'),
    staleTime: Infinity,
  });
}

/** Stores the user's language on the server. */
export function saveLanguage(language: Language): Promise<Me> {
  return api.patch<Me>('/auth/me', { locale: language });
}

/**
 * Logs in. When `keepLanguage` is given (the user picked a language on the login page) and the
 * account has another one stored, the new choice is saved, so the user keeps what they chose.
 */
export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: LoginRequest & { keepLanguage?: Language }): Promise<Me> => {
      const { keepLanguage, ...credentials } = input;
      const me = await api.post<Me>('/auth/login', credentials);
      if (keepLanguage && keepLanguage !== me.user.locale) return saveLanguage(keepLanguage);
      return me;
    },
    onSuccess: (me) => {
      queryClient.setQueryData(SESSION_KEY, me);
    },
  });
}

/**
 * Logs out, then loads the login page afresh: nothing the user saw stays in memory.
 */
export function useLogout() {
  return useMutation({
    mutationFn: () => api.post<void>('/auth/logout'),
    onSettled: () => {
      window.location.assign(loginUrl({ reason: 'loggedOut' }));
    },
  });
}
