/**
 * Reading pilots for a viewer. A confidential pilot is a closed item of its owning forum: only
 * whoever sat in that forum (on the pilot's start day or today) sees it, and its author; the
 * same clearance as closed agenda items (`satInForumSql`, visibility.service.ts).
 */
import { and, asc, count, desc, eq, inArray, sql } from 'drizzle-orm';
import type { IsoDate } from '../../../shared/dates';
import type { PilotDetail, PilotSummary } from '../../../shared/pilots.contract';
import { type CaseDeps, type Viewer } from '../cases/index';
import { freshMemberPeriods } from '../organisation/index';
import { partyNames, planInitiatives } from '../plans/index';
import { pilotOutcome } from '../../../domain/pilots/index';
import { reportingLine } from './pilots.org';
import { pilotDecisions, pilots, pilotSpread } from './pilots.table';
import { assertMaySeePilot, pilotVisibleSql } from './pilots.visibility';
import type { DecisionRow, PilotRow } from './pilots.service';
import { requirePilot } from './pilots.service';
import { latestScaleUp, scopeMunicipalities, scopeOf } from './pilots.decide';

export const PILOT_PAGE_SIZE = 25;

const latestOutcome = sql<
  DecisionRow['outcome'] | null
>`(select ${pilotDecisions.outcome} from ${pilotDecisions} where ${pilotDecisions.pilotId} = ${pilots.id} order by ${pilotDecisions.decidedOn} desc, ${pilotDecisions.createdAt} desc limit 1)`;

async function summaries(
  deps: CaseDeps,
  rows: (PilotRow & { outcome: DecisionRow['outcome'] | null })[],
): Promise<PilotSummary[]> {
  const forumNames = await deps.org.forumNames(
    deps.db,
    rows.map((r) => r.forumId),
  );
  const clusterIds = rows.map((r) => r.clusterId).filter((c): c is string => c !== null);
  const clusterNames = await deps.org.clusterNames(deps.db, clusterIds);
  return rows.map((r) => ({
    id: r.id,
    collaborationId: r.collaborationId,
    clusterId: r.clusterId,
    clusterName: r.clusterId ? (clusterNames.get(r.clusterId) ?? null) : null,
    forumId: r.forumId,
    forumName: forumNames.get(r.forumId) ?? '',
    title: r.title,
    theme: r.theme,
    periodFrom: r.periodFrom,
    periodTo: r.periodTo,
    confidential: r.confidential,
    caseId: r.caseId,
    outcome: r.outcome,
    evaluated: pilotOutcome(r.results) === 'evaluated',
  }));
}

/** A collaboration's pilots the viewer may see, newest first, one page with the total. */
export async function listPilots(
  deps: CaseDeps,
  viewer: Viewer,
  query: { collaborationId: string; page: number },
  today: IsoDate,
) {
  await freshMemberPeriods(deps.db);
  const where = and(
    eq(pilots.collaborationId, query.collaborationId),
    pilotVisibleSql(viewer.userId, today),
  );
  const [total] = await deps.db.select({ n: count() }).from(pilots).where(where);
  const rows = await deps.db
    .select({
      id: pilots.id,
      collaborationId: pilots.collaborationId,
      clusterId: pilots.clusterId,
      forumId: pilots.forumId,
      title: pilots.title,
      theme: pilots.theme,
      periodFrom: pilots.periodFrom,
      periodTo: pilots.periodTo,
      confidential: pilots.confidential,
      caseId: pilots.caseId,
      results: pilots.results,
      outcome: latestOutcome,
    })
    .from(pilots)
    .where(where)
    .orderBy(desc(pilots.periodFrom), desc(pilots.id))
    .limit(PILOT_PAGE_SIZE)
    .offset((query.page - 1) * PILOT_PAGE_SIZE);
  return {
    items: await summaries(deps, rows as (PilotRow & { outcome: DecisionRow['outcome'] | null })[]),
    total: Number(total?.n ?? 0),
    page: query.page,
    pageSize: PILOT_PAGE_SIZE,
  };
}

/** A pilot with its evaluation, decisions, spread and proposed route (403 when confidential). */
export async function pilotDetail(
  deps: CaseDeps,
  viewer: Viewer,
  id: string,
  today: IsoDate,
): Promise<PilotDetail> {
  const { db } = deps;
  const row = await requirePilot(db, id);
  await assertMaySeePilot(deps, viewer, row, today);
  const decisions = await db
    .select()
    .from(pilotDecisions)
    .where(eq(pilotDecisions.pilotId, id))
    .orderBy(asc(pilotDecisions.decidedOn), asc(pilotDecisions.createdAt));
  const [summary] = await summaries(deps, [{ ...row, outcome: decisions.at(-1)?.outcome ?? null }]);
  const scaleUp = await latestScaleUp(db, id);
  const inScope = scaleUp ? await scopeMunicipalities(db, row, scaleUp) : [];
  const line = await reportingLine(db, row.forumId, today);
  const decisionForums = decisions.map((d) => d.forumId);
  const names = await deps.org.forumNames(db, [...line, ...decisionForums]);
  const scopeClusterIds = decisions.flatMap((d) => d.scopeClusterIds);
  const clusterNames = await deps.org.clusterNames(db, scopeClusterIds);
  const parties = await partyNames(db, [...row.participantPartyIds, ...inScope]);
  const spreadRows = scaleUp
    ? await db
        .select()
        .from(pilotSpread)
        .where(
          and(
            eq(pilotSpread.pilotId, id),
            eq(pilotSpread.decisionId, scaleUp.id),
            inArray(pilotSpread.partyId, inScope.length ? inScope : [id]),
          ),
        )
        .orderBy(desc(pilotSpread.on), desc(pilotSpread.createdAt))
    : [];
  const [initiative] = row.initiativeId
    ? await db
        .select({ number: planInitiatives.number, title: planInitiatives.title })
        .from(planInitiatives)
        .where(eq(planInitiatives.id, row.initiativeId))
        .limit(1)
    : [];
  const entry = (s: typeof pilotSpread.$inferSelect) => ({
    id: s.id,
    partyId: s.partyId,
    status: s.status,
    on: s.on,
    note: s.note,
  });
  return {
    ...(summary as PilotSummary),
    hypothesis: row.hypothesis,
    participants: row.participantPartyIds.map((p) => ({
      partyId: p,
      name: parties.get(p) ?? p,
    })),
    planId: row.planId,
    initiativeId: row.initiativeId,
    initiativeTitle: initiative ? `${initiative.number} ${initiative.title}` : null,
    results: row.results,
    costsOre: row.costsOre,
    file:
      row.fileName && row.fileMediaType
        ? {
            fileName: row.fileName,
            mediaType: row.fileMediaType,
            sizeBytes: row.fileSizeBytes ?? 0,
          }
        : null,
    decisions: decisions.map((d) => ({
      id: d.id,
      caseId: d.caseId,
      stepId: d.stepId,
      forumId: d.forumId,
      forumName: names.get(d.forumId) ?? '',
      outcome: d.outcome,
      scope: scopeOf(d),
      scopeClusterNames: d.scopeClusterIds.map((c) => clusterNames.get(c) ?? c),
      decidedOn: d.decidedOn,
      text: d.text,
    })),
    spread: inScope
      .map((partyId) => {
        const history = spreadRows.filter((s) => s.partyId === partyId).map(entry);
        return {
          partyId,
          partyName: parties.get(partyId) ?? partyId,
          current: history[0] ?? null,
          history,
        };
      })
      .sort((a, b) => a.partyName.localeCompare(b.partyName, 'da')),
    proposedRoute: line.map((forumId) => ({ forumId, name: names.get(forumId) ?? '' })),
  };
}
