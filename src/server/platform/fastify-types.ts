/** Fastify type augmentation: the authenticated user on a request and the access rule on a route. */
import type { Role } from '../../shared/roles';

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
  }
  interface FastifyContextConfig {
    access?: RouteAccess;
  }
}
