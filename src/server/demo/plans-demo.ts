/**
 * The demo's fictional implementation plan (issue 9 item 9), loaded after the organisation,
 * meetings and reform demos: a plan marked "Fiktivt eksempel" (plans.fictional) owned by the top
 * forum of the demo day — the SSU of the 2022–2026 collaboration before 2027, Sundhedsråd Fyn
 * after the reform (with the SSU as its earlier owner when the plan began before 2027) — its goal
 * hierarchy, 24 initiatives with milestones, three closed reporting rounds and an open one with
 * degrees that evolve from round to round (plans-demo.data.ts), and the clusters' priorities.
 * The demo contact (kontakt@) reports for the first municipality (Odense). One transaction, one
 * audit row. No figure is real.
 */
import { and, asc, eq, gte, isNull, lte, or } from 'drizzle-orm';
import { addDays, compareDates, type IsoDate } from '../../shared/dates';
import type { ScopeGrant } from '../../shared/scopes';
import type { Database, Db } from '../db/client';
import { mutate, SYSTEM_ACTOR } from '../platform/audit';
import { findUserByEmail } from '../modules/auth/index';
import { replaceGrants } from '../modules/access/index';
import {
  clusterMemberships,
  clusters,
  findEntityIdByKey,
  parties,
} from '../modules/organisation/index';
import { cases } from '../modules/cases/index';
import { planInitiatives, planLinks, planOwners, plans } from '../modules/plans/plans.table';
import type { DemoOptions } from './demo';
import { DEMO_COLLABORATION_KEY } from './meetings-demo.schedule';
import {
  COUNCIL_OF_CLUSTER,
  REFORM_DATE,
  SUCCESSOR_COLLABORATION_KEY,
} from './reform-demo.schedule';
import { insertContent, type Setting } from './plans-demo.content';
import {
  DEMO_DEGREE_SCALE,
  DEMO_PLAN_KEY,
  demoPeriodFrom,
  FICTIONAL_PREFIX,
} from './plans-demo.data';

/** The demo contact's account (see demo.ts): reports for the plan's first municipality. */
export const CONTACT_EMAIL = 'kontakt@demo.samspil.dk';
/** The municipality the demo contact reports for, when the plan covers it. */
export const CONTACT_MUNICIPALITY = 'Odense';
/** The health-council area whose council owns the plan after the reform. */
const COUNCIL_AREA = 'fyn' as const;

async function partiesOn(
  db: Db,
  collaborationId: string,
  day: IsoDate,
  kind: 'municipality' | 'region',
) {
  const rows = await db
    .select({ entityId: parties.entityId, name: parties.name })
    .from(parties)
    .where(
      and(
        eq(parties.collaborationId, collaborationId),
        eq(parties.kind, kind),
        lte(parties.validFrom, day),
        or(isNull(parties.validTo), gte(parties.validTo, day)),
      ),
    );
  return rows.sort((a, b) => a.name.localeCompare(b.name, 'da'));
}

async function clustersOn(db: Db, collaborationId: string, day: IsoDate, key?: string) {
  const rows = await db
    .select({ entityId: clusters.entityId, name: clusters.name })
    .from(clusters)
    .where(
      and(
        eq(clusters.collaborationId, collaborationId),
        key === undefined ? undefined : eq(clusters.key, key),
        lte(clusters.validFrom, day),
        or(isNull(clusters.validTo), gte(clusters.validTo, day)),
      ),
    );
  return rows.sort((a, b) => a.name.localeCompare(b.name, 'da'));
}

async function membersOf(db: Db, clusterId: string, day: IsoDate): Promise<Set<string>> {
  const rows = await db
    .select({ partyId: clusterMemberships.partyId })
    .from(clusterMemberships)
    .where(
      and(
        eq(clusterMemberships.clusterId, clusterId),
        lte(clusterMemberships.validFrom, day),
        or(isNull(clusterMemberships.validTo), gte(clusterMemberships.validTo, day)),
      ),
    );
  return new Set(rows.map((r) => r.partyId));
}

/** The plan's setting on `today`, or null when the organisation demo is missing. */
async function settingOn(db: Db, today: IsoDate, periodFrom: IsoDate): Promise<Setting | null> {
  const south = await findEntityIdByKey(db, 'collaboration', null, DEMO_COLLABORATION_KEY);
  if (south === null) return null;
  const ssu = await findEntityIdByKey(db, 'forum', south, 'ssu');
  if (compareDates(today, REFORM_DATE) < 0) {
    if (ssu === null) return null;
    return {
      collaborationId: south,
      owners: [{ forumId: ssu, validFrom: periodFrom, validTo: null }],
      municipalities: await partiesOn(db, south, today, 'municipality'),
      region: (await partiesOn(db, south, today, 'region'))[0] ?? null,
      clusters: await clustersOn(db, south, today),
      kind: 'healthAgreement',
    };
  }
  const next = await findEntityIdByKey(db, 'collaboration', null, SUCCESSOR_COLLABORATION_KEY);
  if (next === null) return null;
  const council = await findEntityIdByKey(db, 'forum', next, COUNCIL_OF_CLUSTER[COUNCIL_AREA]);
  if (council === null) return null;
  const area = await clustersOn(db, next, today, COUNCIL_AREA);
  const members = area[0] ? await membersOf(db, area[0].entityId, today) : new Set<string>();
  const municipalities = (await partiesOn(db, next, today, 'municipality')).filter(
    (p) => members.size === 0 || members.has(p.entityId),
  );
  const owners: Setting['owners'] = [];
  if (ssu !== null && compareDates(periodFrom, REFORM_DATE) < 0) {
    owners.push({ forumId: ssu, validFrom: periodFrom, validTo: addDays(REFORM_DATE, -1) });
  }
  const councilFrom = compareDates(periodFrom, REFORM_DATE) < 0 ? REFORM_DATE : periodFrom;
  owners.push({ forumId: council, validFrom: councilFrom, validTo: null });
  return {
    collaborationId: next,
    owners,
    municipalities,
    region: (await partiesOn(db, next, today, 'region'))[0] ?? null,
    clusters: area,
    kind: 'localHealthPlan',
  };
}

/** Loads the demo plan; does nothing when the organisation is missing or the plan exists. */
export async function loadPlansDemo(database: Database, options: DemoOptions): Promise<void> {
  const { db } = database;
  const { today } = options;
  const periodFrom = demoPeriodFrom(today);
  const setting = await settingOn(db, today, periodFrom);
  if (setting === null || setting.municipalities.length === 0) return;
  const [existing] = await db
    .select({ id: plans.id })
    .from(plans)
    .where(and(eq(plans.collaborationId, setting.collaborationId), eq(plans.key, DEMO_PLAN_KEY)))
    .limit(1);
  if (existing) return;
  const contact = await findUserByEmail(db, CONTACT_EMAIL);
  const contactParty =
    setting.municipalities.find((p) => p.name === CONTACT_MUNICIPALITY) ??
    setting.municipalities[0];
  await mutate(db, SYSTEM_ACTOR, async (tx) => {
    const planId = await insertPlan(tx, setting, periodFrom);
    const counts = await insertContent(tx, planId, setting, today, contactParty?.entityId ?? null);
    const links = await linkDemoCases(tx, planId, setting.collaborationId);
    if (contact && contactParty) {
      const grants: ScopeGrant[] = [{ kind: 'party', target: contactParty.entityId }];
      await replaceGrants(tx, contact.id, 'manual', grants);
    }
    return {
      result: planId,
      audit: {
        action: 'plans.demo',
        entityType: 'plan',
        entityId: planId,
        summary: 'Fiktiv demo-plan med mål, indsatser, milepæle og indberetningsrunder indlæst',
        after: { ...counts, links, contactPartyId: contactParty?.entityId ?? null },
        relatedIds: [setting.collaborationId, ...setting.owners.map((o) => o.forumId)],
      },
    };
  });
}

/** Links the plan's first initiatives to the collaboration's earliest cases (when there are any). */
async function linkDemoCases(tx: Db, planId: string, collaborationId: string): Promise<number> {
  const found = await tx
    .select({ id: cases.id })
    .from(cases)
    .where(eq(cases.collaborationId, collaborationId))
    .orderBy(asc(cases.raisedOn), asc(cases.id))
    .limit(2);
  const initiatives = await tx
    .select({ id: planInitiatives.id })
    .from(planInitiatives)
    .where(eq(planInitiatives.planId, planId))
    .orderBy(asc(planInitiatives.position))
    .limit(found.length);
  const rows = initiatives.map((initiative, i) => ({
    planId,
    initiativeId: initiative.id,
    kind: 'case' as const,
    targetId: found[i]!.id,
  }));
  if (rows.length) await tx.insert(planLinks).values(rows);
  return rows.length;
}

async function insertPlan(tx: Db, setting: Setting, periodFrom: IsoDate): Promise<string> {
  const fromYear = Number(periodFrom.slice(0, 4));
  const toYear = fromYear + 3;
  const title =
    setting.kind === 'healthAgreement'
      ? `${FICTIONAL_PREFIX} Sundhedsaftale ${fromYear}–${toYear}`
      : `${FICTIONAL_PREFIX} Nærsundhedsplan for Fyn ${fromYear}–${toYear}`;
  const [plan] = await tx
    .insert(plans)
    .values({
      collaborationId: setting.collaborationId,
      key: DEMO_PLAN_KEY,
      kind: setting.kind,
      title,
      description:
        'Et fiktivt eksempel til demonstration af Samspil. Indsatser, grader og prioriteringer er opdigtede og beskriver ikke virkelige kommuner.',
      periodFrom,
      periodTo: `${toYear}-12-31`,
      status: 'adopted',
      adoptedOn: addDays(periodFrom, 45),
      degreeScale: DEMO_DEGREE_SCALE,
      fictional: true,
    })
    .returning({ id: plans.id });
  if (!plan) throw new Error('demo: the plan was not stored');
  await tx.insert(planOwners).values(setting.owners.map((o) => ({ planId: plan.id, ...o })));
  return plan.id;
}
