/**
 * Reorganisations ("the 2027 reform"): the new fora are created as entities valid from the reform
 * date, then one call ends the old fora the day before, records their successors and lets the
 * other modules carry open work over (open case steps, meetings after the reform date) through
 * registered handlers, all in one transaction with one audit row.
 */
import { planEnd } from '../../../domain/organisation/index';
import type { Db } from '../../db/client';
import type { Actor } from '../../platform/audit';
import { addDays, isValidOn, type IsoDate } from '../../../shared/dates';
import type {
  ReorganisationRequest,
  ReorganisationResult,
} from '../../../shared/organisation-requests.contract';
import { changeOrganisation, orgProblem, type OrgContext } from './org-change';
import { endForumDependants } from './org-fora.service';
import { applyVersionEnd, listVersions, updateVersion } from './org-version.repo';
import { forumNotValidProblem } from './org-lookup.service';
import { notValidOn } from './org-validate';
import { requireVersions } from './org-versioned';

/** One old forum and the fora that take over its work. */
export interface ForumSuccession {
  fromForumId: string;
  toForumIds: readonly string[];
}

/** What a carry-over handler is given. Run inside the reorganisation's transaction. */
export interface CarryOverContext {
  /** The reorganisation's transaction: write with it, never open another, never call `mutate`. */
  tx: Db;
  actor: Actor;
  collaborationId: string;
  /** The first day of the new organisation; the old fora's last day is the day before. */
  effectiveDate: IsoDate;
  mappings: readonly ForumSuccession[];
}

/** Something a handler could not carry to a successor and ended instead (e.g. a merged step). */
export interface CarryOverEnded {
  /** The count kind it belongs to (a REFORM_COUNT_KINDS value or the module's own). */
  kind: string;
  id: string;
  label: string;
  reason: string;
}

/** What a handler reports; it goes into the reorganisation's audit row and its answer. */
export interface CarryOverReport {
  handler: string;
  summary: string;
  movedIds: string[];
  /** Open work ended instead of carried over; counted on the `after` side. */
  ended?: CarryOverEnded[];
}

/** Where to look for open work: fora (entityIds) and the reform's first day. */
export interface OpenWorkContext {
  tx: Db;
  forumIds: readonly string[];
  effectiveDate: IsoDate;
}

/**
 * Moves a module's open work from ended fora to their successors (the meetings module moves
 * meetings after the reform date, the cases module open route steps). Throwing rolls the whole
 * reorganisation back.
 */
export interface CarryOverHandler {
  name: string;
  carryOver: (ctx: CarryOverContext) => Promise<CarryOverReport>;
  /**
   * The ids of the module's open work at the fora, per count kind (e.g. `openCases`,
   * `futureMeetings`). The reform asks before (at the old fora) and after (at the successors)
   * and refuses when something went missing.
   */
  openWork?: (ctx: OpenWorkContext) => Promise<Record<string, string[]>>;
}

const handlers: CarryOverHandler[] = [];

/**
 * Registers a carry-over handler for every later reorganisation (e.g. from app.ts when wiring the
 * meetings module). A handler with the same name replaces the earlier one, so building the app
 * twice in one process does not run it twice. Returns a function that unregisters it.
 */
export function registerCarryOverHandler(handler: CarryOverHandler): () => void {
  const same = handlers.findIndex((h) => h.name === handler.name);
  if (same >= 0) handlers.splice(same, 1);
  handlers.push(handler);
  return () => {
    const at = handlers.indexOf(handler);
    if (at >= 0) handlers.splice(at, 1);
  };
}

/** Every registered handler's carry-over, in registration order, in the caller's transaction. */
export async function runCarryOverHandlers(ctx: CarryOverContext): Promise<CarryOverReport[]> {
  const reports: CarryOverReport[] = [];
  for (const handler of [...handlers]) reports.push(await handler.carryOver(ctx));
  return reports;
}

/** The open work at the fora, per count kind, from every handler that reports it. */
export async function openWorkAt(ctx: OpenWorkContext): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = {};
  for (const handler of [...handlers]) {
    if (!handler.openWork) continue;
    for (const [kind, ids] of Object.entries(await handler.openWork(ctx))) {
      out[kind] = [...new Set([...(out[kind] ?? []), ...ids])];
    }
  }
  return out;
}

/**
 * Ends an old forum on `lastDay` (with its seats, appointments and rules) and records its
 * successors. The forum must be valid on `lastDay`.
 */
export async function endOldForum(tx: Db, mapping: ForumSuccession, lastDay: IsoDate) {
  const versions = await listVersions(tx, 'forum', mapping.fromForumId);
  const plan = planEnd(versions, lastDay);
  if (plan.kind === 'rejected') throw notValidOn('forum', lastDay);
  await applyVersionEnd(tx, 'forum', plan);
  const last = (await listVersions(tx, 'forum', mapping.fromForumId)).at(-1);
  if (last)
    await updateVersion(tx, 'forum', last.id, { successorForumIds: [...mapping.toForumIds] });
  return endForumDependants(tx, mapping.fromForumId, lastDay);
}

async function collaborationOfMappings(db: Db, input: ReorganisationRequest): Promise<string> {
  const ids = new Set<string>();
  for (const m of input.mappings) {
    if (m.toForumIds.includes(m.fromForumId)) throw orgProblem('unprocessable', 'successorIsOld');
    const [first] = await requireVersions(db, 'forum', m.fromForumId);
    if (first) ids.add(first.collaborationId);
  }
  if (ids.size !== 1) throw orgProblem('unprocessable', 'wrongCollaboration', { entity: 'forum' });
  return [...ids][0] as string;
}

/**
 * Ends the old fora the day before `effectiveDate` (with their seats, appointments and rules),
 * sets their `successorForumIds`, and calls every registered carry-over handler in the same
 * transaction. The successors must exist on `effectiveDate` in the same collaboration.
 */
export async function reorganise(
  org: OrgContext,
  actor: Actor,
  collaborationId: string,
  input: ReorganisationRequest,
): Promise<ReorganisationResult> {
  const owner = await collaborationOfMappings(org.db, input);
  if (owner !== collaborationId) {
    throw orgProblem('unprocessable', 'wrongCollaboration', { entity: 'forum' });
  }
  const lastDay = addDays(input.effectiveDate, -1);
  const outcome = await changeOrganisation(org, actor, {
    collaborationIds: [collaborationId],
    effectiveDate: input.effectiveDate,
    acknowledgeBreaches: input.acknowledgeBreaches,
    apply: async (tx, before) => {
      const state = before(collaborationId);
      for (const m of input.mappings) {
        for (const id of m.toForumIds) {
          if (!state.fora.has(id)) throw await forumNotValidProblem(tx, id, input.effectiveDate);
        }
      }
      const ended: Record<string, unknown> = {};
      for (const m of input.mappings) {
        const versions = await listVersions(tx, 'forum', m.fromForumId);
        if (!versions.some((v) => isValidOn(v, lastDay)))
          throw await forumNotValidProblem(tx, m.fromForumId, lastDay);
        ended[m.fromForumId] = await endOldForum(tx, m, lastDay);
      }
      const ctx = {
        tx,
        actor,
        collaborationId,
        effectiveDate: input.effectiveDate,
        mappings: input.mappings,
      };
      const carriedOver = await runCarryOverHandlers(ctx);
      return {
        result: { endedForumIds: input.mappings.map((m) => m.fromForumId), carriedOver },
        audit: {
          action: 'organisation.reorganise',
          entityType: 'collaboration',
          entityId: collaborationId,
          summary: `Omorganisering fra ${input.effectiveDate}: ${input.mappings.length} fora afsluttet`,
          before: { mappings: input.mappings },
          after: { lastDay, ended, carriedOver },
        },
      };
    },
  });
  return { ...outcome.result, newBreaches: outcome.newBreaches };
}
