/**
 * The weak-password check (ASVS 6.2.11/6.2.12), offline: zxcvbn-ts estimates how many guesses a
 * password needs, with its lists of the most common (breached) passwords, English words and
 * names, keyboard patterns, repeats and sequences, plus a few Danish words and the user's own
 * name and e-mail. Nothing leaves the server.
 */
import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as english from '@zxcvbn-ts/language-en';
import { AppError, type Text } from '../../platform/errors';

/** zxcvbn's score 3: "safely unguessable", about 10^8 guesses or more. */
const MIN_SCORE = 3;

/** Danish words that people build passwords from, which the English lists do not have. */
const DANISH_WORDS = [
  'adgangskode',
  'kodeord',
  'password',
  'hemmelig',
  'hemmelighed',
  'velkommen',
  'samspil',
  'sundhed',
  'kommune',
  'region',
  'danmark',
  'københavn',
  'aarhus',
  'odense',
  'aalborg',
  'sommer',
  'vinter',
  'foraar',
  'forår',
  'efterår',
  'januar',
  'februar',
  'marts',
  'april',
  'maj',
  'juni',
  'juli',
  'august',
  'september',
  'oktober',
  'november',
  'december',
  'mandag',
  'tirsdag',
  'onsdag',
  'torsdag',
  'fredag',
  'lørdag',
  'søndag',
  'elsker',
  'kærlighed',
  'hund',
  'kat',
  'hest',
  'mor',
  'far',
  'skat',
  'fodbold',
  'brøndby',
];

let factory: ZxcvbnFactory | null = null;

/** Built on first use: loading the dictionaries takes a moment. */
function estimator(): ZxcvbnFactory {
  factory ??= new ZxcvbnFactory({
    dictionary: { ...common.dictionary, ...english.dictionary, danish: DANISH_WORDS },
    graphs: common.adjacencyGraphs,
  });
  return factory;
}

/** True when the password is common or easy to guess (the user's own name and e-mail count). */
export function isWeakPassword(password: string, userInputs: readonly string[] = []): boolean {
  const words = userInputs.flatMap((text) => {
    const lower = text.toLowerCase();
    const local = lower.split('@')[0] ?? lower;
    return [lower, local, local.replace(/[\s.+_-]+/g, ''), ...lower.split(/[\s@.+_-]+/)];
  });
  const inputs = [...new Set(words)].filter((w) => w.length >= 3);
  return estimator().check(password, inputs).score < MIN_SCORE;
}

/** The field error shown under the password field. */
export const WEAK_PASSWORD: Text = {
  da: 'Adgangskoden er for let at gætte: den er almindelig, bygger på et mønster (fx 1234 eller aaaa) eller ligner navn eller e-mail. Brug fx flere tilfældige ord',
  en: 'The password is too easy to guess: it is common, follows a pattern (e.g. 1234 or aaaa) or resembles the name or e-mail. Use, for example, several random words',
};

/** Refuses a weak password with a 400 problem whose field error is on `password`. */
export function assertStrongPassword(password: string, userInputs: readonly string[] = []): void {
  if (!isWeakPassword(password, userInputs)) return;
  throw new AppError('validation', WEAK_PASSWORD, {
    fieldErrors: [{ path: 'password', message: WEAK_PASSWORD.da, messageEn: WEAK_PASSWORD.en }],
  });
}
