/**
 * A meeting's history: the sentences the server tells each audit entry with, and the web
 * section's labels. Names and dates arrive formatted for the language.
 */
import type { Namespace } from './index';

const da = {
  history: {
    title: 'Historik',
    intro: 'Ændringer af mødet og dets deltagere, nyeste først.',
    loading: 'Henter historik …',
    empty: 'Ingen ændringer er registreret endnu.',
    more: 'Vis ældre',
    automatic: 'Automatisk',
    by: 'af {{actor}}',
    caption: 'Mødets historik',
    columns: { at: 'Tidspunkt', what: 'Ændring', by: 'Udført af' },
    text: {
      created: 'Mødet blev oprettet.',
      updated: 'Mødets oplysninger blev ændret.',
      moved: 'Mødet blev flyttet til {{date}}.',
      cancelled: 'Mødet blev aflyst.',
      status: 'Mødets status blev ændret til "{{status}}".',
      seriesCreated: 'Mødet blev oprettet som del af en mødeserie.',
      processCreated: 'Mødet blev oprettet som del af et forløb på tværs af fora.',
      participantAdded: 'En deltager blev tilføjet: {{persons}}.',
      participantUpdated: 'En deltager blev ændret: {{persons}}.',
      participantRemoved: 'En deltager blev fjernet: {{persons}}.',
      attendance: 'Fremmødet blev registreret.',
      synced: 'Deltagerne blev hentet igen fra forummets medlemmer.',
      autoSynced:
        'Deltagerne blev opdateret automatisk, fordi forummets medlemmer ændrede sig pr. {{date}}.',
      added: 'Nye: {{persons}}.',
      removed: 'Ikke længere inviteret: {{persons}}.',
      changedRoles: 'Ny rolle: {{persons}}.',
      other: 'Ændring af dagsorden, referat eller sager, der vedrører mødet.',
      unknownPerson: 'en person',
    },
  },
};

/** The history part of the `meetings` namespace. */
export const meetingsHistory: Namespace<typeof da> = {
  da,
  en: {
    history: {
      title: 'History',
      intro: 'Changes to the meeting and its participants, newest first.',
      loading: 'Loading history …',
      empty: 'No changes have been recorded yet.',
      more: 'Show older',
      automatic: 'Automatic',
      by: 'by {{actor}}',
      caption: "The meeting's history",
      columns: { at: 'Time', what: 'Change', by: 'Made by' },
      text: {
        created: 'The meeting was created.',
        updated: "The meeting's details were changed.",
        moved: 'The meeting was moved to {{date}}.',
        cancelled: 'The meeting was cancelled.',
        status: 'The meeting\'s status was changed to "{{status}}".',
        seriesCreated: 'The meeting was created as part of a meeting series.',
        processCreated: 'The meeting was created as part of a process across fora.',
        participantAdded: 'A participant was added: {{persons}}.',
        participantUpdated: 'A participant was changed: {{persons}}.',
        participantRemoved: 'A participant was removed: {{persons}}.',
        attendance: 'Attendance was recorded.',
        synced: "The participants were fetched again from the forum's members.",
        autoSynced:
          "The participants were updated automatically because the forum's members changed as of {{date}}.",
        added: 'New: {{persons}}.',
        removed: 'No longer invited: {{persons}}.',
        changedRoles: 'New role: {{persons}}.',
        other: 'A change to the agenda, minutes or cases concerning the meeting.',
        unknownPerson: 'a person',
      },
    },
  },
};
