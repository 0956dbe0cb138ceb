/**
 * The organisation texts of the 2027 health reform (issue 7): kinds of area, verification per
 * fact, health councils' owner region, political parties and substitutes for born seats. Merged
 * into the `organisation` namespace by organisation.ts.
 */
import type { Namespace } from './index';

const da = {
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
