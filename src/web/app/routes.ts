/**
 * Every page of the web app and the navigation, in one list. To add a page, append an entry:
 *
 * ```ts
 * {
 *   path: 'organisation',
 *   titleKey: 'organisation:title',
 *   access: 'authenticated',
 *   load: () => import('../features/organisation/OrganisationPage').then((m) => m.OrganisationPage),
 *   nav: { section: 'main', order: 20, descriptionKey: 'organisation:navDescription' },
 * },
 * ```
 *
 * Pages without `nav` (detail pages such as `organisation/:forumId`) are reachable by links only.
 * The router, the guard (login and role), the navigation and the home page's shortcuts all read
 * this list.
 */
import type { ComponentType } from 'react';
import type { Role } from '../../shared/roles';
import type { TranslationKey } from './i18n';
import { COLLABORATION_ROUTES } from './routes-collaboration';

/** Who may open a page: anyone, any logged-in user, or users with at least this role. */
export type RouteAccess = 'public' | 'authenticated' | Role;

/** The navigation's sections, in the order they are shown. */
export const NAV_SECTIONS = [
  { id: 'main', labelKey: null },
  { id: 'admin', labelKey: 'common:nav.admin' },
] as const satisfies readonly { id: string; labelKey: TranslationKey | null }[];

/** A navigation section id. */
export type NavSection = (typeof NAV_SECTIONS)[number]['id'];

/** One page. */
export interface AppRoute {
  /** The path without a leading slash (`''` is the home page); `:param` segments allowed. */
  path: string;
  /** The page title (browser tab) and navigation label. */
  titleKey: TranslationKey;
  access: RouteAccess;
  /** Loads the page component; each page becomes its own code-split chunk. */
  load: () => Promise<ComponentType>;
  /** Show in the navigation (and as a shortcut on the home page). */
  nav?: {
    section: NavSection;
    /** Position within the section; leave gaps (10, 20, …) so others can slot in. */
    order: number;
    /** One line for the home page's shortcut card. */
    descriptionKey?: TranslationKey;
  };
}

/** All pages. Append new features here. */
export const APP_ROUTES: AppRoute[] = [
  {
    path: 'login',
    titleKey: 'auth:login.title',
    access: 'public',
    load: () => import('../features/auth/LoginPage').then((m) => m.LoginPage),
  },
  {
    path: '',
    titleKey: 'common:nav.home',
    access: 'authenticated',
    load: () => import('../features/home/HomePage').then((m) => m.HomePage),
    nav: { section: 'main', order: 0, descriptionKey: 'common:nav.homeDescription' },
  },
  {
    path: 'search',
    titleKey: 'search:title',
    access: 'authenticated',
    load: () => import('../features/search/SearchPage').then((m) => m.SearchPage),
    nav: { section: 'main', order: 10, descriptionKey: 'search:navDescription' },
  },
  {
    path: 'organisation',
    titleKey: 'organisation:title',
    access: 'authenticated',
    load: () => import('../features/organisation/OrganisationPage').then((m) => m.OrganisationPage),
    nav: { section: 'main', order: 20, descriptionKey: 'organisation:navDescription' },
  },
  {
    path: 'organisation/search',
    titleKey: 'organisation:search.title',
    access: 'authenticated',
    load: () => import('../features/organisation/SearchPage').then((m) => m.SearchPage),
  },
  {
    path: 'organisation/import',
    titleKey: 'organisation:import.title',
    access: 'secretariat',
    load: () => import('../features/organisation/ImportPage').then((m) => m.ImportPage),
  },
  {
    path: 'organisation/collaborations/:collaborationId/office-holders',
    titleKey: 'organisation:holders.title',
    access: 'secretariat',
    load: () =>
      import('../features/organisation/holders/OfficeHoldersPage').then((m) => m.OfficeHoldersPage),
  },
  {
    path: 'organisation/omorganisering',
    titleKey: 'reorganisation:title',
    access: 'secretariat',
    load: () =>
      import('../features/reorganisation/ReformWizardPage').then((m) => m.ReformWizardPage),
  },
  {
    path: 'organisation/collaborations/:collaborationId',
    titleKey: 'organisation:overview.title',
    access: 'authenticated',
    load: () =>
      import('../features/organisation/CollaborationPage').then((m) => m.CollaborationPage),
  },
  {
    path: 'organisation/collaborations/:collaborationId/health',
    titleKey: 'organisation:health.title',
    access: 'authenticated',
    load: () => import('../features/organisation/HealthPage').then((m) => m.HealthPage),
  },
  {
    path: 'organisation/collaborations/:collaborationId/burden',
    titleKey: 'organisation:burden.title',
    access: 'authenticated',
    load: () => import('../features/organisation/BurdenPage').then((m) => m.BurdenPage),
  },
  {
    path: 'organisation/collaborations/:collaborationId/chart',
    titleKey: 'organisation:chart.title',
    access: 'authenticated',
    load: () => import('../features/organisation/chart/ChartPage').then((m) => m.ChartPage),
  },
  {
    path: 'organisation/fora/:forumId',
    titleKey: 'organisation:forum.title',
    access: 'authenticated',
    load: () => import('../features/organisation/ForumPage').then((m) => m.ForumPage),
  },
  {
    path: 'organisation/persons/:personId',
    titleKey: 'organisation:person.title',
    access: 'authenticated',
    load: () => import('../features/organisation/PersonPage').then((m) => m.PersonPage),
  },
  {
    path: 'organisation/parties/:partyId',
    titleKey: 'organisation:party.title',
    access: 'authenticated',
    load: () => import('../features/organisation/PartyPage').then((m) => m.PartyPage),
  },
  {
    path: 'meetings',
    titleKey: 'meetings:title',
    access: 'authenticated',
    load: () => import('../features/meetings/MeetingsPage').then((m) => m.MeetingsPage),
    nav: { section: 'main', order: 30, descriptionKey: 'meetings:navDescription' },
  },
  {
    path: 'meetings/series',
    titleKey: 'meetings:seriesPage.title',
    access: 'secretariat',
    load: () => import('../features/meetings/SeriesPage').then((m) => m.SeriesPage),
  },
  {
    path: 'meetings/process',
    titleKey: 'meetings:processPage.title',
    access: 'secretariat',
    load: () => import('../features/meetings/ProcessPage').then((m) => m.ProcessPage),
  },
  {
    path: 'meetings/:meetingId',
    titleKey: 'meetings:page.title',
    access: 'authenticated',
    load: () => import('../features/meetings/MeetingPage').then((m) => m.MeetingPage),
  },
  {
    // A tab of a meeting (agenda, minutes, …): the links of search hits and e-mails.
    path: 'meetings/:meetingId/:tab',
    titleKey: 'meetings:page.title',
    access: 'authenticated',
    load: () => import('../features/meetings/MeetingPage').then((m) => m.MeetingPage),
  },
  {
    path: 'cases',
    titleKey: 'cases:title',
    access: 'authenticated',
    load: () => import('../features/cases/CasesPage').then((m) => m.CasesPage),
    nav: { section: 'main', order: 40, descriptionKey: 'cases:navDescription' },
  },
  {
    path: 'cases/new',
    titleKey: 'cases:ui.raise.title',
    access: 'member',
    load: () => import('../features/cases/RaiseCasePage').then((m) => m.RaiseCasePage),
  },
  {
    path: 'cases/screening',
    titleKey: 'cases:ui.screening.title',
    access: 'authenticated',
    load: () => import('../features/cases/ScreeningPage').then((m) => m.ScreeningPage),
  },
  {
    path: 'cases/returned',
    titleKey: 'cases:ui.returned.title',
    access: 'authenticated',
    load: () => import('../features/cases/ReturnedPage').then((m) => m.ReturnedPage),
  },
  {
    path: 'cases/:caseId',
    titleKey: 'cases:passport.title',
    access: 'authenticated',
    load: () => import('../features/cases/CasePage').then((m) => m.CasePage),
  },
  {
    path: 'plans',
    titleKey: 'plans:title',
    access: 'authenticated',
    load: () => import('../features/plans/PlansPage').then((m) => m.PlansPage),
    nav: { section: 'main', order: 45, descriptionKey: 'plansUi:navDescription' },
  },
  {
    path: 'plans/:planId',
    titleKey: 'plans:title',
    access: 'authenticated',
    load: () => import('../features/plans/PlanPage').then((m) => m.PlanPage),
  },
  {
    path: 'plans/:planId/initiatives/:initiativeId',
    titleKey: 'plansUi:overview.initiative',
    access: 'authenticated',
    load: () => import('../features/plans/InitiativePage').then((m) => m.InitiativePage),
  },
  {
    path: 'plans/:planId/heatmap',
    titleKey: 'plansUi:heatmap.title',
    access: 'authenticated',
    load: () => import('../features/plans/HeatmapPage').then((m) => m.HeatmapPage),
  },
  {
    path: 'plans/:planId/progress',
    titleKey: 'plansUi:progress.title',
    access: 'authenticated',
    load: () => import('../features/plans/ProgressPage').then((m) => m.ProgressPage),
  },
  {
    path: 'plans/:planId/rounds',
    titleKey: 'plansUi:rounds.title',
    access: 'authenticated',
    load: () => import('../features/plans/RoundsPage').then((m) => m.RoundsPage),
  },
  {
    path: 'plans/:planId/priorities',
    titleKey: 'plansUi:priorities.title',
    access: 'authenticated',
    load: () => import('../features/plans/PrioritiesPage').then((m) => m.PrioritiesPage),
  },
  {
    path: 'plans/:planId/indicators',
    titleKey: 'plansUi:indicators.title',
    access: 'authenticated',
    load: () => import('../features/plans/IndicatorsPage').then((m) => m.IndicatorsPage),
  },
  {
    path: 'plans/:planId/import',
    titleKey: 'plansUi:importPlan.title',
    access: 'secretariat',
    load: () => import('../features/plans/PlanImportPage').then((m) => m.PlanImportPage),
  },
  {
    path: 'plans/:planId/parties/:partyId',
    titleKey: 'plansUi:profile.title',
    access: 'authenticated',
    load: () => import('../features/plans/ProfilePage').then((m) => m.ProfilePage),
  },
  {
    path: 'plan-rounds/:roundId',
    titleKey: 'plansUi:rounds.round',
    access: 'authenticated',
    load: () => import('../features/plans/RoundPage').then((m) => m.RoundPage),
  },
  {
    path: 'plan-rounds/:roundId/parties/:partyId',
    titleKey: 'plansUi:rounds.title',
    access: 'authenticated',
    load: () => import('../features/plans/RoundFormPage').then((m) => m.RoundFormPage),
  },
  {
    path: 'admin/users',
    titleKey: 'common:nav.users',
    access: 'admin',
    load: () => import('../features/users/UsersPage').then((m) => m.UsersPage),
    nav: { section: 'admin', order: 10, descriptionKey: 'common:nav.usersDescription' },
  },
  {
    path: 'admin/users/:userId/sessions',
    titleKey: 'users:sessions.title',
    access: 'admin',
    load: () => import('../features/users/UserSessionsPage').then((m) => m.UserSessionsPage),
  },
  {
    path: 'admin/audit',
    titleKey: 'common:nav.audit',
    access: 'admin',
    load: () => import('../features/audit/AuditPage').then((m) => m.AuditPage),
    nav: { section: 'admin', order: 20, descriptionKey: 'common:nav.auditDescription' },
  },
  ...COLLABORATION_ROUTES,
];
