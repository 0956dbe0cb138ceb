/**
 * A plan's indicators: definitions (CRUD), values per party and period, the import of values
 * from CSV/XLSX (dry run with counts and per-row Danish errors; a real import with any bad row
 * writes nothing and answers 422 with the rows); the chart series are in indicators.series.ts. Every change through
 * `mutate` with one audit row. Reads are paged or bounded in SQL on the tables' indexes.
 */
import { and, asc, count, eq, inArray, sql } from 'drizzle-orm';
import { checkIndicatorRows, classifyValues } from '../../../domain/plans/indicators';
import {
  INDICATOR_LIMITS,
  PUBLIC_INDICATOR_SOURCES,
  type Indicator,
  type IndicatorCreate,
  type IndicatorImportResult,
  type IndicatorList,
  type IndicatorUpdate,
  type IndicatorValue,
  type IndicatorValuePut,
} from '../../../shared/plan-indicators.contract';
import type { Db } from '../../db/client';
import { mutate, type Actor } from '../../platform/audit';
import { notFound } from '../../platform/errors';
import type { WorkerPool } from '../../platform/worker-pool';
import { collaborationParties, type PlanRow } from './plan-file.repo';
import { assertFileSize, planFileError, rowsRefused } from './plan-file.service';
import type { SheetKind } from './plan-file.sheets';
import { asSheet, runPlanFileTask } from './plan-file.tasks';
import { planIndicators, planIndicatorValues } from './plans.table';
import { assertGoalInPlan, assertInitiativeInPlan } from './plans.repo';

type IndicatorRow = typeof planIndicators.$inferSelect;

const INDICATOR = { da: 'Indikatoren', en: 'The indicator' };

export function toIndicator(row: IndicatorRow): Indicator {
  return {
    id: row.id,
    planId: row.planId,
    key: row.key,
    name: row.name,
    description: row.description,
    unit: row.unit,
    direction: row.direction,
    source: row.source,
    sourceName: row.sourceName,
    sourceUrl: row.sourceUrl,
    target: row.target === null ? null : canonical(row.target),
    targetPeriod: row.targetPeriod,
    goalId: row.goalId,
    initiativeId: row.initiativeId,
    position: row.position,
  };
}

/** `12.500000` → `12.5`. */
export function canonical(value: string): string {
  return value.includes('.') ? value.replace(/0+$/, '').replace(/\.$/, '') : value;
}

export async function listIndicators(
  db: Db,
  planId: string,
  page: { limit: number; offset: number },
): Promise<IndicatorList> {
  const rows = await db
    .select()
    .from(planIndicators)
    .where(eq(planIndicators.planId, planId))
    .orderBy(asc(planIndicators.position), asc(planIndicators.key))
    .limit(page.limit)
    .offset(page.offset);
  const [total] = await db
    .select({ n: count() })
    .from(planIndicators)
    .where(eq(planIndicators.planId, planId));
  return {
    items: rows.map(toIndicator),
    total: Number(total?.n ?? 0),
    publicSources: PUBLIC_INDICATOR_SOURCES.map((s) => ({ ...s })),
  };
}

/** The indicator of the plan, or 404. */
export async function findIndicator(db: Db, planId: string, id: string): Promise<IndicatorRow> {
  const [row] = await db
    .select()
    .from(planIndicators)
    .where(and(eq(planIndicators.id, id), eq(planIndicators.planId, planId)))
    .limit(1);
  if (!row) throw notFound(INDICATOR);
  return row;
}

async function assertLinks(
  db: Db,
  planId: string,
  input: { goalId?: string | null | undefined; initiativeId?: string | null | undefined },
) {
  if (input.goalId) await assertGoalInPlan(db, planId, input.goalId);
  if (input.initiativeId) await assertInitiativeInPlan(db, planId, input.initiativeId);
}

async function assertKeyFree(db: Db, planId: string, key: string, except?: string) {
  const [row] = await db
    .select({ id: planIndicators.id })
    .from(planIndicators)
    .where(and(eq(planIndicators.planId, planId), eq(planIndicators.key, key)));
  if (row && row.id !== except) throw planFileError('conflict', 'indicatorKeyTaken', { key });
}

export async function createIndicator(
  db: Db,
  actor: Actor,
  plan: PlanRow,
  input: IndicatorCreate,
): Promise<Indicator> {
  await assertLinks(db, plan.id, input);
  return mutate(db, actor, async (tx) => {
    await assertKeyFree(tx, plan.id, input.key);
    const [{ n } = { n: 0 }] = await tx
      .select({ n: count() })
      .from(planIndicators)
      .where(eq(planIndicators.planId, plan.id));
    const [row] = await tx
      .insert(planIndicators)
      .values({ planId: plan.id, ...input, position: Number(n) })
      .returning();
    const indicator = toIndicator(row as IndicatorRow);
    return {
      result: indicator,
      audit: {
        action: 'planIndicator.create',
        entityType: 'planIndicator',
        entityId: indicator.id,
        summary: `Indikator oprettet: ${indicator.name}`,
        after: indicator,
        relatedIds: [plan.id],
      },
    };
  });
}

export async function updateIndicator(
  db: Db,
  actor: Actor,
  plan: PlanRow,
  id: string,
  input: IndicatorUpdate,
): Promise<Indicator> {
  await assertLinks(db, plan.id, input);
  return mutate(db, actor, async (tx) => {
    const before = toIndicator(await findIndicator(tx, plan.id, id));
    if (input.key !== undefined) await assertKeyFree(tx, plan.id, input.key, id);
    const changes = Object.fromEntries(
      Object.entries(input).filter(([, v]) => v !== undefined),
    ) as IndicatorUpdate;
    const [row] = await tx
      .update(planIndicators)
      .set({ ...changes, updatedAt: new Date() })
      .where(eq(planIndicators.id, id))
      .returning();
    const after = toIndicator(row as IndicatorRow);
    return {
      result: after,
      audit: {
        action: 'planIndicator.update',
        entityType: 'planIndicator',
        entityId: id,
        summary: `Indikator ændret: ${after.name}`,
        before,
        after,
        relatedIds: [plan.id],
      },
    };
  });
}

export async function deleteIndicator(
  db: Db,
  actor: Actor,
  plan: PlanRow,
  id: string,
): Promise<void> {
  await mutate(db, actor, async (tx) => {
    const before = toIndicator(await findIndicator(tx, plan.id, id));
    const removed = await tx
      .delete(planIndicatorValues)
      .where(eq(planIndicatorValues.indicatorId, id))
      .returning({ id: planIndicatorValues.id });
    await tx.delete(planIndicators).where(eq(planIndicators.id, id));
    return {
      result: undefined,
      audit: {
        action: 'planIndicator.delete',
        entityType: 'planIndicator',
        entityId: id,
        summary: `Indikator slettet: ${before.name} (${removed.length} værdier)`,
        before,
        relatedIds: [plan.id],
      },
    };
  });
}

async function assertPartyInPlan(db: Db, plan: PlanRow, partyId: string): Promise<void> {
  const [row] = (
    (await db.execute(
      sql`select 1 as ok from parties where entity_id = ${partyId} and collaboration_id = ${plan.collaborationId} limit 1`,
    )) as unknown as { rows: { ok: number }[] }
  ).rows;
  if (!row) throw planFileError('unprocessable', 'partyNotInCollaboration');
}

export async function putValue(
  db: Db,
  actor: Actor,
  plan: PlanRow,
  indicatorId: string,
  input: IndicatorValuePut,
): Promise<IndicatorValue> {
  await findIndicator(db, plan.id, indicatorId);
  await assertPartyInPlan(db, plan, input.partyId);
  return mutate(db, actor, async (tx) => {
    const [before] = await tx
      .select()
      .from(planIndicatorValues)
      .where(
        and(
          eq(planIndicatorValues.indicatorId, indicatorId),
          eq(planIndicatorValues.partyId, input.partyId),
          eq(planIndicatorValues.period, input.period),
        ),
      );
    const [row] = await tx
      .insert(planIndicatorValues)
      .values({ indicatorId, ...input, recordedBy: actor.userId })
      .onConflictDoUpdate({
        target: [
          planIndicatorValues.indicatorId,
          planIndicatorValues.partyId,
          planIndicatorValues.period,
        ],
        set: {
          value: input.value,
          note: input.note,
          recordedBy: actor.userId,
          updatedAt: new Date(),
        },
      })
      .returning();
    const value: IndicatorValue = {
      id: row?.id as string,
      indicatorId,
      partyId: input.partyId,
      period: input.period,
      value: canonical(row?.value ?? input.value),
      note: row?.note ?? input.note,
    };
    return {
      result: value,
      audit: {
        action: 'planIndicator.value',
        entityType: 'planIndicator',
        entityId: indicatorId,
        summary: `Indikatorværdi ${input.period}: ${value.value}`,
        before: before ? { value: canonical(before.value), note: before.note } : null,
        after: value,
        relatedIds: [plan.id, input.partyId],
      },
    };
  });
}

/** Imports values; dry run: counts and errors; real: 422 with the rows if any is bad. */
export async function importValues(
  db: Db,
  actor: Actor,
  plan: PlanRow,
  bytes: Uint8Array,
  kind: SheetKind,
  options: { dryRun: boolean; workers: WorkerPool },
): Promise<IndicatorImportResult> {
  assertFileSize(bytes.byteLength, INDICATOR_LIMITS.maxImportBytes);
  const sheets = await runPlanFileTask(options.workers, 'planFile.readSheets', { bytes, kind });
  const first = sheets?.[0];
  if (!first) throw planFileError('unprocessable', 'unreadable');
  const { header, rows } = asSheet(first);
  const indicatorRows = await db
    .select({ id: planIndicators.id, key: planIndicators.key })
    .from(planIndicators)
    .where(eq(planIndicators.planId, plan.id));
  const parties = await collaborationParties(db, plan.collaborationId);
  const checked = checkIndicatorRows(
    header,
    rows,
    new Map(indicatorRows.map((i) => [i.key, i.id])),
    parties,
  );
  if (checked.errors.length && !options.dryRun) throw rowsRefused(checked.errors);
  const classify = async (tx: Db) => {
    const ids = [...new Set(checked.values.map((v) => v.indicatorId))];
    const stored = ids.length
      ? await tx
          .select()
          .from(planIndicatorValues)
          .where(inArray(planIndicatorValues.indicatorId, ids))
      : [];
    return classifyValues(checked.values, stored);
  };
  const result = (c: Awaited<ReturnType<typeof classify>>): IndicatorImportResult => ({
    dryRun: options.dryRun,
    rows: checked.values.length + new Set(checked.errors.map((e) => e.row)).size,
    counts: { new: c.new.length, changed: c.changed.length, unchanged: c.unchanged },
    errors: checked.errors,
  });
  if (options.dryRun) return result(await classify(db));
  return mutate(db, actor, async (tx) => {
    const c = await classify(tx);
    const writes = [...c.new, ...c.changed];
    for (let at = 0; at < writes.length; at += 500) {
      const chunk = writes.slice(at, at + 500);
      await tx
        .insert(planIndicatorValues)
        .values(
          chunk.map((v) => ({
            indicatorId: v.indicatorId,
            partyId: v.partyId,
            period: v.period,
            value: v.value,
            note: v.note,
            recordedBy: actor.userId,
          })),
        )
        .onConflictDoUpdate({
          target: [
            planIndicatorValues.indicatorId,
            planIndicatorValues.partyId,
            planIndicatorValues.period,
          ],
          set: {
            value: sql`excluded.value`,
            note: sql`excluded.note`,
            recordedBy: sql`excluded.recorded_by`,
            updatedAt: new Date(),
          },
        });
    }
    const r = result(c);
    return {
      result: r,
      audit: {
        action: 'planIndicator.import',
        entityType: 'plan',
        entityId: plan.id,
        summary: `Indikatorværdier indlæst: ${r.counts.new} nye, ${r.counts.changed} ændrede, ${r.counts.unchanged} uændrede`,
        after: r.counts,
        relatedIds: [...new Set(writes.map((w) => w.indicatorId))],
      },
    };
  });
}
