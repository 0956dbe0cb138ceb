/**
 * Process templates taken from the seeds, as data. Titles and descriptions are the seeds'
 * Danish text; offsets reproduce the seed's dates when anchored on the seed's final meeting.
 */
import type { ProcessTemplate } from './process-template';

/**
 * Seed 003 (KL, 2012): the follow-up on "Det nære sundhedsvæsen" in KKR Hovedstaden. Anchored
 * on the KKR meeting (4 February 2013) it gives: clusters discuss in November (window
 * 1–30 November), administrative dialogue meeting 5 December, political dialogue meeting
 * 23 January 16.30–19.00, KKR meeting 4 February.
 *
 * Roles to resolve: `municipalClusters` (every cluster's forum: one draft each),
 * `administrativeDialogueMeeting`, `politicalDialogueMeeting`, `kkr`.
 */
export const SEED_003_NEAR_HEALTH_PROCESS: ProcessTemplate = {
  key: 'seed-003-det-naere-sundhedsvaesen',
  title: 'KLs proces vedrørende det nære sundhedsvæsen',
  anchorStepKey: 'kkr-moede',
  steps: [
    {
      key: 'klynger-droefter',
      title: 'Kommuneklyngerne drøfter',
      description:
        'Kommuneklyngerne drøfter særlige prioriteringer og handlinger indenfor fokusområderne.',
      forum: { kind: 'role', role: 'municipalClusters' },
      dependsOn: null,
      offsetDays: null,
      windowDays: 30,
    },
    {
      key: 'administrativt-dialogmoede',
      title: 'Administrativt dialogmøde',
      description:
        'Med udgangspunkt i klyngernes drøftelser og baselinedata fra KLs spørgeskema drøfter direktører, sundheds- og ældrechefer mv. fokusområderne og mulige anbefalinger og handlinger.',
      forum: { kind: 'role', role: 'administrativeDialogueMeeting' },
      dependsOn: 'klynger-droefter',
      offsetDays: 5,
    },
    {
      key: 'politisk-dialogmoede',
      title: 'Politisk dialogmøde (udvalgsformænd og borgmestre)',
      description:
        'Med udgangspunkt i drøftelserne på det administrative dialogmøde og baselinedata fra KLs spørgeskema fortsættes drøftelserne af fokusområderne og mulige anbefalinger og handlinger.',
      forum: { kind: 'role', role: 'politicalDialogueMeeting' },
      dependsOn: 'administrativt-dialogmoede',
      offsetDays: 49,
      startTime: '16:30',
      endTime: '19:00',
    },
    {
      key: 'kkr-moede',
      title: 'KKR-Hovedstaden møde',
      description:
        'Det drøftes hvordan der i praksis kan arbejdes med fokusområderne og hvor der er størst behov for at rette sit fokus for kommunerne i regionen.',
      forum: { kind: 'role', role: 'kkr' },
      dependsOn: 'politisk-dialogmoede',
      offsetDays: 12,
    },
  ],
};
