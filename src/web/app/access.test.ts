import { describe, expect, it } from 'vitest';
import type { Me } from '../../shared/auth.contract';
import type { Role } from '../../shared/roles';
import { canAccess, navFor } from './access';
import { APP_ROUTES, type AppRoute } from './routes';

function me(role: Role): Me {
  return {
    user: {
      id: '00000000-0000-4000-8000-000000000001',
      email: `${role}@samspil.test`,
      name: role,
      role,
      locale: 'da',
      disabled: false,
      hasPassword: true,
      oidcIssuer: null,
      createdAt: '2026-01-01T00:00:00.000Z',
    },
    session: { expiresAt: '2026-01-01T12:00:00.000Z', idleMinutes: 60 },
  };
}

const labels = (role: Role | null) =>
  navFor(APP_ROUTES, role ? me(role) : null).map((g) => [g.id, g.items.map((r) => r.titleKey)]);

describe('route access', () => {
  it('lets anyone open public pages and only logged-in users the rest', () => {
    expect(canAccess('public', null)).toBe(true);
    expect(canAccess('authenticated', null)).toBe(false);
    expect(canAccess('authenticated', me('reader'))).toBe(true);
  });

  it('follows the role order', () => {
    expect(canAccess('secretariat', me('member'))).toBe(false);
    expect(canAccess('secretariat', me('secretariat'))).toBe(true);
    expect(canAccess('secretariat', me('admin'))).toBe(true);
  });
});

describe('navigation', () => {
  it('shows administration to admins only', () => {
    // Features add main entries of their own; the home page stays first.
    const admin = labels('admin');
    expect(admin.map(([section]) => section)).toEqual(['main', 'admin']);
    expect(admin[0]?.[1]?.[0]).toBe('common:nav.home');
    expect(admin[1]).toEqual([
      'admin',
      ['common:nav.users', 'common:nav.audit', 'history:ui.title'],
    ]);
    // The secretariat's one administrative tool: bringing history in.
    expect(labels('secretariat')[1]).toEqual(['admin', ['history:ui.title']]);
    expect(labels('member').map(([section]) => section)).toEqual(['main']);
    expect(labels(null)).toEqual([]);
  });

  it('orders entries by `order`, whatever their place in the list', () => {
    const load = async () => () => null;
    const routes: AppRoute[] = [
      {
        path: 'b',
        titleKey: 'common:nav.audit',
        access: 'authenticated',
        load,
        nav: { section: 'main', order: 20 },
      },
      {
        path: 'a',
        titleKey: 'common:nav.users',
        access: 'authenticated',
        load,
        nav: { section: 'main', order: 10 },
      },
      { path: 'x', titleKey: 'common:nav.home', access: 'authenticated', load },
    ];
    expect(navFor(routes, me('reader'))[0]?.items.map((r) => r.path)).toEqual(['a', 'b']);
  });

  it('has unique paths', () => {
    const paths = APP_ROUTES.map((r) => r.path);
    expect(new Set(paths).size).toBe(paths.length);
  });
});
