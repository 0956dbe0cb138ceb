/** Logging in and out. */
import type { Namespace } from './index';

const da = {
  login: {
    title: 'Log ind',
    intro: 'Log ind for at arbejde i Samspil.',
    email: 'E-mail',
    password: 'Adgangskode',
    submit: 'Log ind',
    submitting: 'Logger ind…',
    or: 'eller',
    oidc: 'Log ind med organisationens login',
    emailRequired: 'Skriv din e-mail.',
    emailInvalid: 'Skriv en gyldig e-mail, fx navn@kommune.dk.',
    passwordRequired: 'Skriv din adgangskode.',
    sessionEnded: 'Du er ikke længere logget ind. Log ind igen for at fortsætte.',
  },
  logout: {
    done: 'Du er nu logget ud.',
  },
};

/** The `auth` namespace. */
export const auth: Namespace<typeof da> = {
  da,
  en: {
    login: {
      title: 'Log in',
      intro: 'Log in to work in Samspil.',
      email: 'E-mail',
      password: 'Password',
      submit: 'Log in',
      submitting: 'Logging in…',
      or: 'or',
      oidc: "Log in with your organisation's login",
      emailRequired: 'Enter your e-mail.',
      emailInvalid: 'Enter a valid e-mail, e.g. name@municipality.dk.',
      passwordRequired: 'Enter your password.',
      sessionEnded: 'You are no longer logged in. Log in again to continue.',
    },
    logout: {
      done: 'You are now logged out.',
    },
  },
};
