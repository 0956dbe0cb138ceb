/**
 * Notification e-mails. They carry a link into Samspil and never the content of an agenda item
 * or a case (Datatilsynet: links, not content), so closed items cannot leak by e-mail.
 */
import type { Namespace } from './index';

const da = {
  agendaPublished: {
    subject: 'Dagsorden udsendt: {{forum}}, {{day}}',
    body: 'Dagsordenen til mødet "{{meeting}}" i {{forum}} {{time}} er udsendt.',
    action: 'Se dagsordenen i Samspil:',
  },
  agendaReview: {
    subject: 'Udkast til dagsorden til gennemlæsning: {{forum}}, {{day}}',
    body: 'Du er valgt til at gennemlæse udkastet til dagsorden for mødet "{{meeting}}" i {{forum}} {{time}}.',
    action: 'Læs og kommentér udkastet i Samspil:',
  },
  minutesForApproval: {
    subject: 'Referat til godkendelse: {{forum}}, {{day}}',
    body: 'Referatet af mødet "{{meeting}}" i {{forum}} {{time}} er sendt til godkendelse.',
    action: 'Læs og godkend referatet i Samspil:',
  },
  caseDecided: {
    subject: 'Endelig beslutning i en sag fra {{forum}}',
    body: 'Der er truffet endelig beslutning i en sag, som {{forum}} har rejst. Beslutningen er sendt tilbage til {{forum}}.',
    action: 'Se sagen i Samspil:',
  },
  footer:
    'Du får denne e-mail, fordi du deltager i forummets arbejde i Samspil. Indholdet vises kun i Samspil, når du er logget ind. E-mailen kan ikke besvares.',
  unknownForum: 'et forum',
};

/** The `notifications` namespace. */
export const notifications: Namespace<typeof da> = {
  da,
  en: {
    agendaPublished: {
      subject: 'Agenda published: {{forum}}, {{day}}',
      body: 'The agenda of the meeting "{{meeting}}" of {{forum}} on {{time}} has been published.',
      action: 'See the agenda in Samspil:',
    },
    agendaReview: {
      subject: 'Draft agenda for review: {{forum}}, {{day}}',
      body: 'You have been chosen to review the draft agenda of the meeting "{{meeting}}" of {{forum}} on {{time}}.',
      action: 'Read and comment on the draft in Samspil:',
    },
    minutesForApproval: {
      subject: 'Minutes for approval: {{forum}}, {{day}}',
      body: 'The minutes of the meeting "{{meeting}}" of {{forum}} on {{time}} have been sent for approval.',
      action: 'Read and approve the minutes in Samspil:',
    },
    caseDecided: {
      subject: 'Final decision on a case from {{forum}}',
      body: 'A final decision has been made on a case raised by {{forum}}. The decision has been sent back to {{forum}}.',
      action: 'See the case in Samspil:',
    },
    footer:
      'You receive this e-mail because you take part in the forum’s work in Samspil. The content is shown only in Samspil, once you are logged in. Please do not reply to this e-mail.',
    unknownForum: 'a forum',
  },
};
