/**
 * Route-test fixtures for the cases and agendas modules: a small collaboration with two clusters
 * and the chain of seed 004 (cluster administrative forum → officials' committee → TSS → SSU),
 * plus a theme group and the steering group (seed 001). Each forum gets one member with a
 * logged-in client (person linked to the user); the SSU also gets a secretary and a chair.
 * Built through the organisation module's use cases, meetings through the meetings API.
 */
import { expect } from 'vitest';
import { addDays, todayInDenmark, type IsoDate } from '../../shared/dates';
import type { SeatRole } from '../../shared/organisation.enums';
import type { Role } from '../../shared/roles';
import { SYSTEM_ACTOR } from '../platform/audit';
import type { TestClient, TestContext } from './test-app';
import {
  appoint,
  createCluster,
  createCollaboration,
  createForum,
  createPerson,
  createSeat,
  orgContext,
} from '../modules/organisation/index';

/** The fora of the fixture. */
export const FORA = ['klyngeNord', 'klyngeSyd', 'eu', 'tss', 'ssu', 'tema', 'styregruppe'] as const;
export type ForumName = (typeof FORA)[number];

/** A forum member with a logged-in client. */
export interface FixtureMember {
  client: TestClient;
  personId: string;
}

/** The organisation of the fixture. */
export interface OrgFixture {
  collaborationId: string;
  clusters: { nord: string; syd: string };
  fora: Record<ForumName, string>;
  /** One member of each forum (role `member` on the account). */
  members: Record<ForumName, FixtureMember>;
  /** The SSU's secretary (a secretariat account) and chair (a member account). */
  ssuSecretary: FixtureMember;
  /** The substitute of the SSU member (no seat of their own). */
  ssuSubstitute: FixtureMember;
  temaChair: FixtureMember;
}

const FROM = '2025-01-01';

const FORUM_SPECS: Record<
  ForumName,
  {
    name: string;
    level: 'cluster' | 'regional' | 'municipal';
    kind: 'administrative' | 'political' | 'professional';
    cluster?: 'nord' | 'syd';
  }
> = {
  klyngeNord: {
    name: 'Klynge Nord, administrativt forum',
    level: 'cluster',
    kind: 'administrative',
    cluster: 'nord',
  },
  klyngeSyd: {
    name: 'Klynge Syd, administrativt forum',
    level: 'cluster',
    kind: 'administrative',
    cluster: 'syd',
  },
  eu: { name: 'Embedsmandsudvalget', level: 'municipal', kind: 'administrative' },
  tss: {
    name: 'Tværsektorielt Strategisk Samarbejdsforum',
    level: 'regional',
    kind: 'administrative',
  },
  ssu: { name: 'Sundhedssamarbejdsudvalget', level: 'regional', kind: 'political' },
  tema: { name: 'Temagruppe Forebyggelse', level: 'regional', kind: 'professional' },
  styregruppe: { name: 'Sundhedsstyregruppen', level: 'regional', kind: 'administrative' },
};

async function personWithAccount(
  ctx: TestContext,
  account: Role,
  name: string,
): Promise<FixtureMember> {
  const client = await ctx.loginAs(account, name);
  const person = await createPerson(orgContext(ctx.database.db), SYSTEM_ACTOR, {
    name,
    userId: client.userId,
    fictional: true,
  });
  return { client, personId: person.id };
}

async function seatWithMember(
  ctx: TestContext,
  forumId: string,
  role: SeatRole,
  account: Role,
  name: string,
  substitute?: FixtureMember,
): Promise<FixtureMember> {
  const org = orgContext(ctx.database.db);
  const member = await personWithAccount(ctx, account, name);
  const seat = await createSeat(org, SYSTEM_ACTOR, forumId, {
    label: `${name} (plads)`,
    role,
    validFrom: FROM,
  });
  await appoint(org, SYSTEM_ACTOR, {
    seatId: seat.result.entityId,
    personId: member.personId,
    substitutePersonId: substitute?.personId ?? null,
    validFrom: FROM,
  });
  return member;
}

/** Builds the fixture organisation. */
export async function buildOrganisation(
  ctx: TestContext,
  names: { name: string; regionName: string } = {
    name: 'Testsamarbejdet',
    regionName: 'Region Test',
  },
): Promise<OrgFixture> {
  const org = orgContext(ctx.database.db);
  const collaboration = await createCollaboration(org, SYSTEM_ACTOR, {
    ...names,
    validFrom: FROM,
  });
  const collaborationId = collaboration.entityId;
  const cluster = async (name: string) =>
    (await createCluster(org, SYSTEM_ACTOR, collaborationId, { name, validFrom: FROM })).result
      .entityId;
  const clusters = { nord: await cluster('Klynge Nord'), syd: await cluster('Klynge Syd') };
  const fora = {} as Record<ForumName, string>;
  for (const key of FORA) {
    const spec = FORUM_SPECS[key];
    const created = await createForum(org, SYSTEM_ACTOR, collaborationId, {
      name: spec.name,
      level: spec.level,
      kind: spec.kind,
      scope: 'crossSector',
      clusterId: spec.cluster ? clusters[spec.cluster] : null,
      validFrom: FROM,
    });
    fora[key] = created.result.entityId;
  }
  const ssuSubstitute = await personWithAccount(ctx, 'member', 'Suppleant SSU');
  const members = {} as Record<ForumName, FixtureMember>;
  for (const key of FORA) {
    const substitute = key === 'ssu' ? ssuSubstitute : undefined;
    members[key] = await seatWithMember(
      ctx,
      fora[key],
      'member',
      'member',
      `Medlem ${key}`,
      substitute,
    );
  }
  const ssuSecretary = await seatWithMember(
    ctx,
    fora.ssu,
    'secretary',
    'secretariat',
    'Sekretær SSU',
  );
  const temaChair = await seatWithMember(ctx, fora.tema, 'chair', 'member', 'Formand tema');
  return { collaborationId, clusters, fora, members, ssuSecretary, ssuSubstitute, temaChair };
}

/** A weekday `days` from today (Danish date). */
export function daysFromToday(days: number): IsoDate {
  return addDays(todayInDenmark(), days);
}

/** Creates a meeting of a forum on a date through the meetings API; returns its id. */
export async function createMeeting(
  secretariat: TestClient,
  fixture: OrgFixture,
  forum: ForumName,
  date: IsoDate,
): Promise<string> {
  const res = await secretariat.post('/api/meetings', {
    forumId: fixture.fora[forum],
    collaborationId: fixture.collaborationId,
    title: `Møde i ${forum} ${date}`,
    // Danish local time, in summer and winter alike.
    startsAt: `${date}T10:00`,
    endsAt: `${date}T12:00`,
    acknowledgeWarnings: true,
  });
  expect(res.statusCode, res.body).toBe(201);
  const body = res.json() as { id?: string; meeting?: { id: string } };
  return (body.meeting?.id ?? body.id) as string;
}

/** A multipart/form-data body with one file in the field `file`. */
export function multipartFile(
  fileName: string,
  content: Buffer,
  contentType = 'application/octet-stream',
): { payload: Buffer; headers: Record<string, string> } {
  const boundary = `----samspil${Math.random().toString(16).slice(2)}`;
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\n` +
      `Content-Type: ${contentType}\r\n\r\n`,
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  return {
    payload: Buffer.concat([head, content, tail]),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

/** A minimal (one-page) PDF. */
export const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);
