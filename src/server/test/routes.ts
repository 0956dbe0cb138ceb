/**
 * The route list, collected from Fastify's `onRoute` hook while the app is built, so the
 * route-matrix tests cover every route, including ones added later, without a hand-kept list.
 */
import type { RouteOptions } from 'fastify';
import { z } from 'zod';
import type { RouteAccess } from '../platform/fastify-types';
import type { ScopeRule } from '../platform/scope';

/** One registered route (one method), as the matrix tests need it. */
export interface CollectedRoute {
  method: string;
  /** The full URL pattern with its prefix, e.g. `/api/users/:id`. */
  url: string;
  /** `config.access`, defaulting to `authenticated` as the auth hook does. */
  access: RouteAccess;
  /** Whether the route states its access itself instead of relying on the default. */
  accessDeclared: boolean;
  /** `config.scope`: what the route acts on (see platform/scope.ts), if declared. */
  scope: ScopeRule | undefined;
  params: z.ZodType | null;
  querystring: z.ZodType | null;
  body: z.ZodType | null;
}

function zodOrNull(value: unknown): z.ZodType | null {
  return value instanceof z.ZodType ? value : null;
}

/** A collector to hand to `buildApp({ onRoute })` and the list it fills. */
export function collectRoutes(): {
  onRoute: (route: RouteOptions) => void;
  routes: CollectedRoute[];
} {
  const routes: CollectedRoute[] = [];
  const onRoute = (route: RouteOptions) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    const config = route.config as { access?: RouteAccess; scope?: ScopeRule } | undefined;
    const schema = route.schema ?? {};
    for (const method of methods) {
      routes.push({
        method: String(method).toUpperCase(),
        url: route.url,
        access: config?.access ?? 'authenticated',
        accessDeclared: config?.access !== undefined,
        scope: config?.scope,
        params: zodOrNull(schema.params),
        querystring: zodOrNull(schema.querystring),
        body: zodOrNull(schema.body),
      });
    }
  };
  return { onRoute, routes };
}

/** The API routes the matrix covers: everything under /api except the OpenAPI docs and HEAD. */
export function apiRoutes(routes: readonly CollectedRoute[]): CollectedRoute[] {
  return routes.filter(
    (r) =>
      r.url.startsWith('/api/') &&
      !r.url.startsWith('/api/docs') &&
      r.method !== 'HEAD' &&
      r.method !== 'OPTIONS',
  );
}

/** The names of a route's path parameters, e.g. `['id']` for `/api/users/:id`. */
export function pathParamNames(url: string): string[] {
  return [...url.matchAll(/:([A-Za-z0-9_]+)/g)].map((m) => m[1] as string);
}

/**
 * Fills the path parameters (and a trailing wildcard) with the given raw, already-encoded
 * values; a parameter's regex constraint, if any, is dropped from the pattern.
 */
export function fillPath(url: string, value: (name: string) => string): string {
  return url
    .replace(/:([A-Za-z0-9_]+)(\([^)]*\))?/g, (_m, name: string) => value(name))
    .replace(/\*$/, () => value('*'));
}
