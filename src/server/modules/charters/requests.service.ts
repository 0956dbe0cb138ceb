/**
 * Requests for charters: a forum (the officials' committee) asks every cluster of its
 * collaboration (as of a day) for its charter by a deadline with a minimum-requirements
 * checklist; each cluster delivers a version of one of its fora; the secretariat or the
 * requesting forum marks each requirement; the status matrix on a day (src/domain/charters).
 */
import { and, asc, count, desc, eq, inArray } from 'drizzle-orm';
import { requestStatus } from '../../../domain/charters/index';
import type { IsoDate } from '../../../shared/dates';
import type {
  CharterRequestDetail,
  CharterRequestInput,
  CharterRequestList,
  CharterRequestSummary,
  Delivery,
  DeliveryInput,
} from '../../../shared/charters.contract';
import type { Db } from '../../db/client';
import { mutate, type Actor } from '../../platform/audit';
import { AppError, notFound } from '../../platform/errors';
import { clustersOn, forumAsOf, namesOfFora } from '../funding/index';
import { charterDeliveries, charterRequests, charterVersions } from './charters.table';
import { requireForum } from './versions.service';

type RequestRow = typeof charterRequests.$inferSelect;
type DeliveryRow = typeof charterDeliveries.$inferSelect;

const REQUEST = { da: 'Efterlysningen', en: 'The request' };

export async function requireRequest(db: Db, id: string): Promise<RequestRow> {
  const [row] = await db.select().from(charterRequests).where(eq(charterRequests.id, id));
  if (!row) throw notFound(REQUEST);
  return row;
}

const toDelivery = (row: DeliveryRow): Delivery => ({
  id: row.id,
  requestId: row.requestId,
  clusterId: row.clusterId,
  forumId: row.forumId,
  versionId: row.versionId,
  deliveredOn: row.deliveredOn,
  met: row.met,
});

export async function createRequest(
  db: Db,
  actor: Actor,
  input: CharterRequestInput,
): Promise<string> {
  const forum = await requireForum(db, input.requestingForumId, input.asOf);
  if (input.deadline < input.asOf) {
    throw new AppError('unprocessable', {
      da: `Fristen (${input.deadline}) kan ikke ligge før opgørelsesdagen (${input.asOf}).`,
      en: `The deadline (${input.deadline}) cannot precede the as-of day (${input.asOf}).`,
    });
  }
  return mutate(db, actor, async (tx) => {
    const [row] = await tx
      .insert(charterRequests)
      .values({ ...input, collaborationId: forum.collaborationId })
      .returning();
    return {
      result: row!.id,
      audit: {
        action: 'charterRequest.create',
        entityType: 'charterRequest',
        entityId: row!.id,
        summary: `${forum.name}: ${input.title} (frist ${input.deadline})`,
        after: row,
        relatedIds: [forum.id, forum.collaborationId],
      },
    };
  });
}

async function summariesOf(db: Db, rows: RequestRow[]): Promise<CharterRequestSummary[]> {
  const names = await namesOfFora(
    db,
    rows.map((r) => r.requestingForumId),
  );
  const ids = rows.map((r) => r.id);
  const delivered = ids.length
    ? await db
        .select({ id: charterDeliveries.requestId, n: count() })
        .from(charterDeliveries)
        .where(inArray(charterDeliveries.requestId, ids))
        .groupBy(charterDeliveries.requestId)
    : [];
  const counts = new Map(delivered.map((d) => [d.id, Number(d.n)]));
  return rows.map((r) => ({
    id: r.id,
    collaborationId: r.collaborationId,
    requestingForum: { id: r.requestingForumId, name: names.get(r.requestingForumId) ?? '' },
    title: r.title,
    asOf: r.asOf,
    deadline: r.deadline,
    requirements: r.requirements,
    deliveredCount: counts.get(r.id) ?? 0,
  }));
}

export async function listRequests(
  db: Db,
  query: { collaborationId: string; limit: number; offset: number },
): Promise<CharterRequestList> {
  const where = eq(charterRequests.collaborationId, query.collaborationId);
  const rows = await db
    .select()
    .from(charterRequests)
    .where(where)
    .orderBy(desc(charterRequests.deadline), asc(charterRequests.id))
    .limit(query.limit)
    .offset(query.offset);
  const [total] = await db.select({ n: count() }).from(charterRequests).where(where);
  return { items: await summariesOf(db, rows), total: Number(total?.n ?? 0) };
}

export async function requestDetail(
  db: Db,
  id: string,
  on: IsoDate,
): Promise<CharterRequestDetail> {
  const request = await requireRequest(db, id);
  const [summary] = await summariesOf(db, [request]);
  const clusters = await clustersOn(db, request.collaborationId, request.asOf);
  const deliveries = await db
    .select({ d: charterDeliveries, version: charterVersions.version })
    .from(charterDeliveries)
    .innerJoin(charterVersions, eq(charterVersions.id, charterDeliveries.versionId))
    .where(eq(charterDeliveries.requestId, id));
  const byCluster = new Map(deliveries.map((d) => [d.d.clusterId, d]));
  const names = await namesOfFora(
    db,
    deliveries.map((d) => d.d.forumId),
  );
  const { rows, counts } = requestStatus({
    deadline: request.deadline,
    requirementCount: request.requirements.length,
    on,
    clusters: clusters.map((c) => {
      const d = byCluster.get(c.id);
      return {
        clusterId: c.id,
        delivery: d ? { deliveredOn: d.d.deliveredOn, met: d.d.met } : null,
      };
    }),
  });
  return {
    ...summary!,
    on,
    counts,
    rows: rows.map((row, i) => {
      const cluster = clusters[i]!;
      const d = byCluster.get(cluster.id);
      const seen = row.status === 'onTime' || row.status === 'late';
      return {
        ...row,
        clusterName: cluster.name,
        fora: cluster.fora,
        delivery:
          d && seen
            ? {
                id: d.d.id,
                forumId: d.d.forumId,
                forumName: names.get(d.d.forumId) ?? '',
                versionId: d.d.versionId,
                version: d.version,
                deliveredOn: d.d.deliveredOn,
              }
            : null,
      };
    }),
  };
}

/** 422 with a Danish text. */
const refuse = (da: string, en: string) => new AppError('unprocessable', { da, en });

export async function deliverCharter(
  db: Db,
  actor: Actor,
  requestId: string,
  input: DeliveryInput,
  today: IsoDate,
): Promise<Delivery> {
  const request = await requireRequest(db, requestId);
  const deliveredOn = input.deliveredOn ?? today;
  const forum = await forumAsOf(db, input.forumId, request.asOf);
  const clusters = await clustersOn(db, request.collaborationId, request.asOf);
  const cluster = clusters.find((c) => c.fora.some((f) => f.id === input.forumId));
  if (!forum || !cluster) {
    throw refuse(
      'Forummet er ikke en klynges forum i samarbejdet, som kommissoriet er efterlyst fra.',
      'The forum is not a cluster’s forum in the collaboration the charters were requested from.',
    );
  }
  const [version] = await db
    .select()
    .from(charterVersions)
    .where(
      input.versionId
        ? and(eq(charterVersions.id, input.versionId), eq(charterVersions.forumId, input.forumId))
        : eq(charterVersions.forumId, input.forumId),
    )
    .orderBy(desc(charterVersions.version))
    .limit(1);
  if (!version) {
    throw refuse(
      `${forum.name} har intet kommissorium (den version) at aflevere. Gem kommissoriet først.`,
      `${forum.name} has no charter (that version) to deliver. Save the charter first.`,
    );
  }
  return mutate(db, actor, async (tx) => {
    const values = {
      requestId,
      clusterId: cluster.id,
      forumId: input.forumId,
      versionId: version.id,
      deliveredOn,
      met: request.requirements.map(() => null),
      assessed: false,
    };
    // A cluster delivers once; delivering again replaces the version and clears the marks.
    const [row] = await tx
      .insert(charterDeliveries)
      .values(values)
      .onConflictDoUpdate({
        target: [charterDeliveries.requestId, charterDeliveries.clusterId],
        set: values,
      })
      .returning();
    const delivery = toDelivery(row!);
    return {
      result: delivery,
      audit: {
        action: 'charterRequest.deliver',
        entityType: 'charterDelivery',
        entityId: delivery.id,
        summary: `${cluster.name}: ${forum.name}, version ${version.version} (${deliveredOn})`,
        after: delivery,
        relatedIds: [requestId, input.forumId, cluster.id],
      },
    };
  });
}

export async function assessDelivery(
  db: Db,
  actor: Actor,
  ids: { requestId: string; deliveryId: string },
  met: boolean[],
): Promise<Delivery> {
  const request = await requireRequest(db, ids.requestId);
  const [before] = await db
    .select()
    .from(charterDeliveries)
    .where(
      and(eq(charterDeliveries.id, ids.deliveryId), eq(charterDeliveries.requestId, ids.requestId)),
    );
  if (!before) throw notFound({ da: 'Afleveringen', en: 'The delivery' });
  if (met.length !== request.requirements.length) {
    throw refuse(
      `Marker hvert af de ${request.requirements.length} minimumskrav (der kom ${met.length}).`,
      `Mark each of the ${request.requirements.length} requirements (got ${met.length}).`,
    );
  }
  return mutate(db, actor, async (tx) => {
    const [row] = await tx
      .update(charterDeliveries)
      .set({ met, assessed: true })
      .where(eq(charterDeliveries.id, ids.deliveryId))
      .returning();
    const delivery = toDelivery(row!);
    return {
      result: delivery,
      audit: {
        action: 'charterRequest.assess',
        entityType: 'charterDelivery',
        entityId: delivery.id,
        summary: `${request.title}: ${met.filter(Boolean).length} af ${met.length} krav opfyldt`,
        before: toDelivery(before),
        after: delivery,
        relatedIds: [ids.requestId, before.forumId, before.clusterId],
      },
    };
  });
}
