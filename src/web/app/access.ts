/** Pure helpers over the route list: who may open what, and what the navigation shows. */
import type { Me } from '../../shared/auth.contract';
import { hasRole } from '../../shared/roles';
import { NAV_SECTIONS, type AppRoute, type NavSection, type RouteAccess } from './routes';

/** True when the session (or its absence) may open a page with this access. */
export function canAccess(access: RouteAccess, me: Me | null | undefined): boolean {
  if (access === 'public') return true;
  if (!me) return false;
  if (access === 'authenticated') return true;
  return hasRole(me.user.role, access);
}

/** A navigation section with the entries the user may open, in order. */
export interface NavGroup {
  id: NavSection;
  labelKey: (typeof NAV_SECTIONS)[number]['labelKey'];
  items: (AppRoute & { nav: NonNullable<AppRoute['nav']> })[];
}

/** The navigation for a user: sections in order, empty sections left out. */
export function navFor(routes: readonly AppRoute[], me: Me | null | undefined): NavGroup[] {
  return NAV_SECTIONS.map((section) => ({
    id: section.id,
    labelKey: section.labelKey,
    items: routes
      .filter((r): r is NavGroup['items'][number] => r.nav?.section === section.id)
      .filter((r) => r.access !== 'public' && canAccess(r.access, me))
      .sort((a, b) => a.nav.order - b.nav.order),
  })).filter((group) => group.items.length > 0);
}

/** `/` + path. */
export function hrefOf(route: AppRoute): string {
  return `/${route.path}`;
}
