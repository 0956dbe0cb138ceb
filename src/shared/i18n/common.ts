/** Shared words: the shell (header, navigation, footer), buttons, roles, status and errors. */
import type { Namespace } from './index';

const da = {
  appName: 'Samspil',
  tagline: 'Det tværsektorielle sundhedssamarbejde',
  pageTitle: '{{page}} · Samspil',
  skipToContent: 'Gå til indhold',
  nav: {
    label: 'Hovedmenu',
    menu: 'Menu',
    home: 'Forside',
    homeDescription: 'Din startside med overblik og genveje.',
    admin: 'Administration',
    users: 'Brugere',
    usersDescription: 'Opret brugere, skift roller og luk adgang.',
    audit: 'Revisionslog',
    auditDescription: 'Se hvem der har gjort hvad og hvornår.',
  },
  language: {
    label: 'Sprog',
    da: 'Dansk',
    en: 'English',
    switchTo: 'Skift sprog til {{language}}',
  },
  account: {
    label: 'Din konto',
    loggedInAs: 'Logget ind som',
    logout: 'Log ud',
    loggingOut: 'Logger ud…',
  },
  footer: {
    about: 'Samspil er software til det tværsektorielle sundhedssamarbejde.',
    version: 'Version {{version}}',
  },
  status: {
    loading: 'Indlæser…',
    loadingPage: 'Indlæser siden…',
    saving: 'Gemmer…',
  },
  actions: {
    save: 'Gem',
    cancel: 'Annuller',
    close: 'Luk',
    confirm: 'Bekræft',
    retry: 'Prøv igen',
    dismiss: 'Luk beskeden',
  },
  errors: {
    title: 'Noget gik galt',
    network: 'Der er ingen forbindelse til Samspil. Tjek din netværksforbindelse, og prøv igen.',
    unexpected: 'Der opstod en uventet fejl. Prøv igen om lidt.',
    fieldsIntro: 'Ret venligst fejlene i formularen.',
    controlCharacter:
      'Feltet »{{field}}« indeholder kontroltegnet {{character}} (tegn nr. {{position}}). Fjern det, og prøv igen.',
    controlCharacterInName:
      'Navnet på feltet »{{field}}« indeholder kontroltegnet {{character}}. Fjern det, og prøv igen.',
  },
  notFound: {
    title: 'Siden findes ikke',
    body: 'Siden, du leder efter, findes ikke eller er flyttet.',
    home: 'Gå til forsiden',
  },
  forbidden: {
    title: 'Ingen adgang',
    body: 'Du har ikke adgang til denne side. Kontakt en administrator, hvis du mener, det er en fejl.',
  },
  roles: {
    reader: 'Læser',
    member: 'Medlem',
    secretariat: 'Sekretariat',
    admin: 'Administrator',
  },
  roleDescriptions: {
    reader: 'Kan læse indhold, men ikke ændre noget.',
    member: 'Kan læse og bidrage i de fora, brugeren er med i.',
    secretariat: 'Kan forberede møder, dagsordener og sager.',
    admin: 'Kan alt, også administrere brugere og se revisionsloggen.',
  },
};

/** The `common` namespace. */
export const common: Namespace<typeof da> = {
  da,
  en: {
    appName: 'Samspil',
    tagline: 'The cross-sector health collaboration',
    pageTitle: '{{page}} · Samspil',
    skipToContent: 'Skip to content',
    nav: {
      label: 'Main menu',
      menu: 'Menu',
      home: 'Home',
      homeDescription: 'Your start page with an overview and shortcuts.',
      admin: 'Administration',
      users: 'Users',
      usersDescription: 'Create users, change roles and close access.',
      audit: 'Audit log',
      auditDescription: 'See who did what, and when.',
    },
    language: {
      label: 'Language',
      da: 'Dansk',
      en: 'English',
      switchTo: 'Switch language to {{language}}',
    },
    account: {
      label: 'Your account',
      loggedInAs: 'Logged in as',
      logout: 'Log out',
      loggingOut: 'Logging out…',
    },
    footer: {
      about: 'Samspil is software for the cross-sector health collaboration.',
      version: 'Version {{version}}',
    },
    status: {
      loading: 'Loading…',
      loadingPage: 'Loading the page…',
      saving: 'Saving…',
    },
    actions: {
      save: 'Save',
      cancel: 'Cancel',
      close: 'Close',
      confirm: 'Confirm',
      retry: 'Try again',
      dismiss: 'Dismiss the message',
    },
    errors: {
      title: 'Something went wrong',
      network: 'There is no connection to Samspil. Check your network connection and try again.',
      unexpected: 'An unexpected error occurred. Try again in a moment.',
      fieldsIntro: 'Please correct the errors in the form.',
      controlCharacter:
        'The field "{{field}}" contains the control character {{character}} (character {{position}}). Remove it and try again.',
      controlCharacterInName:
        'The name of the field "{{field}}" contains the control character {{character}}. Remove it and try again.',
    },
    notFound: {
      title: 'Page not found',
      body: 'The page you are looking for does not exist or has moved.',
      home: 'Go to the home page',
    },
    forbidden: {
      title: 'No access',
      body: 'You do not have access to this page. Contact an administrator if you think this is a mistake.',
    },
    roles: {
      reader: 'Reader',
      member: 'Member',
      secretariat: 'Secretariat',
      admin: 'Administrator',
    },
    roleDescriptions: {
      reader: 'Can read content but not change anything.',
      member: 'Can read and contribute in the fora the user belongs to.',
      secretariat: 'Can prepare meetings, agendas and cases.',
      admin: 'Can do everything, including managing users and reading the audit log.',
    },
  },
};
