/**
 * Fixtures of the reform route tests: the 2022 models as copies without their assumed end, the
 * successor files (South Danish health councils, a merged Østdanmark), a tiny stand-in for
 * Region Sjælland's 2022 collaboration, and helpers over the API and the database.
 */
import { readFileSync } from 'node:fs';
import { sql } from 'drizzle-orm';
import { expect } from 'vitest';
import type { Db } from '../../../db/client';
import type { TestClient } from '../../../test/test-app';
import { findEntityIdByKey } from '../index';

const withoutAssumedEnd = (file: string) =>
  readFileSync(file, 'utf8').replace(/\n {2}validTo: 2026-12-31\n/, '\n');

/** The 2022 template without its assumed end, as the demo's copy before the reform. */
export const SOUTH = withoutAssumedEnd('templates/south-denmark-2022.yaml');
export const CAPITAL = withoutAssumedEnd('templates/capital-2022.yaml');

export const SOUTH_CODES = {
  fyn: ['420', '430', '440', '450', '461', '479', '480', '482', '492'],
  lillebaelt: ['410', '607', '621', '630'],
  sydvestjylland: ['530', '561', '563', '573', '575'],
  sonderjylland: ['510', '540', '550', '580'],
};

const councilSeats = `
    seats:
      - { key: formand, role: chair, isFunction: true, partyKind: region, label: Formand }
      - { key: municipal-co-chair, role: viceChair, isFunction: true, partyKind: municipality, label: Næstformand }
      - { key: municipal-members, partyKind: municipality, label: Kommunale medlemmer }`;

/** The successor model: four health councils on the clusters' areas, KKR by the same key. */
export function southSuccessor(): string {
  const codes = Object.values(SOUTH_CODES).flat();
  const areas = Object.entries(SOUTH_CODES)
    .map(
      ([key, members]) => `  - key: omraade-${key}
    kind: healthCouncilArea
    name: Sundhedsrådsområde ${key}
    members:
${members.map((m) => `      - { municipality: "${m}" }`).join('\n')}`,
    )
    .join('\n');
  const councils = Object.keys(SOUTH_CODES)
    .map(
      (key) => `  - key: sundhedsraad-${key}
    name: Sundhedsråd ${key}
    level: healthCouncil
    kind: political
    scope: crossSector
    cluster: omraade-${key}${councilSeats}`,
    )
    .join('\n');
  return `format: samspil/organisation@1
collaboration:
  key: south-denmark-2022
  name: Sundhedssamarbejdet i Syddanmark
  regionName: Syddanmark
  validFrom: 2027-01-01
parties:
${codes.map((c) => `  - { kind: municipality, code: "${c}" }`).join('\n')}
  - { key: region, kind: region, name: Region Syddanmark }
clusters:
${areas}
fora:
  - key: kkr
    name: KKR Syddanmark
    level: regional
    kind: political
    scope: interMunicipal
${councils}
`;
}

export async function forumId(db: Db, collaborationId: string, key: string): Promise<string> {
  const id = await findEntityIdByKey(db, 'forum', collaborationId, key);
  if (id === null) throw new Error(`no forum ${key}`);
  return id;
}

export async function seatId(db: Db, collaborationId: string, ref: string): Promise<string> {
  const id = await findEntityIdByKey(db, 'seat', collaborationId, ref);
  if (id === null) throw new Error(`no seat ${ref}`);
  return id;
}

/** What the dry run must leave untouched. */
export async function fingerprint(db: Db): Promise<string> {
  const q = async (query: ReturnType<typeof sql>) =>
    ((await db.execute(query)) as unknown as { rows: unknown[] }).rows;
  return JSON.stringify([
    await q(sql`select id, forum_id, collaboration_id, ics_sequence from meetings order by id`),
    await q(sql`select id, forum_id, status, meeting_id from case_steps order by id`),
    await q(sql`select id, collaboration_id from cases order by id`),
    await q(sql`select id, forum_id from meeting_series order by id`),
    await q(sql`select id, valid_from, valid_to from fora order by id`),
    await q(sql`select id, valid_from, valid_to from seats order by id`),
    await q(sql`select id, valid_from, valid_to from clusters order by id`),
    await q(sql`select id, valid_from, valid_to from appointments order by id`),
    await q(sql`select id, valid_from, valid_to from office_holdings order by id`),
    await q(sql`select id, valid_from, valid_to from collaborations order by id`),
    await q(sql`select count(*)::int as n from reorganisations`),
    await q(sql`select count(*)::int as n from audit_log`),
  ]);
}

export async function meeting(client: TestClient, forum: string, date: string, title: string) {
  const res = await client.post('/api/meetings', {
    forumId: forum,
    title,
    startsAt: `${date}T10:00:00+01:00`,
    endsAt: `${date}T12:00:00+01:00`,
    acknowledgeWarnings: true,
  });
  expect(res.statusCode, res.body).toBe(201);
  const body = res.json() as { id?: string; meeting?: { id: string } };
  return (body.meeting?.id ?? body.id) as string;
}

export async function raise(
  client: TestClient,
  collaborationId: string,
  title: string,
  route: string[],
): Promise<{ id: string; steps: { id: string; forumId: string }[] }> {
  const res = await client.post('/api/cases', {
    collaborationId,
    title,
    type: 'decision',
    raisedInForumId: route[0],
    route,
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().case;
}

export const KINDS_WITH_WORK = [
  'openCases',
  'openCaseSteps',
  'futureMeetings',
  'meetingSeries',
  'openAgendaItems',
  'continuingAppointments',
];

/** A tiny 2022 collaboration standing in for Region Sjælland's. */
export const ZEALAND = `format: samspil/organisation@1
collaboration:
  key: zealand-test-2022
  name: Sundhedssamarbejdet i Sjælland (test)
  regionName: Sjælland
  validFrom: 2022-07-01
parties:
  - { kind: municipality, code: "259" }
  - { kind: municipality, code: "265" }
  - { kind: municipality, code: "330" }
  - { key: region, kind: region, name: Region Sjælland }
clusters:
  - key: klynge-koege
    name: Sundhedsklynge Køge
    members:
      - { municipality: "259" }
      - { municipality: "265" }
  - key: klynge-slagelse
    name: Sundhedsklynge Slagelse
    members:
      - { municipality: "330" }
fora:
  - key: ssu
    name: Sundhedssamarbejdsudvalget Sjælland
    level: regional
    kind: political
    scope: crossSector
  - key: klynge-koege
    name: Sundhedsklynge Køge
    level: cluster
    kind: political
    scope: crossSector
    cluster: klynge-koege
    seats:
      - { key: municipal-co-chair, role: coChair, partyKind: municipality, label: Kommunal medformand }
  - key: klynge-slagelse
    name: Sundhedsklynge Slagelse
    level: cluster
    kind: political
    scope: crossSector
    cluster: klynge-slagelse
`;

/** The merged 2027 collaboration: one council on the Køge and Copenhagen areas, one on the rest. */
export function eastSuccessor(capitalCodes: string[]): string {
  const all = [...new Set([...capitalCodes, '259', '265', '330'])];
  const east = capitalCodes.filter((c) => c !== '101');
  return `format: samspil/organisation@1
collaboration:
  key: ostdanmark-2027
  name: Sundhedssamarbejdet i Østdanmark
  regionName: Østdanmark
  validFrom: 2027-01-01
parties:
${all.map((c) => `  - { kind: municipality, code: "${c}" }`).join('\n')}
  - { key: region, kind: region, name: Region Østdanmark }
clusters:
  - key: omraade-byen
    kind: healthCouncilArea
    name: Sundhedsrådsområde København og Køge
    members:
${['101', '259', '265'].map((m) => `      - { municipality: "${m}" }`).join('\n')}
  - key: omraade-resten
    kind: healthCouncilArea
    name: Sundhedsrådsområde resten
    members:
${[...east, '330'].map((m) => `      - { municipality: "${m}" }`).join('\n')}
fora:
  - key: sundhedsraad-byen
    name: Sundhedsråd København og Køge
    level: healthCouncil
    kind: political
    scope: crossSector
    cluster: omraade-byen${councilSeats}
  - key: sundhedsraad-resten
    name: Sundhedsråd resten
    level: healthCouncil
    kind: political
    scope: crossSector
    cluster: omraade-resten${councilSeats}
`;
}
