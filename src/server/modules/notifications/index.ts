/**
 * The notifications module's public surface: e-mail notifications with a link, never content
 * (agenda published, draft agenda for review, minutes for approval, a case's final decision
 * back in the raising forum). Register `notificationsModule` once in the API scope with
 * `{ cases: caseDeps(db), config }`; its jobs run once `app.jobs` is started (main.ts).
 *
 * Recipients are worked out with the viewer-filtered reads where content visibility matters
 * (`getCaseForViewer`); the e-mails themselves carry no agenda or case text at all.
 */
export { notificationsModule, type NotificationsOptions } from './notifications.plugin';
export { notifications, notificationSources } from './notifications.table';
export {
  DELIVER_JOB,
  deliverNotification,
  scanNotifications,
  SCAN_JOB,
  type NotificationDeps,
} from './notifications.service';
export { createMailer, isLocalHost, transportOptions, type Mail, type Mailer } from './mailer';
