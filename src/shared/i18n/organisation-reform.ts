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
