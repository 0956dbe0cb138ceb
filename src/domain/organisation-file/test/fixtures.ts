/**
 * Test fixtures for organisation files: a small reference data set (rows copied from
 * reference/*.csv) and a valid file to break in tests, line by line.
 */
import { parseReferenceData, type ReferenceData } from '../reference';

const MUNICIPALITIES = `code,name,region,population,population_year,source
101,København,Hovedstaden,632340,2020,"DAWA + DST FOLK1A 2020K1"
561,Esbjerg,Syddanmark,115483,2020,"DAWA + DST FOLK1A 2020K1"
563,Fanø,Syddanmark,3488,2020,"DAWA + DST FOLK1A 2020K1"
573,Varde,Syddanmark,49961,2020,"DAWA + DST FOLK1A 2020K1"
461,Odense,Syddanmark,204895,2020,"DAWA + DST FOLK1A 2020K1"
`;

const CLUSTERS = `cluster,region,acute_hospitals,municipality_codes,source,verified
Sundhedsklynge Sydvestjylland,Syddanmark,Sydvestjysk Sygehus (Esbjerg),561;563;573,2019 list,partial: members only from 2019 proposal
Sundhedsklynge Byen,Hovedstaden,Bispebjerg og Frederiksberg Hospital,101,hospital page,yes (101 København is SPLIT)
Sundhedsklynge Syd,Hovedstaden,Amager og Hvidovre Hospital,101,hospital page,yes
`;

/** A small reference data set. */
export const TEST_REFERENCE: ReferenceData = parseReferenceData(MUNICIPALITIES, CLUSTERS);

/**
 * A valid file (line numbers matter to the tests: keep the layout). Lines: 1 collaboration,
 * 7 parties, 11 clusters, 20 fora.
 */
export const VALID_FILE = `collaboration:
  key: test
  name: Testsamarbejde
  regionName: Syddanmark
  validFrom: 2022-07-01
  validTo: 2026-12-31
parties:
  - { kind: municipality, code: "561" }
  - { kind: municipality, code: "563" }
  - { key: region, kind: region, name: Region Syddanmark }
clusters:
  - key: sydvest
    name: Sundhedsklynge Sydvestjylland
    reference: Sundhedsklynge Sydvestjylland
    verified: false
    members:
      - { municipality: "561", verified: false }
      - { municipality: "563", verified: false }
fora:
  - key: klynge
    name: Politisk klynge
    level: cluster
    kind: political
    scope: crossSector
    cluster: sydvest
    seats:
      - key: mayors
        label: Borgmestre
        born: { kind: officeHolders, office: mayor, parties: { of: forumCluster } }
      - { key: co-chair, role: coChair, isFunction: true, label: Medformand, partyKind: municipality }
  - key: ssu
    name: SSU
    level: regional
    kind: political
    scope: crossSector
    seats:
      - key: co-chairs
        label: Medformænd
        born: { kind: roleHolders, role: coChair, forums: { of: clusterForums, forumKind: political }, partyKind: municipality }
      - { key: regional, count: 2, label: Regionsrådsmedlem, party: region, partyKind: region }
    rules:
      - { kind: seatsOfPartyKind, partyKind: region, min: 2, max: 2 }
`;

/** Replaces the first occurrence of `from` in the valid file (throws when absent). */
export function broken(from: string, to: string): string {
  if (!VALID_FILE.includes(from)) throw new Error(`not in the valid file: ${from}`);
  return VALID_FILE.replace(from, to);
}

/**
 * A health council (2027) in a collaboration created by a merger: the region's predecessor is a
 * party of another collaboration, the area is a health council area with per-fact verification,
 * a born seat names one municipality's mayor with the deputy mayor as substitute, a seat is
 * reserved for a political party, and the council's anchor is reused with a YAML merge key.
 */
export const HEALTH_COUNCIL_FILE = `format: samspil/organisation@1
collaboration:
  key: sundhed-2027
  name: Sundhedssamarbejde 2027
  regionName: Syddanmark
  validFrom: 2027-01-01
parties:
  - { kind: municipality, code: "561" }
  - { kind: municipality, code: "563" }
  - { kind: municipality, code: "573" }
  - key: region
    kind: region
    name: Region Syddanmark
    councilSize: 31
    predecessors: [{ collaboration: syd-2022, party: region }]
    verification: { councilSize: { status: verified, source: "L 214 § 1 nr. 7" } }
clusters:
  - key: sydvest
    kind: healthCouncilArea
    name: Sundhedsråd Sydvestjyllands område
    verified: false
    verification: { members: { status: unverified, note: "Ikke bekræftet af regionen" } }
    members:
      - { municipality: "561", verified: false }
      - { municipality: "563", verified: false, verification: { membership: { status: conflict, note: "CONFLICT: to kilder" } } }
      - { municipality: "573", verified: false }
defaults:
  council: &council
    level: healthCouncil
    kind: political
    scope: crossSector
fora:
  - <<: *council
    key: sundhedsraad-sydvest
    name: Sundhedsråd Sydvestjylland
    cluster: sydvest
    owner: region
    verification: { owner: { status: verified, source: "L 214" } }
    seats:
      - { key: chair, role: chair, isFunction: true, partyKind: region, label: Formand }
      - key: mayors
        label: Borgmestre
        born: { kind: officeHolders, office: mayor, parties: { of: forumCluster }, substitute: { office: deputyMayor } }
      - key: esbjerg-mayor
        label: Esbjergs borgmester
        born: { kind: officeHolders, office: mayor, parties: { of: parties, parties: ["561"] } }
      - { key: regional, count: 2, label: Regionsrådsmedlem, partyKind: region, party: region }
      - { key: extra-a, label: Supplerende medlem (A), partyKind: region, party: region, politicalParty: A }
    rules:
      - kind: seatsPerMunicipality
        seats: 1
        tiers: [{ populationAbove: 100000, seats: 2 }]
        severity: warning
        verification: { formula: { status: inferred, note: "Observeret mønster" } }
      - { kind: seatCountRelation, partyKind: region, otherPartyKind: municipality, difference: 1, severity: warning }
      - { kind: politicalComposition }
      - { kind: everyClusterRepresented, areaKind: healthCouncilArea }
persons:
  - key: anna
    name: Anna Prøvesen (demo)
    fictional: true
    politicalParty: V
    offices: [{ party: "561", office: mayor }]
  - key: bo
    name: Bo Prøvesen (demo)
    fictional: true
    offices: [{ party: "561", office: deputyMayor }]
  - key: carl
    name: Carl Prøvesen (demo)
    fictional: true
    politicalParty: A
appointments:
  - { seat: sundhedsraad-sydvest/extra-a, person: anna }
`;
