/**
 * The one way the web app talks to the API: same-origin fetch with the session cookie, the CSRF
 * header on state-changing calls (fetched once, refreshed once on a 403 `csrf`), JSON in and
 * out, and every failure as an ApiError. A 401 `unauthenticated` calls the registered handler
 * (the app sends the user to the login page).
 */
import { ApiError, apiErrorFrom } from './api-error';

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** Options for one call. */
export interface RequestOptions {
  /** JSON body. */
  body?: unknown;
  /** Query parameters; undefined, null and '' values are left out. */
  query?: Record<string, string | number | boolean | null | undefined>;
  /** Do not call the unauthenticated handler on 401 (for probing the session). */
  allowUnauthenticated?: boolean;
  signal?: AbortSignal;
}

/** The browser's fetch, replaceable in tests. */
export type Fetch = (input: string, init: RequestInit) => Promise<Response>;

const UNSAFE: ReadonlySet<Method> = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

let fetchImpl: Fetch = (input, init) => fetch(input, init);
let csrfToken: Promise<string> | null = null;
let onUnauthenticated: () => void = () => {
  window.location.assign('/login');
};

/** Replaces fetch (tests) and forgets the cached CSRF token. */
export function setFetch(impl: Fetch): void {
  fetchImpl = impl;
  csrfToken = null;
}

/** Registers what happens when the session is gone (the app routes to the login page). */
export function setUnauthenticatedHandler(handler: () => void): void {
  onUnauthenticated = handler;
}

/** `/api` + path + query string. */
export function apiUrl(path: string, query?: RequestOptions['query']): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const qs = params.toString();
  return `/api${path}${qs ? `?${qs}` : ''}`;
}

async function readBody(response: Response): Promise<unknown> {
  if (response.status === 204) return undefined;
  const text = await response.text();
  if (!text) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

async function send(method: Method, url: string, options: RequestOptions, csrf: string | null) {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  if (csrf) headers['x-csrf-token'] = csrf;
  try {
    return await fetchImpl(url, {
      method,
      headers,
      credentials: 'same-origin',
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: options.signal,
    });
  } catch (err) {
    if (err instanceof DOMException && err.name === 'AbortError') throw err;
    throw new ApiError(0, 'network', null, null);
  }
}

function loadCsrfToken(refresh = false): Promise<string> {
  if (!csrfToken || refresh) {
    const pending = request<{ token: string }>('GET', '/auth/csrf').then((r) => r.token);
    // A failed fetch must not be cached: the next call tries again.
    pending.catch(() => {
      if (csrfToken === pending) csrfToken = null;
    });
    csrfToken = pending;
  }
  return csrfToken;
}

/** Calls the API and returns the parsed JSON body; throws ApiError on any failure. */
export async function request<T>(
  method: Method,
  path: string,
  options: RequestOptions = {},
): Promise<T> {
  const url = apiUrl(path, options.query);
  const unsafe = UNSAFE.has(method);
  let response = await send(method, url, options, unsafe ? await loadCsrfToken() : null);
  let body = await readBody(response);
  let error = response.ok ? null : apiErrorFrom(response.status, body);
  if (unsafe && error?.code === 'csrf') {
    response = await send(method, url, options, await loadCsrfToken(true));
    body = await readBody(response);
    error = response.ok ? null : apiErrorFrom(response.status, body);
  }
  if (error) {
    if (error.code === 'unauthenticated' && !options.allowUnauthenticated) onUnauthenticated();
    throw error;
  }
  return body as T;
}

/** Shorthands. */
export const api = {
  get: <T>(path: string, options?: RequestOptions) => request<T>('GET', path, options),
  post: <T>(path: string, body?: unknown, options?: RequestOptions) =>
    request<T>('POST', path, { ...options, body }),
  patch: <T>(path: string, body?: unknown, options?: RequestOptions) =>
    request<T>('PATCH', path, { ...options, body }),
  put: <T>(path: string, body?: unknown, options?: RequestOptions) =>
    request<T>('PUT', path, { ...options, body }),
  delete: <T>(path: string, options?: RequestOptions) => request<T>('DELETE', path, options),
};
