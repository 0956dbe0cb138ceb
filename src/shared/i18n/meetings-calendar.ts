/**
 * Calendar subscriptions (the web app): "Abonnér i Outlook" on the meeting and forum pages, and
 * "Mine kalenderabonnementer" on the meetings page. Merged into the `meetings` namespace by
 * meetings.ts.
 */
import type { Namespace } from './index';

const da = {
  subscribe: {
    open: 'Abonnér i Outlook',
    openMine: 'Abonnér på mine møder',
    title: 'Abonnér på {{name}}',
    mine: 'mine møder',
    intro:
      'Samspil laver en personlig adresse, som Outlook (eller en anden kalender) henter møderne fra. Ændringer og aflysninger kommer med af sig selv. Kalenderen viser titel, tidspunkt og sted, aldrig dagsordenens indhold.',
    create: 'Lav abonnementsadresse',
    address: 'Din abonnementsadresse',
    addressHint:
      'Adressen er personlig og vises kun nu. Del den ikke med andre. Du kan altid tilbagekalde den under "Mine kalenderabonnementer" på siden Møder.',
    copy: 'Kopiér adressen',
    copied: 'Adressen er kopieret.',
    copiedShort: 'Kopieret',
    copyFailed: 'Adressen kunne ikke kopieres. Markér den, og kopiér den selv.',
    openOutlook: 'Åbn i Outlook-programmet',
    openOutlookWeb: 'Åbn i Outlook på nettet (åbner i nyt vindue)',
    howTo:
      'Virker knapperne ikke? I Outlook: vælg "Tilføj kalender", derefter "Abonnér fra internettet", og indsæt adressen.',
    done: 'Luk',
  },
  subscriptions: {
    heading: 'Mine kalenderabonnementer',
    intro:
      'Adresser, som din kalender henter møder fra. Tilbagekald en adresse, hvis du ikke bruger den mere, eller hvis andre kan have set den.',
    loading: 'Henter dine kalenderabonnementer…',
    empty: 'Du har ingen kalenderabonnementer.',
    caption: 'Dine aktive kalenderabonnementer',
    columns: { name: 'Abonnement', kind: 'Viser', created: 'Oprettet', actions: 'Handlinger' },
    kinds: { person: 'Dine egne møder', forum: 'Møder i {{forum}}' },
    revoke: 'Tilbagekald',
    revokeNamed: 'Tilbagekald {{name}}',
    revokeTitle: 'Tilbagekald abonnementet?',
    revokeBody:
      'Adressen til "{{name}}" holder op med at virke med det samme, og kalenderen får ikke flere opdateringer. Det kan ikke fortrydes, men du kan lave en ny adresse.',
    revoked: 'Abonnementet er tilbagekaldt.',
  },
};

/** The calendar subscriptions' part of the `meetings` namespace. */
export const meetingsCalendar: Namespace<typeof da> = {
  da,
  en: {
    subscribe: {
      open: 'Subscribe in Outlook',
      openMine: 'Subscribe to my meetings',
      title: 'Subscribe to {{name}}',
      mine: 'my meetings',
      intro:
        'Samspil makes a personal address that Outlook (or another calendar) reads the meetings from. Changes and cancellations follow by themselves. The calendar shows title, time and place, never the content of the agenda.',
      create: 'Make a subscription address',
      address: 'Your subscription address',
      addressHint:
        'The address is personal and shown only now. Do not share it. You can always revoke it under "My calendar subscriptions" on the Meetings page.',
      copy: 'Copy the address',
      copied: 'The address has been copied.',
      copiedShort: 'Copied',
      copyFailed: 'The address could not be copied. Select it and copy it yourself.',
      openOutlook: 'Open in the Outlook app',
      openOutlookWeb: 'Open in Outlook on the web (opens in a new window)',
      howTo:
        'Buttons not working? In Outlook: choose "Add calendar", then "Subscribe from web", and paste the address.',
      done: 'Close',
    },
    subscriptions: {
      heading: 'My calendar subscriptions',
      intro:
        'Addresses your calendar reads meetings from. Revoke an address you no longer use, or that others may have seen.',
      loading: 'Loading your calendar subscriptions…',
      empty: 'You have no calendar subscriptions.',
      caption: 'Your active calendar subscriptions',
      columns: { name: 'Subscription', kind: 'Shows', created: 'Created', actions: 'Actions' },
      kinds: { person: 'Your own meetings', forum: 'Meetings of {{forum}}' },
      revoke: 'Revoke',
      revokeNamed: 'Revoke {{name}}',
      revokeTitle: 'Revoke the subscription?',
      revokeBody:
        'The address for "{{name}}" stops working at once, and the calendar gets no more updates. This cannot be undone, but you can make a new address.',
      revoked: 'The subscription has been revoked.',
    },
  },
};
