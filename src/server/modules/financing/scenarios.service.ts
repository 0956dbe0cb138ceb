/**
 * Saved financing scenarios: stored with their inputs and their computed result (recomputed on
 * every save from the organisation and population of the scenario's date), listed per
 * collaboration, compared side by side, put on a forum's agenda and chosen as its decision.
 */
import { and, count, desc, eq, inArray } from 'drizzle-orm';
import type { Actor } from '../../platform/audit';
import { mutate } from '../../platform/audit';
import { formatKroner } from '../../../domain/financing/index';
import type { Comparison, Scenario, ScenarioInput } from '../../../shared/financing.contract';
import type { Language } from '../../../shared/i18n/index';
import { translate } from '../../../shared/i18n/translate';
import type { Db } from '../../db/client';
import { addFreeItem, recordItemDecision } from '../agendas/index';
import type { CaseDeps, Viewer } from '../cases/index';
import { computeScenario, loadSetup } from './financing.setup';
import { financingScenarios, type FinancingScenarioRow } from './financing.table';
import { financingError, scenarioNotFound } from './financing.texts';

/** The scenario as the API shows it. */
export function scenarioView(row: FinancingScenarioRow, forumName = ''): Scenario {
  return {
    id: row.id,
    collaborationId: row.collaborationId,
    name: row.name,
    asOf: row.asOf,
    populationYear: row.populationYear,
    key: row.key,
    secretariatKey: row.secretariatKey,
    model4Mode: row.model4Mode,
    result: row.result,
    agendaItem:
      row.agendaMeetingId && row.agendaItemId
        ? { meetingId: row.agendaMeetingId, itemId: row.agendaItemId }
        : null,
    decision:
      row.chosenModel &&
      row.chosenForumId &&
      row.chosenMeetingId &&
      row.chosenOn &&
      row.agendaItemId
        ? {
            model: row.chosenModel as 1 | 2 | 3 | 4,
            forumId: row.chosenForumId,
            forumName,
            meetingId: row.chosenMeetingId,
            itemId: row.agendaItemId,
            on: row.chosenOn,
          }
        : null,
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** The scenario row, or 404. */
export async function requireScenario(db: Db, id: string): Promise<FinancingScenarioRow> {
  const [row] = await db.select().from(financingScenarios).where(eq(financingScenarios.id, id));
  if (!row) throw scenarioNotFound();
  return row;
}

/** The scenario with its decision's forum name. */
export async function getScenario(deps: CaseDeps, id: string): Promise<Scenario> {
  const row = await requireScenario(deps.db, id);
  const names = row.chosenForumId
    ? await deps.org.forumNames(deps.db, [row.chosenForumId])
    : new Map<string, string>();
  return scenarioView(row, names.get(row.chosenForumId ?? '') ?? '');
}

/** The stored values of a scenario's input, with its result computed now. */
async function computed(
  db: Db,
  collaborationId: string,
  input: Omit<ScenarioInput, 'collaborationId'>,
) {
  const setup = await loadSetup(db, collaborationId, input.asOf, input.populationYear);
  return {
    name: input.name,
    asOf: input.asOf,
    populationYear: input.populationYear,
    clusters: input.clusters,
    key: input.key,
    secretariatKey: input.secretariatKey,
    model4Mode: input.model4Mode,
    result: computeScenario(setup, input),
  };
}

/** Saves a new scenario. */
export async function createScenario(db: Db, actor: Actor, input: ScenarioInput): Promise<string> {
  const values = await computed(db, input.collaborationId, input);
  return mutate(db, actor, async (tx) => {
    const [row] = await tx
      .insert(financingScenarios)
      .values({ ...values, collaborationId: input.collaborationId, createdBy: actor.userId })
      .returning();
    if (!row) throw new Error('insert returned nothing');
    return {
      result: row.id,
      audit: {
        action: 'financing.scenario.create',
        entityType: 'financingScenario',
        entityId: row.id,
        summary: `Finansieringsscenarie: ${row.name}`,
        after: { ...row, result: { total: row.result.total, ok: row.result.ok } },
        relatedIds: [input.collaborationId],
      },
    };
  });
}

/** Changes a scenario (its result recomputed); a recorded decision stays with its values. */
export async function updateScenario(
  db: Db,
  actor: Actor,
  id: string,
  input: Omit<ScenarioInput, 'collaborationId'>,
): Promise<void> {
  const before = await requireScenario(db, id);
  const values = await computed(db, before.collaborationId, input);
  await mutate(db, actor, async (tx) => {
    const [row] = await tx
      .update(financingScenarios)
      .set({ ...values, updatedAt: new Date() })
      .where(eq(financingScenarios.id, id))
      .returning();
    if (!row) throw scenarioNotFound();
    return {
      result: undefined,
      audit: {
        action: 'financing.scenario.update',
        entityType: 'financingScenario',
        entityId: id,
        summary: `Finansieringsscenarie: ${row.name}`,
        before: { ...before, result: { total: before.result.total } },
        after: { ...row, result: { total: row.result.total } },
        relatedIds: [row.collaborationId],
      },
    };
  });
}

/** Deletes a scenario. */
export async function deleteScenario(db: Db, actor: Actor, id: string): Promise<void> {
  await mutate(db, actor, async (tx) => {
    const [row] = await tx
      .delete(financingScenarios)
      .where(eq(financingScenarios.id, id))
      .returning();
    if (!row) throw scenarioNotFound();
    return {
      result: undefined,
      audit: {
        action: 'financing.scenario.delete',
        entityType: 'financingScenario',
        entityId: id,
        summary: `Finansieringsscenarie: ${row.name}`,
        before: { ...row, result: { total: row.result.total } },
        relatedIds: [row.collaborationId],
      },
    };
  });
}

/** A collaboration's scenarios, newest first, paged in SQL. */
export async function listScenarios(
  db: Db,
  collaborationId: string,
  limit: number,
  offset: number,
) {
  const where = eq(financingScenarios.collaborationId, collaborationId);
  const [rows, [total]] = await Promise.all([
    db
      .select()
      .from(financingScenarios)
      .where(where)
      .orderBy(desc(financingScenarios.updatedAt), desc(financingScenarios.id))
      .limit(limit)
      .offset(offset),
    db.select({ n: count() }).from(financingScenarios).where(where),
  ]);
  return {
    total: total?.n ?? 0,
    items: rows.map((r) => ({
      id: r.id,
      name: r.name,
      asOf: r.asOf,
      total: r.result.total,
      ok: r.result.ok,
      chosenModel: (r.chosenModel as 1 | 2 | 3 | 4 | null) ?? null,
      updatedAt: r.updatedAt.toISOString(),
    })),
  };
}

/** Loads scenarios of one collaboration, in the order asked (404 for an unknown one). */
export async function scenariosOf(db: Db, ids: readonly string[]): Promise<FinancingScenarioRow[]> {
  const rows = await db
    .select()
    .from(financingScenarios)
    .where(inArray(financingScenarios.id, [...ids]));
  const byId = new Map(rows.map((r) => [r.id, r]));
  const ordered = ids.map((id) => byId.get(id));
  if (ordered.some((r) => r === undefined)) throw scenarioNotFound();
  const found = ordered as FinancingScenarioRow[];
  if (new Set(found.map((r) => r.collaborationId)).size > 1)
    throw financingError('unprocessable', 'otherCollaboration');
  return found;
}

/** Two or more scenarios side by side: per model totals, and per municipality each model's net. */
export function compareScenarios(rows: readonly FinancingScenarioRow[]): Comparison {
  const municipalities = new Map<string, string>();
  for (const r of rows)
    for (const m of r.result.models)
      for (const row of m.rows) municipalities.set(row.code, row.name);
  const codes = [...municipalities.keys()].sort();
  return {
    scenarios: rows.map((r) => ({
      id: r.id,
      name: r.name,
      total: r.result.total,
      modelCosts: [1, 2, 3, 4].map((n) => r.result.models.find((m) => m.model === n)?.cost ?? 0),
    })),
    rows: codes.map((code) => ({
      code,
      name: municipalities.get(code) ?? code,
      nets: [1, 2, 3, 4].map((n) =>
        rows.map((r) => {
          const model = r.result.models.find((m) => m.model === n);
          return model?.rows.find((x) => x.code === code)?.net ?? null;
        }),
      ),
    })),
  };
}

/**
 * Puts the scenarios on a meeting's draft agenda as a decision item (the agendas module's
 * `addFreeItem`, whose audit row is the call's one), and links them to the item in the same
 * transaction.
 */
export async function putOnAgenda(
  deps: CaseDeps,
  actor: Actor,
  lang: Language,
  scenarioId: string,
  input: { meetingId: string; alsoScenarioIds: readonly string[]; title?: string | undefined },
): Promise<void> {
  const ids = [scenarioId, ...input.alsoScenarioIds.filter((id) => id !== scenarioId)];
  const rows = await scenariosOf(deps.db, [...new Set(ids)]);
  const names = rows.map((r) => `"${r.name}"`).join(', ');
  await deps.db.transaction(async (tx) => {
    const txDeps: CaseDeps = { ...deps, db: tx as unknown as Db };
    const itemId = await addFreeItem(txDeps, actor, input.meetingId, {
      kind: 'free',
      title: input.title ?? translate('financing', 'agenda.itemTitle', lang, { names }),
      body: translate('financing', 'agenda.itemBody', lang, { names }),
      type: 'decision',
      closed: false,
    });
    await tx
      .update(financingScenarios)
      .set({ agendaMeetingId: input.meetingId, agendaItemId: itemId, updatedAt: new Date() })
      .where(
        inArray(
          financingScenarios.id,
          rows.map((r) => r.id),
        ),
      );
  });
}

/**
 * Records the chosen scenario and model as the forum's decision: the item's minutes decision
 * (the agendas module's `recordItemDecision`, with its held-meeting rule and its audit row), and
 * the scenario marked chosen with the forum, the meeting and its date (the other scenarios on the
 * item unmarked), in one transaction.
 */
export async function recordScenarioDecision(
  deps: CaseDeps,
  actor: Actor,
  viewer: Viewer,
  lang: Language,
  scenarioId: string,
  input: { model: 1 | 2 | 3 | 4; text?: string | undefined },
): Promise<void> {
  const row = await requireScenario(deps.db, scenarioId);
  if (!row.agendaMeetingId || !row.agendaItemId) throw financingError('conflict', 'noAgendaItem');
  if (!row.result.ok) throw financingError('unprocessable', 'notComputable');
  const meeting = await deps.meetings.findMeeting(deps.db, row.agendaMeetingId);
  if (!meeting) throw financingError('conflict', 'noAgendaItem');
  const model = translate('financing', `modelShort.${input.model}`, lang);
  const text =
    input.text ??
    translate('financing', 'decision.text', lang, {
      model,
      name: row.name,
      total: formatKroner(row.result.total),
    });
  const ids = { meetingId: row.agendaMeetingId, itemId: row.agendaItemId };
  await deps.db.transaction(async (tx) => {
    const txDeps: CaseDeps = { ...deps, db: tx as unknown as Db };
    await recordItemDecision(txDeps, actor, viewer, ids, { text, final: true });
    const cleared = {
      chosenModel: null,
      chosenForumId: null,
      chosenMeetingId: null,
      chosenOn: null,
    };
    await tx
      .update(financingScenarios)
      .set(cleared)
      .where(and(eq(financingScenarios.agendaItemId, row.agendaItemId as string)));
    await tx
      .update(financingScenarios)
      .set({
        chosenModel: input.model,
        chosenForumId: meeting.forumId,
        chosenMeetingId: meeting.id,
        chosenOn: meeting.date,
        updatedAt: new Date(),
      })
      .where(eq(financingScenarios.id, scenarioId));
  });
}
