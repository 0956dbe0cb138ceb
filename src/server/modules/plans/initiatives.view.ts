/**
 * An initiative as the routes answer it, as of a day: milestones (late or not), links with their
 * titles (a confidential case or a closed agenda item shows only as such), its subjects and the
 * current degree of each, and the clusters' priorities.
 */
import { and, asc, desc, eq, inArray, lte } from 'drizzle-orm';
import { initiativeSubjects, isMilestoneLate } from '../../../domain/plans/index';
import type { IsoDate } from '../../../shared/dates';
import type { InitiativeDetail, InitiativeSummary } from '../../../shared/plans.contract';
import type { Db } from '../../db/client';
import { agendaItems } from '../agendas/index';
import { cases } from '../cases/index';
import {
  clusterNames,
  degreeLabel,
  forumNames,
  partyNames,
  planDay,
  requirePlan,
  subjectUniverse,
  type InitiativeRow,
} from './plans.repo';
import {
  planClusterPriorities,
  planDegrees,
  planInitiatives,
  planLinks,
  planMilestones,
} from './plans.table';
import { planNotFound, planText } from './plans.texts';

/** The initiative of the plan, or 404. */
export async function requireInitiative(
  db: Db,
  planId: string,
  initiativeId: string,
  options: { lock?: boolean } = {},
): Promise<InitiativeRow> {
  const query = db
    .select()
    .from(planInitiatives)
    .where(and(eq(planInitiatives.id, initiativeId), eq(planInitiatives.planId, planId)));
  const [row] = options.lock ? await query.for('update') : await query;
  if (!row) throw planNotFound('initiative');
  return row;
}

/** The summary of an initiative row. */
export function initiativeSummary(row: InitiativeRow): InitiativeSummary {
  return {
    id: row.id,
    planId: row.planId,
    goalId: row.goalId,
    number: row.number,
    title: row.title,
    level: row.level,
    responsibleForumId: row.responsibleForumId,
    participatingPartyIds: row.participatingPartyIds,
    yearPriorities: row.yearPriorities,
    economyDkk: row.economyDkk,
    payer: row.payer,
    position: row.position,
    validFrom: row.validFrom,
    validTo: row.validTo,
  };
}

/** Titles of linked cases and agenda items, by target id. */
async function linkTitles(
  db: Db,
  links: readonly { kind: string; targetId: string }[],
): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const caseIds = links.filter((l) => l.kind === 'case').map((l) => l.targetId);
  const itemIds = links.filter((l) => l.kind === 'agendaItem').map((l) => l.targetId);
  if (caseIds.length > 0) {
    const rows = await db
      .select({ id: cases.id, title: cases.title, confidential: cases.confidential })
      .from(cases)
      .where(inArray(cases.id, caseIds));
    for (const r of rows) {
      out.set(r.id, r.confidential ? planText('confidentialCase').da : r.title);
    }
  }
  if (itemIds.length > 0) {
    const rows = await db
      .select({ id: agendaItems.id, title: agendaItems.title, closed: agendaItems.closed })
      .from(agendaItems)
      .where(inArray(agendaItems.id, itemIds));
    for (const r of rows) out.set(r.id, r.closed ? planText('closedItem').da : r.title);
  }
  return out;
}

/** The latest degree per subject of an initiative, recorded on or before `day`. */
export async function currentDegrees(db: Db, planId: string, initiativeId: string, day: IsoDate) {
  return db
    .selectDistinctOn([planDegrees.subjectId])
    .from(planDegrees)
    .where(
      and(
        eq(planDegrees.planId, planId),
        eq(planDegrees.initiativeId, initiativeId),
        lte(planDegrees.recordedOn, day),
      ),
    )
    .orderBy(
      planDegrees.subjectId,
      desc(planDegrees.recordedOn),
      desc(planDegrees.createdAt),
      desc(planDegrees.id),
    );
}

/** The initiative's detail as of `asOf` (default: see `planDay`). */
export async function initiativeDetail(
  db: Db,
  planId: string,
  initiativeId: string,
  asOf?: IsoDate,
): Promise<InitiativeDetail> {
  const { row: plan, scale } = await requirePlan(db, planId);
  const day = planDay(plan, asOf);
  const row = await requireInitiative(db, planId, initiativeId);
  const milestones = await db
    .select()
    .from(planMilestones)
    .where(eq(planMilestones.initiativeId, initiativeId))
    .orderBy(asc(planMilestones.dueDate), asc(planMilestones.position));
  const links = await db
    .select()
    .from(planLinks)
    .where(eq(planLinks.initiativeId, initiativeId))
    .orderBy(asc(planLinks.createdAt));
  const titles = await linkTitles(db, links);
  const { universe, names } = await subjectUniverse(db, plan, day);
  const subjects = initiativeSubjects(row, universe).map((s) => ({
    ...s,
    name: s.kind === 'plan' ? plan.title : (names.get(s.id) ?? s.id),
  }));
  const latest = new Map(
    (await currentDegrees(db, planId, initiativeId, day)).map((d) => [d.subjectId, d]),
  );
  const priorities = await db
    .select()
    .from(planClusterPriorities)
    .where(eq(planClusterPriorities.initiativeId, initiativeId));
  const clusters = await clusterNames(
    db,
    priorities.map((p) => p.clusterId),
  );
  const forum = row.responsibleForumId
    ? await forumNames(db, [row.responsibleForumId])
    : new Map<string, string>();
  const partyName = await partyNames(db, row.participatingPartyIds);
  return {
    ...initiativeSummary(row),
    description: row.description,
    economyNote: row.economyNote,
    responsibleForumName: row.responsibleForumId
      ? (forum.get(row.responsibleForumId) ?? null)
      : null,
    participatingParties: row.participatingPartyIds.map((id) => ({
      id,
      name: partyName.get(id) ?? id,
    })),
    milestones: milestones.map((m) => ({
      id: m.id,
      initiativeId: m.initiativeId,
      title: m.title,
      dueDate: m.dueDate,
      status: m.status,
      completedOn: m.completedOn,
      position: m.position,
      late: isMilestoneLate(m, day),
    })),
    links: links.map((l) => ({
      id: l.id,
      kind: l.kind,
      targetId: l.targetId,
      title: titles.get(l.targetId) ?? '—',
    })),
    subjects,
    degrees: subjects.map((subject) => {
      const d = latest.get(subject.id);
      return {
        subject,
        degree: d?.degree ?? null,
        labelDa: d ? degreeLabel(scale, d.degree, 'da') : null,
        labelEn: d ? degreeLabel(scale, d.degree, 'en') : null,
        score: d ? (scale.find((s) => s.key === d.degree)?.score ?? null) : null,
        comment: d?.comment ?? '',
        recordedOn: d?.recordedOn ?? null,
      };
    }),
    clusterPriorities: priorities.map((p) => ({
      clusterId: p.clusterId,
      clusterName: clusters.get(p.clusterId) ?? p.clusterId,
      priority: p.priority,
      note: p.note,
      decidedOn: p.decidedOn,
    })),
  };
}
