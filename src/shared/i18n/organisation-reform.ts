/**
 * The organisation texts of the 2027 health reform (issue 7): kinds of area, verification per
 * fact, health councils' owner region, political parties and substitutes for born seats, and the
 * group and adjective forms of party and forum kinds the born-rule texts use. Merged into the
 * `organisation` namespace by organisation.ts.
 */
import type { Namespace } from './index';

const da = {
  /** A forum kind as an adjective with a definite noun: "klyngens politiske forum". */
  forumKindDefinite: {
    political: 'politiske',
    administrative: 'administrative',
    professional: 'faglige',
  },
  /** The parties of a kind as a group: "varetages af kommunerne". */
  partyKindPlural: {
    municipality: 'kommunerne',
    region: 'regionen',
    hospital: 'hospitalerne',
    generalPractice: 'almen praksis (PLO)',
    psychiatry: 'psykiatrien',
    childrenYouth: 'børne- og ungeområdet',
    patientCommittee: 'patientinddragelsesudvalget',
    kkrSecretariat: 'KKR-sekretariatet',
    jointSecretariat: 'det fælles sekretariat',
    other: 'andre parter',
  },
  areaKind: { cluster: 'Sundhedsklynge', healthCouncilArea: 'Sundhedsrådsområde' },
  verificationStatus: {
    verified: 'Verificeret',
    unverified: 'Ikke verificeret',
    inferred: 'Udledt',
    conflict: 'Konflikt',
  },
  /** One summary per page of the reference data that is not verified (issue 11). */
  referenceData: {
    title: 'Referencedata, der ikke er verificeret',
    municipalities_one: '{{count}} af {{total}} kommuner har data, der ikke er verificeret.',
    municipalities_other: '{{count}} af {{total}} kommuner har data, der ikke er verificeret.',
    clusters_one: '{{count}} af {{total}} klynger har data, der ikke er verificeret.',
    clusters_other: '{{count}} af {{total}} klynger har data, der ikke er verificeret.',
    rules_one: '{{count}} af {{total}} regler bygger på data, der ikke er verificeret.',
    rules_other: '{{count}} af {{total}} regler bygger på data, der ikke er verificeret.',
    facts_one: 'Én oplysning på siden er ikke verificeret.',
    facts_other: '{{count}} oplysninger på siden er ikke verificeret.',
    sources: 'Se kilder',
    whole: 'oplysningerne',
    source: 'Kilde: {{source}}',
    noSource: 'Ingen kilde angivet',
    fact: {
      members: 'medlemmer',
      membership: 'medlemskab',
      formula: 'medlemsformel',
      councilSize: 'rådets størrelse',
      owner: 'ejer',
      acuteHospital: 'akuthospital',
      population: 'indbyggertal',
      chair: 'formand',
      name: 'navn',
      role: 'rolle',
      charter: 'kommissorium',
    },
  },
  reform: {
    owner: 'Region (ejer)',
    area: 'Område',
    areaKindLabel: 'Områdetype',
    councilSize: 'Regionsrådets størrelse',
    councilSizeValue: '{{count}} medlemmer',
    predecessors: 'Opstået ved sammenlægning af',
    politicalParty: 'Parti',
    seatPoliticalParty: 'Forbeholdt parti {{party}}',
    substitute: 'Stedfortræder',
    substituteFor: 'Stedfortræder ({{office}}): {{name}}',
    substituteVacant: 'Stedfortræder ({{office}}): ingen',
    verification: 'Verifikation',
    verificationFact: '{{fact}}: {{status}}',
    verificationNote: '{{status}}: {{note}}',
    ruleVerification: 'Reglens grundlag: {{status}}',
    ownerNotRegion:
      'Et forums ejer skal være en region; {{name}} er af typen {{partyKind}}. Vælg regionen.',
  },
};

/** The reform part of the `organisation` namespace. */
export const organisationReform: Namespace<typeof da> = {
  da,
  en: {
    forumKindDefinite: {
      political: 'political',
      administrative: 'administrative',
      professional: 'professional',
    },
    partyKindPlural: {
      municipality: 'the municipalities',
      region: 'the region',
      hospital: 'the hospitals',
      generalPractice: 'general practice (PLO)',
      psychiatry: 'psychiatry',
      childrenYouth: 'the children and youth area',
      patientCommittee: "the patients' committee",
      kkrSecretariat: 'the KKR secretariat',
      jointSecretariat: 'the joint secretariat',
      other: 'other parties',
    },
    areaKind: { cluster: 'Health cluster', healthCouncilArea: 'Health council area' },
    verificationStatus: {
      verified: 'Verified',
      unverified: 'Not verified',
      inferred: 'Inferred',
      conflict: 'Conflict',
    },
    referenceData: {
      title: 'Reference data that is not verified',
      municipalities_one: '{{count}} of {{total}} municipalities have data that is not verified.',
      municipalities_other: '{{count}} of {{total}} municipalities have data that is not verified.',
      clusters_one: '{{count}} of {{total}} clusters have data that is not verified.',
      clusters_other: '{{count}} of {{total}} clusters have data that is not verified.',
      rules_one: '{{count}} of {{total}} rules rest on data that is not verified.',
      rules_other: '{{count}} of {{total}} rules rest on data that is not verified.',
      facts_one: 'One fact on this page is not verified.',
      facts_other: '{{count}} facts on this page are not verified.',
      sources: 'See sources',
      whole: 'the information',
      source: 'Source: {{source}}',
      noSource: 'No source given',
      fact: {
        members: 'members',
        membership: 'membership',
        formula: 'member formula',
        councilSize: 'council size',
        owner: 'owner',
        acuteHospital: 'acute hospital',
        population: 'population',
        chair: 'chair',
        name: 'name',
        role: 'role',
        charter: 'terms of reference',
      },
    },
    reform: {
      owner: 'Region (owner)',
      area: 'Area',
      areaKindLabel: 'Kind of area',
      councilSize: 'Size of the regional council',
      councilSizeValue: '{{count}} members',
      predecessors: 'Created by merging',
      politicalParty: 'Party',
      seatPoliticalParty: 'Reserved for party {{party}}',
      substitute: 'Substitute',
      substituteFor: 'Substitute ({{office}}): {{name}}',
      substituteVacant: 'Substitute ({{office}}): none',
      verification: 'Verification',
      verificationFact: '{{fact}}: {{status}}',
      verificationNote: '{{status}}: {{note}}',
      ruleVerification: 'Basis of the rule: {{status}}',
      ownerNotRegion:
        "A forum's owner must be a region; {{name}} is of kind {{partyKind}}. Choose the region.",
    },
  },
};
