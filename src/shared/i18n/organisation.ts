/**
 * The organisation model: value labels (party kinds, levels, roles, offices, rule kinds), breach
 * messages (one per `BREACH_CODES` key, with the params listed in
 * src/domain/organisation/composition*.ts), born-rule explanations and the organisation API's
 * validation messages. The server renders breaches with `src/shared/organisation.messages.ts`,
 * so API consumers and the web app word them the same way.
 */
import type { Namespace } from './index';
import { organisationDetails } from './organisation-details';
import { organisationEdit } from './organisation-edit';
import { organisationHolders } from './organisation-holders';
import { organisationImport } from './organisation-import';
import { organisationPages } from './organisation-pages';
import { organisationReform } from './organisation-reform';

const da = {
  ...organisationPages.da,
  ...organisationDetails.da,
  ...organisationEdit.da,
  ...organisationImport.da,
  ...organisationHolders.da,
  ...organisationReform.da,
  partyKind: {
    municipality: 'kommune',
    region: 'region',
    hospital: 'hospital',
    generalPractice: 'almen praksis (PLO)',
    psychiatry: 'psykiatri',
    childrenYouth: 'børn og unge',
    patientCommittee: 'patientinddragelsesudvalg',
    kkrSecretariat: 'KKR-sekretariat',
    jointSecretariat: 'fælles sekretariat',
    other: 'anden part',
  },
  forumLevel: {
    national: 'Nationalt niveau',
    regional: 'Regionalt niveau',
    healthCouncil: 'Sundhedsrådsniveau',
    cluster: 'Klyngeniveau',
    municipal: 'Kommunalt niveau',
    bilateral: 'Bilateralt niveau',
  },
  forumKind: {
    political: 'politisk',
    administrative: 'administrativt',
    professional: 'fagligt',
  },
  /** After a genitive: "hver klynges politiske forum". */
  scope: {
    crossSector: 'tværsektorielt',
    interMunicipal: 'tværkommunalt',
  },
  role: {
    chair: 'formand',
    coChair: 'medformand',
    viceChair: 'næstformand',
    member: 'medlem',
    secretary: 'sekretær',
    attendee: 'deltager',
    optionalAttendee: 'kan deltage',
  },
  office: {
    mayor: 'borgmester',
    deputyMayor: 'viceborgmester',
    councilMember: 'kommunalbestyrelsesmedlem',
    municipalDirector: 'kommunaldirektør',
    healthDirector: 'sundhedsdirektør',
    healthManager: 'sundhedschef',
    regionCouncilChair: 'regionsrådsformand',
    regionCouncilViceChair: 'næstformand for regionsrådet',
    regionalCouncillor: 'regionsrådsmedlem',
    regionalDirector: 'regionsdirektør',
    hospitalDirector: 'hospitalsdirektør',
    ploChair: 'formand for PLO',
    ploViceChair: 'næstformand for PLO',
    other: 'andet embede',
  },
  ruleKind: {
    everyClusterRepresented: 'Alle klynger er repræsenteret',
    includesAllClusterCoChairs: 'Alle klyngers medformænd er medlemmer',
    seatsOfPartyKind: 'Antal pladser for en partstype',
    maxSeatsPerMunicipality: 'Højst et antal pladser pr. kommune',
    roleHeldByPartyKind: 'En post varetages af en bestemt partstype',
    cadenceMet: 'Mødefrekvensen overholdes',
    noVacantSeats: 'Ingen ledige pladser',
    seatsPerMunicipality: 'Pladser pr. kommune efter indbyggertal',
    seatCountRelation: 'Forhold mellem antal pladser for to partstyper',
    politicalComposition: 'Pladser afspejler den politiske sammensætning',
    functionHolderNotMember: 'Indehaveren af en post er medlem',
    bornRuleEmpty: 'En født plads giver medlemmer',
    ruleCycle: 'Fødte pladser afhænger ikke af hinanden i ring',
  },
  severity: { error: 'Brud', warning: 'Advarsel' },
  memberSource: { appointed: 'Udpeget', born: 'Født medlem' },
  bornRuleEmptyReason: {
    noParties: 'der er ingen parter at hente medlemmer fra',
    noForums: 'de fora, reglen henviser til, findes ikke på datoen',
  },
  breach: {
    everyClusterRepresented: '{{clusterName}} er ikke repræsenteret i {{forumName}}.',
    includesAllClusterCoChairs:
      '{{personName}} ({{partyName}}), medformand for {{clusterName}}, er ikke medlem af {{forumName}}.',
    seatsOfPartyKind: {
      tooFew:
        '{{forumName}} har {{count}} pladser for {{partyKinds}}, men skal have mindst {{min}}.',
      tooMany: '{{forumName}} har {{count}} pladser for {{partyKinds}}, men må højst have {{max}}.',
    },
    maxSeatsPerMunicipality:
      '{{municipalityName}} har {{count}} pladser i {{forumName}}, men må højst have {{max}}.',
    roleHeldByPartyKind: {
      vacant:
        'Posten som {{role}} i {{forumName}} er ikke besat. Den skal varetages af {{partyKinds}}.',
      wrongParty:
        '{{personName}} ({{partyName}}) er {{role}} i {{forumName}}, men posten skal varetages af {{partyKinds}}.',
    },
    cadenceMet: {
      tooFew:
        '{{forumName}} har {{count}} møder (afholdte og planlagte) i {{year}}, men skal mødes mindst {{min}} gange om året.',
      tooMany:
        '{{forumName}} har {{count}} møder (afholdte og planlagte) i {{year}}, men skal mødes højst {{max}} gange om året.',
    },
    noVacantSeats: 'Pladsen »{{seatLabel}}«{{seatFor}} i {{forumName}} er ledig.',
    seatsPerMunicipality:
      '{{municipalityName}} ({{population}} indbyggere) har {{count}} pladser i {{forumName}}, men skal have {{expected}}.',
    seatCountRelation:
      '{{forumName}} har {{count}} pladser for {{partyKinds}} og {{otherCount}} for {{otherPartyKinds}}; der skal være {{expected}} for {{partyKinds}} ({{otherPartyKinds}} {{difference}}).',
    politicalComposition:
      '{{personName}} sidder på pladsen »{{seatLabel}}« i {{forumName}}, som er forbeholdt parti {{politicalParty}}, men er registreret med parti {{personParty}}.',
    functionHolderNotMember:
      '{{personName}} har posten som {{role}} (»{{seatLabel}}«) i {{forumName}} uden at være medlem.',
    bornRuleEmpty:
      'Den fødte plads »{{seatLabel}}« i {{forumName}} giver ingen medlemmer: {{reason}}.',
    ruleCycle: 'Fødte pladser afhænger af hinanden i ring: {{forumNames}}.',
  },
  bornRule: {
    officeHolders: {
      forumCluster: '{{office}} i hver kommune i {{clusterName}}',
      cluster: '{{office}} i hver kommune i {{clusterName}}',
      collaboration: '{{office}} i hver af {{partyKinds}}',
      parties: '{{office}} i {{partyNames}}',
    },
    substitute: '{{rule}}; stedfortræder: {{substituteOffice}}',
    roleHolders: {
      clusterForums: 'Den, der er {{role}} i hver klynges {{forumKindDefinite}} forum',
      forums: 'Den, der er {{role}} i {{forumNames}}',
    },
    officeHoldersOfRepresented: {
      any: '{{office}} fra de parter, der er repræsenteret i {{forumName}}',
      role: '{{office}} fra den part, hvis medlem er {{role}} i {{forumName}}',
    },
    onlyPartyKind: '{{rule}} (kun {{partyKinds}})',
    born: 'Født plads: {{rule}}',
    appointed: 'Udpeget',
    appointedBy: 'Udpeget af {{appointer}}',
    unknownCluster: 'forummets klynge',
  },
  problems: {
    notValidOnDate:
      '{{entity}} findes ikke den {{date}}. En ændring skal gælde fra en dag, hvor den findes.',
    forumEnded: '{{name}} blev nedlagt {{lastDay}}',
    forumEndedSuccessors_one: '{{name}} blev nedlagt {{lastDay}}; efterfølger: {{successors}}',
    forumEndedSuccessors_other: '{{name}} blev nedlagt {{lastDay}}; efterfølgere: {{successors}}',
    forumNotYet: '{{name}} oprettes først {{firstDay}}',
    forumNotOnDate: '{{name}} findes ikke den {{date}}',
    forumUnknown: 'Forummet findes ikke den {{date}}',
    endsBeforeStart: '{{entity}} begynder først den {{validFrom}} og kan ikke slutte før.',
    unknownReference: '{{entity}} ({{id}}) findes ikke i samarbejdet den {{date}}.',
    unknownPerson: 'Personen ({{id}}) findes ikke.',
    notAFunctionRole:
      'En funktionsplads giver posten som formand, medformand eller næstformand, ikke {{role}}.',
    wrongCollaboration: '{{entity}} hører til et andet samarbejde.',
    keyTaken: 'Nøglen »{{key}}« bruges allerede i samarbejdet.',
    bornSeatNotAppointable: 'Pladsen »{{seatLabel}}« er født og kan ikke besættes ved udpegning.',
    seatTakenLater:
      'Pladsen »{{seatLabel}}« har allerede en udpegning fra den {{validFrom}}. Afslut eller ret den først.',
    officeTakenLater:
      'Embedet har allerede en indehaver fra den {{validFrom}}. Afslut eller ret den først.',
    officeOccupied:
      'Embedet har allerede en indehaver den {{validFrom}}. Vælg at erstatte den nuværende indehaver.',
    nothingToChange: 'Der er intet at ændre.',
    successorIsOld: 'Et forum kan ikke efterfølge sig selv.',
    compositionBreach_one: 'Ændringen giver {{count}} nyt brud på sammensætningsreglerne.',
    compositionBreach_other: 'Ændringen giver {{count}} nye brud på sammensætningsreglerne.',
  },
  entity: {
    collaboration: 'Samarbejdet',
    party: 'Parten',
    cluster: 'Klyngen',
    clusterMembership: 'Klyngemedlemskabet',
    forum: 'Forummet',
    seat: 'Pladsen',
    person: 'Personen',
    officeHolding: 'Embedet',
    appointment: 'Udpegningen',
    compositionRule: 'Reglen',
  },
};

/** The `organisation` namespace. */
export const organisation: Namespace<typeof da> = {
  da,
  en: {
    ...organisationPages.en,
    ...organisationDetails.en,
    ...organisationEdit.en,
    ...organisationImport.en,
    ...organisationHolders.en,
    ...organisationReform.en,
    partyKind: {
      municipality: 'municipality',
      region: 'region',
      hospital: 'hospital',
      generalPractice: 'general practice (PLO)',
      psychiatry: 'psychiatry',
      childrenYouth: 'children and youth',
      patientCommittee: "patients' committee",
      kkrSecretariat: 'KKR secretariat',
      jointSecretariat: 'joint secretariat',
      other: 'other party',
    },
    forumLevel: {
      national: 'National level',
      regional: 'Regional level',
      healthCouncil: 'Health council level',
      cluster: 'Cluster level',
      municipal: 'Municipal level',
      bilateral: 'Bilateral level',
    },
    forumKind: {
      political: 'political',
      administrative: 'administrative',
      professional: 'professional',
    },
    scope: {
      crossSector: 'cross-sector',
      interMunicipal: 'inter-municipal',
    },
    role: {
      chair: 'chair',
      coChair: 'co-chair',
      viceChair: 'vice-chair',
      member: 'member',
      secretary: 'secretary',
      attendee: 'attendee',
      optionalAttendee: 'optional attendee',
    },
    office: {
      mayor: 'mayor',
      deputyMayor: 'deputy mayor',
      councilMember: 'council member',
      municipalDirector: 'municipal director',
      healthDirector: 'health director',
      healthManager: 'health manager',
      regionCouncilChair: 'chair of the regional council',
      regionCouncilViceChair: 'vice-chair of the regional council',
      regionalCouncillor: 'regional councillor',
      regionalDirector: 'regional director',
      hospitalDirector: 'hospital director',
      ploChair: 'chair of PLO',
      ploViceChair: 'vice-chair of PLO',
      other: 'other office',
    },
    ruleKind: {
      everyClusterRepresented: 'Every cluster is represented',
      includesAllClusterCoChairs: "Every cluster's co-chair is a member",
      seatsOfPartyKind: 'Number of seats for a party kind',
      maxSeatsPerMunicipality: 'At most a number of seats per municipality',
      roleHeldByPartyKind: 'A function is held by a given party kind',
      cadenceMet: 'The meeting cadence is met',
      noVacantSeats: 'No vacant seats',
      seatsPerMunicipality: 'Seats per municipality by population',
      seatCountRelation: 'Ratio of seats between two party kinds',
      politicalComposition: 'Seats mirror the political composition',
      functionHolderNotMember: 'The holder of a function is a member',
      bornRuleEmpty: 'A born seat yields members',
      ruleCycle: 'Born seats do not depend on each other in a circle',
    },
    severity: { error: 'Breach', warning: 'Warning' },
    memberSource: { appointed: 'Appointed', born: 'Born member' },
    bornRuleEmptyReason: {
      noParties: 'there are no parties to draw members from',
      noForums: 'the fora the rule refers to do not exist on the date',
    },
    breach: {
      everyClusterRepresented: '{{clusterName}} is not represented in {{forumName}}.',
      includesAllClusterCoChairs:
        '{{personName}} ({{partyName}}), co-chair of {{clusterName}}, is not a member of {{forumName}}.',
      seatsOfPartyKind: {
        tooFew: '{{forumName}} has {{count}} seats for {{partyKinds}} but needs at least {{min}}.',
        tooMany:
          '{{forumName}} has {{count}} seats for {{partyKinds}} but may have at most {{max}}.',
      },
      maxSeatsPerMunicipality:
        '{{municipalityName}} has {{count}} seats in {{forumName}} but may have at most {{max}}.',
      roleHeldByPartyKind: {
        vacant:
          'The {{role}} function in {{forumName}} is vacant. It must be held by {{partyKinds}}.',
        wrongParty:
          '{{personName}} ({{partyName}}) is {{role}} in {{forumName}}, but the function must be held by {{partyKinds}}.',
      },
      cadenceMet: {
        tooFew:
          '{{forumName}} has {{count}} meetings (held and planned) in {{year}} but must meet at least {{min}} times a year.',
        tooMany:
          '{{forumName}} has {{count}} meetings (held and planned) in {{year}} but must meet at most {{max}} times a year.',
      },
      noVacantSeats: 'The seat "{{seatLabel}}"{{seatFor}} in {{forumName}} is vacant.',
      seatsPerMunicipality:
        '{{municipalityName}} ({{population}} inhabitants) has {{count}} seats in {{forumName}} but should have {{expected}}.',
      seatCountRelation:
        '{{forumName}} has {{count}} seats for {{partyKinds}} and {{otherCount}} for {{otherPartyKinds}}; {{partyKinds}} should have {{expected}} ({{otherPartyKinds}} {{difference}}).',
      politicalComposition:
        '{{personName}} holds the seat "{{seatLabel}}" in {{forumName}}, reserved for party {{politicalParty}}, but is recorded with party {{personParty}}.',
      functionHolderNotMember:
        '{{personName}} holds the {{role}} function ("{{seatLabel}}") in {{forumName}} without being a member.',
      bornRuleEmpty:
        'The born seat "{{seatLabel}}" in {{forumName}} yields no members: {{reason}}.',
      ruleCycle: 'Born seats depend on each other in a circle: {{forumNames}}.',
    },
    bornRule: {
      officeHolders: {
        forumCluster: '{{office}} of each municipality in {{clusterName}}',
        cluster: '{{office}} of each municipality in {{clusterName}}',
        collaboration: '{{office}} of each of {{partyKinds}}',
        parties: '{{office}} of {{partyNames}}',
      },
      substitute: '{{rule}}; substitute: {{substituteOffice}}',
      roleHolders: {
        clusterForums: "Whoever is {{role}} in every cluster's {{forumKindDefinite}} forum",
        forums: 'Whoever is {{role}} in {{forumNames}}',
      },
      officeHoldersOfRepresented: {
        any: '{{office}} of the parties represented in {{forumName}}',
        role: '{{office}} of the party whose member is {{role}} in {{forumName}}',
      },
      onlyPartyKind: '{{rule}} (only {{partyKinds}})',
      born: 'Born seat: {{rule}}',
      appointed: 'Appointed',
      appointedBy: 'Appointed by {{appointer}}',
      unknownCluster: "the forum's cluster",
    },
    problems: {
      notValidOnDate:
        '{{entity}} does not exist on {{date}}. A change must take effect on a day when it exists.',
      forumEnded: '{{name}} was abolished on {{lastDay}}',
      forumEndedSuccessors_one: '{{name}} was abolished on {{lastDay}}; successor: {{successors}}',
      forumEndedSuccessors_other:
        '{{name}} was abolished on {{lastDay}}; successors: {{successors}}',
      forumNotYet: '{{name}} is only established on {{firstDay}}',
      forumNotOnDate: '{{name}} does not exist on {{date}}',
      forumUnknown: 'The forum does not exist on {{date}}',
      endsBeforeStart: '{{entity}} starts on {{validFrom}} and cannot end before that.',
      unknownReference: '{{entity}} ({{id}}) does not exist in the collaboration on {{date}}.',
      unknownPerson: 'The person ({{id}}) does not exist.',
      notAFunctionRole:
        'A function seat gives the function of chair, co-chair or vice-chair, not {{role}}.',
      wrongCollaboration: '{{entity}} belongs to another collaboration.',
      keyTaken: 'The key "{{key}}" is already used in the collaboration.',
      bornSeatNotAppointable:
        'The seat "{{seatLabel}}" is a born seat and cannot be filled by appointment.',
      seatTakenLater:
        'The seat "{{seatLabel}}" already has an appointment from {{validFrom}}. End or correct it first.',
      officeTakenLater:
        'The office already has a holder from {{validFrom}}. End or correct that holding first.',
      officeOccupied:
        'The office already has a holder on {{validFrom}}. Choose to replace the current holder.',
      nothingToChange: 'There is nothing to change.',
      successorIsOld: 'A forum cannot succeed itself.',
      compositionBreach_one: 'The change adds {{count}} breach of the composition rules.',
      compositionBreach_other: 'The change adds {{count}} breaches of the composition rules.',
    },
    entity: {
      collaboration: 'The collaboration',
      party: 'The party',
      cluster: 'The cluster',
      clusterMembership: 'The cluster membership',
      forum: 'The forum',
      seat: 'The seat',
      person: 'The person',
      officeHolding: 'The office holding',
      appointment: 'The appointment',
      compositionRule: 'The rule',
    },
  },
};
