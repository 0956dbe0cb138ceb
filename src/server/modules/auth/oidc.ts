/**
 * The OpenID Connect relying party, on openid-client v6: discovery (cached per process), the
 * authorization-code request with PKCE S256, state and nonce (ASVS 10.2.1, 10.5.1), and the
 * callback, where openid-client checks state, `iss` (10.2.2), the ID token's signature, nonce,
 * `aud` (10.5.4) and expiry. The flow's secrets travel in a short-lived signed HttpOnly cookie.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import * as client from 'openid-client';
import { z } from 'zod';
import type { Config, OidcConfig } from '../../config';
import { EmailSchema } from '../../../shared/auth.contract';

/** How long a started login may take at the identity provider. */
const FLOW_TTL_MS = 10 * 60_000;

/** Seconds before a request to the identity provider is given up. */
const PROVIDER_TIMEOUT_SECONDS = 10;

/** What the identity provider vouches for; the account is keyed by issuer + subject (6.8.1). */
export interface OidcIdentity {
  issuer: string;
  subject: string;
  /** A usable e-mail address, or null when none (or an unverified one) was given. */
  email: string | null;
  name: string | null;
  /** The groups in the configured claim (for the group → scope mapping); empty when none. */
  groups: string[];
}

/** The groups in a claim: a list of strings, or one string. */
function groupsOf(profile: Record<string, unknown>, claim: string): string[] {
  const value = profile[claim];
  if (typeof value === 'string') return [value];
  return Array.isArray(value) ? value.filter((g): g is string => typeof g === 'string') : [];
}

const FlowSchema = z.object({
  state: z.string().min(1),
  nonce: z.string().min(1),
  verifier: z.string().min(43),
  expiresAt: z.number().int(),
});

/** The per-login secrets kept in the flow cookie between redirect and callback. */
export type OidcFlow = z.infer<typeof FlowSchema>;

const discovered = new Map<string, Promise<client.Configuration>>();

async function discover(oidc: OidcConfig): Promise<client.Configuration> {
  // client_secret_basic is the OIDC default token endpoint authentication method.
  const auth = oidc.clientSecret ? client.ClientSecretBasic(oidc.clientSecret) : client.None();
  return client.discovery(new URL(oidc.issuer), oidc.clientId, undefined, auth, {
    timeout: PROVIDER_TIMEOUT_SECONDS,
    ...(oidc.allowInsecure ? { execute: [client.allowInsecureRequests] } : {}),
  });
}

/**
 * The provider's metadata and our client, discovered once per process. A failed discovery is
 * not cached, so the next login tries again.
 */
export function getOidcConfiguration(oidc: OidcConfig): Promise<client.Configuration> {
  const key = JSON.stringify([oidc.issuer, oidc.clientId, oidc.clientSecret, oidc.allowInsecure]);
  let pending = discovered.get(key);
  if (!pending) {
    pending = discover(oidc);
    discovered.set(key, pending);
    pending.catch(() => discovered.delete(key));
  }
  return pending;
}

/** The flow cookie's name; `__Host-` (Secure, Path=/, no Domain) in production. */
export function oidcFlowCookieName(config: Config): string {
  return config.env === 'production' ? '__Host-samspil_oidc' : 'samspil_oidc';
}

/** Creates the flow secrets and the URL to send the browser to. */
export async function buildAuthorizationRedirect(
  oidc: OidcConfig,
  now = Date.now(),
): Promise<{ url: URL; flow: OidcFlow }> {
  const configuration = await getOidcConfiguration(oidc);
  const flow: OidcFlow = {
    state: client.randomState(),
    nonce: client.randomNonce(),
    verifier: client.randomPKCECodeVerifier(),
    expiresAt: now + FLOW_TTL_MS,
  };
  const url = client.buildAuthorizationUrl(configuration, {
    redirect_uri: oidc.redirectUri,
    scope: oidc.scopes,
    code_challenge: await client.calculatePKCECodeChallenge(flow.verifier),
    code_challenge_method: 'S256',
    state: flow.state,
    nonce: flow.nonce,
  });
  return { url, flow };
}

/** Stores the flow in a signed HttpOnly cookie; SameSite=Lax so the callback navigation has it. */
export function setFlowCookie(reply: FastifyReply, config: Config, flow: OidcFlow): void {
  reply.setCookie(oidcFlowCookieName(config), JSON.stringify(flow), {
    ...flowCookieOptions(config),
    signed: true,
    maxAge: FLOW_TTL_MS / 1000,
  });
}

/** The flow cookie's attributes; clearing needs the same ones, or a `__Host-` cookie stays. */
function flowCookieOptions(config: Config) {
  return {
    path: '/',
    httpOnly: true,
    sameSite: 'lax' as const,
    secure: config.env === 'production',
  };
}

/** Removes the flow cookie; every callback does this, so a flow can be used once. */
export function clearFlowCookie(reply: FastifyReply, config: Config): void {
  reply.clearCookie(oidcFlowCookieName(config), flowCookieOptions(config));
}

/** The flow from a request's cookie, or null when absent, tampered with or expired. */
export function readFlowCookie(
  request: FastifyRequest,
  config: Config,
  now = Date.now(),
): OidcFlow | null {
  const raw = request.cookies[oidcFlowCookieName(config)];
  if (!raw) return null;
  const unsigned = request.unsignCookie(raw);
  if (!unsigned.valid || unsigned.value === null) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(unsigned.value);
  } catch {
    return null;
  }
  const flow = FlowSchema.safeParse(parsed);
  return flow.success && flow.data.expiresAt > now ? flow.data : null;
}

/**
 * The URL the provider redirected to, rebuilt on the configured redirect URI rather than on the
 * request's Host header, so a proxy or a forged header cannot change what is validated.
 */
export function callbackUrl(oidc: OidcConfig, requestUrl: string): URL {
  const url = new URL(oidc.redirectUri);
  url.search = new URL(requestUrl, 'http://callback.invalid').search;
  return url;
}

function usableEmail(profile: Record<string, unknown>): string | null {
  if (profile.email_verified === false) return null;
  const parsed = EmailSchema.safeParse(profile.email);
  return parsed.success ? parsed.data : null;
}

function displayName(profile: Record<string, unknown>): string | null {
  const text = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : null);
  const full = [text(profile.given_name), text(profile.family_name)].filter(Boolean).join(' ');
  return (text(profile.name) ?? text(full))?.slice(0, 200) ?? null;
}

/**
 * Validates the callback and exchanges the code (PKCE). Claims missing from the ID token are
 * read from the userinfo endpoint, whose `sub` must match. Throws on any failed check.
 */
export async function completeAuthorization(
  oidc: OidcConfig,
  currentUrl: URL,
  flow: OidcFlow,
): Promise<OidcIdentity> {
  const configuration = await getOidcConfiguration(oidc);
  const tokens = await client.authorizationCodeGrant(configuration, currentUrl, {
    pkceCodeVerifier: flow.verifier,
    expectedState: flow.state,
    expectedNonce: flow.nonce,
    idTokenExpected: true,
  });
  const claims = tokens.claims();
  if (!claims) throw new Error('the token response has no ID token');
  let profile: Record<string, unknown> = claims;
  const needsMore =
    usableEmail(claims) === null ||
    displayName(claims) === null ||
    (oidc.groupScopes !== null && claims[oidc.groupsClaim] === undefined);
  if (needsMore && configuration.serverMetadata().userinfo_endpoint) {
    const info = await client.fetchUserInfo(configuration, tokens.access_token, claims.sub);
    profile = { ...info, ...claims };
  }
  return {
    issuer: claims.iss,
    subject: claims.sub,
    email: usableEmail(profile),
    name: displayName(profile),
    groups: groupsOf(profile, oidc.groupsClaim),
  };
}
