import { describe, expect, it } from 'vitest';
import { loginUrl, oidcErrorText, safeNext } from './auth.api';

describe('login address', () => {
  it('keeps a local next path and the reason', () => {
    expect(loginUrl({ next: '/admin/audit?action=auth.login', reason: 'expired' })).toBe(
      '/login?next=%2Fadmin%2Faudit%3Faction%3Dauth.login&reason=expired',
    );
    expect(loginUrl({ next: '/' })).toBe('/login');
    expect(loginUrl()).toBe('/login');
  });

  it('refuses next values that would leave the site or loop', () => {
    for (const next of [
      'https://evil.example',
      '//evil.example',
      '/\\evil.example',
      'admin',
      '/login?x=1',
    ]) {
      expect(safeNext(next), next).toBeNull();
    }
    expect(safeNext('/admin/users')).toBe('/admin/users');
  });
});

describe('OIDC login errors', () => {
  it('words known codes in the language and unknown ones as the general failure', () => {
    expect(oidcErrorText('oidc-disabled', 'da')).toBe(
      'Din bruger er deaktiveret. Kontakt en administrator.',
    );
    expect(oidcErrorText('oidc-disabled', 'en')).toBe(
      'Your account is disabled. Contact an administrator.',
    );
    expect(oidcErrorText('toString', 'da')).toBe(oidcErrorText('oidc', 'da'));
    expect(oidcErrorText('whatever', 'en')).toMatch(/^Logging in through your organisation failed/);
  });
});
