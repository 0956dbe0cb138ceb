/**
 * The pages of the collaborations' joint work (issues 12–14): follow-up, pilots and the knowledge
 * bank, task transfers, history import, consultations, funding, charters, newsletters, financing
 * and questionnaires. Part of {@link APP_ROUTES} (routes.ts), kept here so each list stays short.
 */
import type { AppRoute } from './routes';

export const COLLABORATION_ROUTES: AppRoute[] = [
  {
    path: 'transfers',
    titleKey: 'transfers:title',
    access: 'authenticated',
    load: () => import('../features/transfers/TransfersPage').then((m) => m.TransfersPage),
    nav: { section: 'main', order: 52, descriptionKey: 'transfers:navDescription' },
  },
  {
    path: 'transfers/new',
    titleKey: 'transfers:list.new',
    access: 'member',
    load: () => import('../features/transfers/NewTransferPage').then((m) => m.NewTransferPage),
  },
  {
    path: 'transfers/compare',
    titleKey: 'transfers:compare.title',
    access: 'authenticated',
    load: () => import('../features/transfers/ComparePage').then((m) => m.ComparePage),
  },
  {
    path: 'transfers/:transferId',
    titleKey: 'transfers:title',
    access: 'authenticated',
    load: () => import('../features/transfers/TransferPage').then((m) => m.TransferPage),
  },
  {
    path: 'follow-up',
    titleKey: 'actions:title',
    access: 'authenticated',
    load: () => import('../features/actions/FollowUpPage').then((m) => m.FollowUpPage),
    nav: { section: 'main', order: 42, descriptionKey: 'actions:navDescription' },
  },
  {
    path: 'cases/history',
    titleKey: 'history:ui.title',
    access: 'secretariat',
    load: () => import('../features/history/HistoryPage').then((m) => m.HistoryPage),
    nav: { section: 'admin', order: 30, descriptionKey: 'history:ui.navDescription' },
  },
  {
    path: 'consultations',
    titleKey: 'consultations:title',
    access: 'authenticated',
    load: () =>
      import('../features/consultations/ConsultationsPage').then((m) => m.ConsultationsPage),
    nav: { section: 'main', order: 56, descriptionKey: 'consultations:navDescription' },
  },
  {
    path: 'consultations/new',
    titleKey: 'consultations:create.title',
    access: 'secretariat',
    load: () =>
      import('../features/consultations/NewConsultationPage').then((m) => m.NewConsultationPage),
  },
  {
    path: 'consultations/:consultationId',
    titleKey: 'consultations:title',
    access: 'authenticated',
    load: () =>
      import('../features/consultations/ConsultationPage').then((m) => m.ConsultationPage),
  },
  {
    path: 'financing',
    titleKey: 'financing:title',
    access: 'authenticated',
    load: () => import('../features/financing/FinancingPage').then((m) => m.FinancingPage),
    nav: { section: 'main', order: 64, descriptionKey: 'financing:navDescription' },
  },
  {
    path: 'newsletters',
    titleKey: 'newsletters:title',
    access: 'secretariat',
    load: () => import('../features/newsletters/NewslettersPage').then((m) => m.NewslettersPage),
    nav: { section: 'main', order: 62, descriptionKey: 'newsletters:navDescription' },
  },
  {
    path: 'newsletters/:newsletterId',
    titleKey: 'newsletters:title',
    access: 'secretariat',
    load: () =>
      import('../features/newsletters/NewsletterEditPage').then((m) => m.NewsletterEditPage),
  },
  {
    path: 'newsletters/archive/:collaborationId',
    titleKey: 'newsletters:title',
    access: 'public',
    load: () => import('../features/newsletters/ArchivePage').then((m) => m.ArchivePage),
  },
  {
    path: 'newsletters/archive/:collaborationId/:id',
    titleKey: 'newsletters:title',
    access: 'public',
    load: () =>
      import('../features/newsletters/ArchivedNewsletterPage').then(
        (m) => m.ArchivedNewsletterPage,
      ),
  },
  {
    path: 'newsletters/confirm',
    titleKey: 'newsletters:confirm.title',
    access: 'public',
    load: () =>
      import('../features/newsletters/SubscriptionPages').then((m) => m.ConfirmSubscriptionPage),
  },
  {
    path: 'newsletters/unsubscribe/:token',
    titleKey: 'newsletters:unsubscribe.title',
    access: 'public',
    load: () => import('../features/newsletters/SubscriptionPages').then((m) => m.UnsubscribePage),
  },
  {
    path: 'funding',
    titleKey: 'funding:title',
    access: 'authenticated',
    load: () => import('../features/funding/FundingPage').then((m) => m.FundingPage),
    nav: { section: 'main', order: 58, descriptionKey: 'funding:navDescription' },
  },
  {
    path: 'funding/applications/:applicationId',
    titleKey: 'funding:title',
    access: 'authenticated',
    load: () => import('../features/funding/ApplicationPage').then((m) => m.ApplicationPage),
  },
  {
    path: 'charters',
    titleKey: 'charters:title',
    access: 'authenticated',
    load: () => import('../features/charters/ChartersPage').then((m) => m.ChartersPage),
    nav: { section: 'main', order: 60, descriptionKey: 'charters:navDescription' },
  },
  {
    path: 'charters/fora/:forumId',
    titleKey: 'charters:title',
    access: 'authenticated',
    load: () => import('../features/charters/ForumCharterPage').then((m) => m.ForumCharterPage),
  },
  {
    path: 'charters/requests/:requestId',
    titleKey: 'charters:title',
    access: 'authenticated',
    load: () => import('../features/charters/CharterRequestPage').then((m) => m.CharterRequestPage),
  },
  {
    path: 'questionnaires',
    titleKey: 'questionnaires:title',
    access: 'authenticated',
    load: () =>
      import('../features/questionnaires/QuestionnairesPage').then((m) => m.QuestionnairesPage),
    nav: { section: 'main', order: 66, descriptionKey: 'questionnaires:navDescription' },
  },
  {
    path: 'questionnaires/:id',
    titleKey: 'questionnaires:title',
    access: 'secretariat',
    load: () =>
      import('../features/questionnaires/QuestionnairePage').then((m) => m.QuestionnairePage),
  },
  {
    path: 'questionnaires/respond/:recipientId',
    titleKey: 'questionnaires:answer.heading',
    access: 'authenticated',
    load: () => import('../features/questionnaires/AnswerPage').then((m) => m.RespondPage),
  },
  {
    path: 'questionnaires/answer/:token',
    titleKey: 'questionnaires:answer.heading',
    access: 'public',
    load: () => import('../features/questionnaires/AnswerPage').then((m) => m.LinkAnswerPage),
  },
  {
    path: 'pilots',
    titleKey: 'pilots:title',
    access: 'authenticated',
    load: () => import('../features/pilots/PilotsPage').then((m) => m.PilotsPage),
    nav: { section: 'main', order: 50, descriptionKey: 'pilots:navDescription' },
  },
  {
    path: 'pilots/new',
    titleKey: 'pilots:newPilot',
    access: 'secretariat',
    load: () => import('../features/pilots/PilotFormPage').then((m) => m.PilotFormPage),
  },
  {
    path: 'pilots/:pilotId',
    titleKey: 'pilots:title',
    access: 'authenticated',
    load: () => import('../features/pilots/PilotPage').then((m) => m.PilotPage),
  },
  {
    path: 'pilots/:pilotId/edit',
    titleKey: 'pilots:editPilot',
    access: 'secretariat',
    load: () => import('../features/pilots/PilotFormPage').then((m) => m.PilotFormPage),
  },
  {
    path: 'knowledge',
    titleKey: 'pilots:knowledge.title',
    access: 'authenticated',
    load: () => import('../features/knowledge/KnowledgePage').then((m) => m.KnowledgePage),
    nav: { section: 'main', order: 54, descriptionKey: 'pilots:knowledge.navDescription' },
  },
];
