/** User administration. */
import type { Namespace } from './index';

const da = {
  title: 'Brugere',
  intro:
    'Opret brugere, giv dem den rette rolle, og luk adgangen, når nogen ikke længere skal bruge Samspil.',
  table: {
    caption: 'Alle brugere',
    name: 'Navn og e-mail',
    role: 'Rolle',
    login: 'Login',
    status: 'Status',
    actions: 'Handlinger',
  },
  you: '(dig)',
  status: { active: 'Aktiv', disabled: 'Deaktiveret' },
  loginMethod: {
    password: 'Adgangskode',
    oidc: 'Organisationens login',
    both: 'Adgangskode og organisationens login',
    none: 'Ingen endnu',
  },
  empty: {
    title: 'Ingen brugere endnu',
    body: 'Opret den første bruger med knappen ovenfor.',
  },
  create: {
    open: 'Opret bruger',
    title: 'Opret bruger',
    name: 'Navn',
    email: 'E-mail',
    role: 'Rolle',
    password: 'Adgangskode (valgfri)',
    passwordHint:
      'Mindst {{min}} tegn. Lad feltet stå tomt, hvis brugeren skal logge ind med organisationens login.',
    submit: 'Opret bruger',
    done: '{{name}} er oprettet.',
    nameRequired: 'Skriv brugerens navn.',
    emailRequired: 'Skriv brugerens e-mail.',
    emailInvalid: 'Skriv en gyldig e-mail, fx navn@kommune.dk.',
    passwordTooShort: 'Adgangskoden skal være på mindst {{min}} tegn.',
  },
  changeRole: {
    open: 'Skift rolle',
    openFor: 'Skift rolle for {{name}}',
    title: 'Skift rolle for {{name}}',
    role: 'Ny rolle',
    submit: 'Gem rolle',
    done: '{{name}} har nu rollen {{role}}.',
  },
  disable: {
    open: 'Deaktiver',
    openFor: 'Deaktiver {{name}}',
    title: 'Deaktiver {{name}}?',
    body: '{{name}} bliver logget ud med det samme og kan ikke logge ind, før brugeren bliver aktiveret igen. Historikken bevares.',
    confirm: 'Deaktiver bruger',
    done: '{{name}} er deaktiveret.',
  },
  enable: {
    open: 'Aktiver',
    openFor: 'Aktiver {{name}}',
    done: '{{name}} er aktiveret igen.',
  },
  revoke: {
    open: 'Log ud overalt',
    openFor: 'Log {{name}} ud overalt',
    title: 'Log {{name}} ud overalt?',
    body: 'Alle aktive sessioner for {{name}} afsluttes. Brugeren kan logge ind igen med det samme.',
    confirm: 'Log ud overalt',
    done_one: '{{count}} session for {{name}} er afsluttet.',
    done_other: '{{count}} sessioner for {{name}} er afsluttet.',
  },
};

/** The `users` namespace. */
export const users: Namespace<typeof da> = {
  da,
  en: {
    title: 'Users',
    intro:
      'Create users, give them the right role, and close access when someone should no longer use Samspil.',
    table: {
      caption: 'All users',
      name: 'Name and e-mail',
      role: 'Role',
      login: 'Login',
      status: 'Status',
      actions: 'Actions',
    },
    you: '(you)',
    status: { active: 'Active', disabled: 'Disabled' },
    loginMethod: {
      password: 'Password',
      oidc: "Organisation's login",
      both: "Password and organisation's login",
      none: 'None yet',
    },
    empty: {
      title: 'No users yet',
      body: 'Create the first user with the button above.',
    },
    create: {
      open: 'Create user',
      title: 'Create user',
      name: 'Name',
      email: 'E-mail',
      role: 'Role',
      password: 'Password (optional)',
      passwordHint:
        "At least {{min}} characters. Leave it empty if the user will log in with the organisation's login.",
      submit: 'Create user',
      done: '{{name}} has been created.',
      nameRequired: "Enter the user's name.",
      emailRequired: "Enter the user's e-mail.",
      emailInvalid: 'Enter a valid e-mail, e.g. name@municipality.dk.',
      passwordTooShort: 'The password must be at least {{min}} characters.',
    },
    changeRole: {
      open: 'Change role',
      openFor: 'Change role for {{name}}',
      title: 'Change role for {{name}}',
      role: 'New role',
      submit: 'Save role',
      done: '{{name}} now has the role {{role}}.',
    },
    disable: {
      open: 'Disable',
      openFor: 'Disable {{name}}',
      title: 'Disable {{name}}?',
      body: '{{name}} will be logged out at once and cannot log in until the user is enabled again. The history is kept.',
      confirm: 'Disable user',
      done: '{{name}} has been disabled.',
    },
    enable: {
      open: 'Enable',
      openFor: 'Enable {{name}}',
      done: '{{name}} has been enabled again.',
    },
    revoke: {
      open: 'Log out everywhere',
      openFor: 'Log {{name}} out everywhere',
      title: 'Log {{name}} out everywhere?',
      body: 'All active sessions of {{name}} will end. The user can log in again right away.',
      confirm: 'Log out everywhere',
      done_one: '{{count}} session of {{name}} has ended.',
      done_other: '{{count}} sessions of {{name}} have ended.',
    },
  },
};
