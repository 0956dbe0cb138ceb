/** Fastify type augmentation: the authenticated user on a request and the access rule on a route. */
import type { Role } from '../../shared/roles';
import type { ScopeRule, ScopeTarget } from './scope';

/** The user as the request sees it after authentication. */
export interface AuthUser {
  id: string;
  email: string;
  name: string;
  role: Role;
  locale: 'da' | 'en';
}

/**
 * Who may call a route: `public` (anyone), `authenticated` (any logged-in user), or the
 * least role required. API routes without it require a logged-in user: access fails closed.
 */
export type RouteAccess = 'public' | 'authenticated' | Role;

declare module 'fastify' {
  interface FastifyRequest {
    user: AuthUser | null;
    sessionId: string | null;
    sessionExpiresAt: Date | null;
    /**
     * The user's role where this call acts: their role when one of their scopes covers the
     * call's objects, `member` when they sit in one of its fora, else `reader` (null before the
     * access hook has run, or without a user). Services read it through `viewerOf`.
     */
    effectiveRole: Role | null;
    /**
     * For routes scoped `handler`: refuses (403) unless the user's role for `targets` reaches
     * `required` (installed by the access hooks).
     */
    assertInScope: (targets: readonly ScopeTarget[], required: Role) => Promise<void>;
  }
  interface FastifyContextConfig {
    access?: RouteAccess;
    /** What the route acts on (see platform/scope.ts); required on every state-changing route. */
    scope?: ScopeRule;
    /**
     * False on a public route that never looks at the caller (the health check): the session
     * cookie is then not looked up, saving a query per call. Default: looked up.
     */
    session?: boolean;
    /**
     * False on a public route a mail client calls without a session (the one-click unsubscribe,
     * RFC 8058), authorised by a secret token in its URL instead: no CSRF check. Default: checked.
     */
    csrf?: boolean;
  }
}
