/**
 * A real OpenID provider for tests (oidc-provider 9 on a random localhost port) and a tiny
 * cookie-keeping "browser" that completes its development login and consent forms.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';

/** The claims the provider releases for one test account. */
export interface ProviderAccount {
  email?: string;
  email_verified?: boolean;
  name?: string;
  /** Released with the profile scope (for the group → scope mapping). */
  groups?: string[];
}

/** A running provider: its issuer URL, client, accounts (editable) and a way to stop it. */
export interface TestProvider {
  issuer: string;
  clientId: string;
  clientSecret: string;
  accounts: Map<string, ProviderAccount>;
  close: () => Promise<void>;
}

/** Starts a provider with one confidential client whose redirect URI is `redirectUri`. */
export async function startTestProvider(redirectUri: string): Promise<TestProvider> {
  let handler: (req: IncomingMessage, res: ServerResponse) => void = (_req, res) => res.end();
  const server: Server = createServer((req, res) => handler(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const issuer = `http://127.0.0.1:${port}`;
  const accounts = new Map<string, ProviderAccount>();
  const clientId = 'samspil-test';
  const clientSecret = 'provider-test-secret-provider-test-secret';
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: [redirectUri],
        response_types: ['code'],
        grant_types: ['authorization_code'],
      },
    ],
    claims: {
      openid: ['sub'],
      email: ['email', 'email_verified'],
      profile: ['name', 'groups'],
    },
    cookies: { keys: ['oidc-test-cookie-key-oidc-test-cookie-key'] },
    ttl: {
      AccessToken: 600,
      AuthorizationCode: 60,
      Grant: 600,
      IdToken: 600,
      Interaction: 600,
      Session: 600,
    },
    features: { devInteractions: { enabled: true } },
    findAccount: (_ctx, sub) => {
      const account = accounts.get(sub);
      if (!account) return undefined;
      return { accountId: sub, claims: () => ({ sub, ...account }) };
    },
  });
  handler = provider.callback();
  return {
    issuer,
    clientId,
    clientSecret,
    accounts,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** A browser stand-in: follows redirects by hand and keeps the provider's cookies. */
export class TestBrowser {
  private readonly jar = new Map<string, string>();

  private remember(res: Response): void {
    for (const line of res.headers.getSetCookie()) {
      const [pair = ''] = line.split(';');
      const at = pair.indexOf('=');
      const name = pair.slice(0, at).trim();
      const value = pair.slice(at + 1).trim();
      if (value === '' || /expires=Thu, 01 Jan 1970/i.test(line)) this.jar.delete(name);
      else this.jar.set(name, value);
    }
  }

  private async send(url: URL, form?: URLSearchParams): Promise<Response> {
    const headers: Record<string, string> = {};
    if (this.jar.size) headers.cookie = [...this.jar].map(([k, v]) => `${k}=${v}`).join('; ');
    const res = await fetch(url, {
      method: form ? 'POST' : 'GET',
      redirect: 'manual',
      headers,
      ...(form ? { body: form } : {}),
    });
    this.remember(res);
    return res;
  }

  /**
   * Goes to `start`, logs in as `login` and consents when asked, and returns the URL the
   * provider finally redirects to under `stopAt` (the app's callback).
   */
  async authorize(start: string, login: string, stopAt: string): Promise<URL> {
    let url = new URL(start);
    let form: URLSearchParams | undefined;
    for (let step = 0; step < 20; step += 1) {
      const res = await this.send(url, form);
      form = undefined;
      const location = res.headers.get('location');
      if (res.status >= 300 && res.status < 400 && location) {
        url = new URL(location, url);
        if (url.href.startsWith(stopAt)) return url;
        continue;
      }
      const html = await res.text();
      const prompt = /name="prompt" value="(\w+)"/.exec(html)?.[1];
      const action = /<form[^>]*action="([^"]+)"/.exec(html)?.[1];
      if (res.status !== 200 || !prompt || !action) {
        throw new Error(`provider answered ${res.status}: ${html.slice(0, 500)}`);
      }
      url = new URL(action.replace(/&amp;/g, '&'), url);
      form = new URLSearchParams({ prompt, login, password: 'any' });
    }
    throw new Error('too many redirects at the provider');
  }
}
