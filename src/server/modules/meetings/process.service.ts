/**
 * Dated multi-body processes (seed 003): preview a template placed in the calendar, then create
 * its meetings linked to their predecessors (or link meetings that already exist).
 */
import type {
  CreateProcessRequest,
  ProcessCreated,
  ProcessPreview,
  ProcessPreviewRequest,
  ProcessTemplateInput,
} from '../../../shared/meetings-planning.contract';
import type { SchedulingWarning } from '../../../shared/meetings.contract';
import {
  instantiate,
  SEED_003_NEAR_HEALTH_PROCESS,
  type MeetingDraft,
  type ProcessTemplate,
} from '../../../domain/meetings/index';
import { mutate, type Actor } from '../../platform/audit';
import { AppError, notFound } from '../../platform/errors';
import {
  findMeetingRows,
  insertMeetings,
  insertPredecessors,
  insertProcessInstance,
  type NewMeetingRow,
} from './meetings.repo';
import {
  deadlineDaysOf,
  defaultAgendaDeadline,
  newMeetingRow,
  presentMeetings,
  resolveForum,
} from './meetings.service';
import { syncForumParticipants, type MeetingsDeps } from './participants.service';
import { checkSchedule, closuresFor, requireAcknowledged } from './scheduling';
import { renderText } from './texts';
import { assertEndsAfterStarts, atDanishTime, parseInstant } from './time';

/** The built-in process templates, by key. */
export const PROCESS_TEMPLATES: readonly ProcessTemplate[] = [SEED_003_NEAR_HEALTH_PROCESS];

function templateOf(input: {
  templateKey?: string;
  template?: ProcessTemplateInput;
}): ProcessTemplate {
  if (input.template) return input.template;
  const found = PROCESS_TEMPLATES.find((t) => t.key === input.templateKey);
  if (!found) throw notFound({ da: 'Processkabelonen', en: 'The process template' });
  return found;
}

interface ProcessPlan {
  template: ProcessTemplate;
  preview: ProcessPreview;
  collaborationId: string | null;
}

async function planProcess(
  deps: MeetingsDeps,
  input: ProcessPreviewRequest,
  skip: ReadonlySet<string>,
) {
  const template = templateOf(input);
  const collaborationId = input.collaborationId ?? null;
  const closures = await closuresFor(deps.db, collaborationId);
  const { drafts, warnings } = instantiate(template, {
    ...(input.anchorDate ? { anchorDate: input.anchorDate } : {}),
    ...(input.fixedDates ? { fixedDates: input.fixedDates } : {}),
    ...(input.forumsByRole ? { forumsByRole: input.forumsByRole } : {}),
    closures,
  });
  const dated = drafts.filter(
    (d) => d.date !== null && d.forumId !== null && !skip.has(d.draftKey),
  );
  const changes = dated.map((d) => ({ forumId: d.forumId as string, date: d.date as string }));
  const scheduling = changes.length
    ? await checkSchedule(deps.db, deps.organisation, changes, collaborationId)
    : [];
  const preview: ProcessPreview = {
    templateKey: template.key,
    title: template.title,
    drafts,
    warnings: warnings.map((w) => ({ ...w, message: renderText(w.code, w.params) })),
    schedulingWarnings: scheduling,
  };
  return { template, preview, collaborationId } satisfies ProcessPlan;
}

/** Places a template in the calendar; nothing is saved. */
export async function previewProcess(
  deps: MeetingsDeps,
  input: ProcessPreviewRequest,
): Promise<ProcessPreview> {
  return (await planProcess(deps, input, new Set())).preview;
}

function draftTimes(
  draft: MeetingDraft,
  input: CreateProcessRequest,
): { startsAt: Date; endsAt: Date } {
  const given = input.times?.[draft.draftKey];
  const date = draft.date as string;
  const startsAt = given
    ? parseInstant(given.startsAt, 'startsAt')
    : draft.startsAt
      ? parseInstant(draft.startsAt, 'startsAt')
      : atDanishTime(date, input.defaultStartTime);
  const endsAt = given
    ? parseInstant(given.endsAt, 'endsAt')
    : draft.endsAt
      ? parseInstant(draft.endsAt, 'endsAt')
      : atDanishTime(date, input.defaultEndTime);
  assertEndsAfterStarts(startsAt, endsAt);
  return { startsAt, endsAt };
}

/** Drafts to create: not skipped, not realised by an existing meeting; each needs date and forum. */
function draftsToCreate(
  drafts: readonly MeetingDraft[],
  input: CreateProcessRequest,
): MeetingDraft[] {
  const skip = new Set(input.skipDraftKeys);
  const existing = input.existingMeetingIds ?? {};
  const open = drafts.filter((d) => !skip.has(d.draftKey) && existing[d.draftKey] === undefined);
  const incomplete = open
    .filter((d) => d.date === null || d.forumId === null)
    .map((d) => d.draftKey);
  if (incomplete.length > 0) {
    throw new AppError(
      'processInvalid',
      {
        da: `Disse trin mangler dato eller forum: ${incomplete.join(', ')}. Angiv dem, eller spring dem over`,
        en: `These steps lack a date or a forum: ${incomplete.join(', ')}. Give them, or skip them`,
      },
      { extra: { draftKeys: incomplete } },
    );
  }
  return open;
}

/** The links of a process: each meeting to the meetings of its predecessor step. */
function processLinks(
  drafts: readonly MeetingDraft[],
  idByDraft: ReadonlyMap<string, string>,
): { meetingId: string; predecessorId: string }[] {
  return drafts.flatMap((d) => {
    const meetingId = idByDraft.get(d.draftKey);
    if (!meetingId) return [];
    return d.predecessorDraftKeys.flatMap((p) => {
      const predecessorId = idByDraft.get(p);
      return predecessorId ? [{ meetingId, predecessorId }] : [];
    });
  });
}

/** Checks everything that can fail before writing, and builds the new meeting rows. */
async function prepareProcess(deps: MeetingsDeps, input: CreateProcessRequest) {
  const existingIds = input.existingMeetingIds ?? {};
  const skip = new Set([...input.skipDraftKeys, ...Object.keys(existingIds)]);
  const plan = await planProcess(deps, input, skip);
  const drafts = draftsToCreate(plan.preview.drafts, input);
  const linked = await findMeetingRows(deps.db, Object.values(existingIds));
  if (linked.length !== new Set(Object.values(existingIds)).size) {
    throw notFound({ da: 'Et eksisterende møde', en: 'An existing meeting' });
  }
  const deadlineDays: number[] = [];
  for (const d of drafts) {
    const forum = await resolveForum(
      deps.db,
      deps.organisation,
      d.forumId as string,
      d.date as string,
    );
    deadlineDays.push(deadlineDaysOf(forum));
  }
  requireAcknowledged(plan.preview.schedulingWarnings, input.acknowledgeWarnings);
  const closures = await closuresFor(deps.db, plan.collaborationId);
  const rows: NewMeetingRow[] = drafts.map((d, i) =>
    newMeetingRow({
      forumId: d.forumId as string,
      collaborationId: plan.collaborationId,
      title: d.title,
      ...draftTimes(d, input),
      location: input.location ?? null,
      kind: input.kinds?.[d.stepKey] ?? 'ordinary',
      processDraftKey: d.draftKey,
      agendaDeadline: defaultAgendaDeadline(d.date as string, closures, deadlineDays[i]),
    }),
  );
  return { plan, rows, linked, existingIds };
}

/** Creates the process's meetings, linked step to step; scheduling warnings must be acknowledged. */
export async function createProcess(
  deps: MeetingsDeps,
  actor: Actor,
  input: CreateProcessRequest,
): Promise<ProcessCreated> {
  const { plan, rows, linked, existingIds } = await prepareProcess(deps, input);
  const warnings: SchedulingWarning[] = plan.preview.schedulingWarnings;
  return mutate(deps.db, actor, async (tx) => {
    const processInstanceId = await insertProcessInstance(tx, {
      templateKey: plan.template.key,
      title: plan.template.title,
      template: plan.template,
      options: input,
      collaborationId: plan.collaborationId,
    });
    const created = await insertMeetings(
      tx,
      rows.map((r) => ({ ...r, processInstanceId })),
    );
    const idByDraft = new Map<string, string>([
      ...Object.entries(existingIds),
      ...created.map((m) => [m.processDraftKey as string, m.id] as [string, string]),
    ]);
    const links = processLinks(plan.preview.drafts, idByDraft);
    await insertPredecessors(tx, links);
    for (const row of created) await syncForumParticipants(tx, deps.organisation, row);
    const meetings = await presentMeetings(tx, deps.organisation, created);
    return {
      result: { processInstanceId, meetings, warnings },
      audit: {
        action: 'process.create',
        entityType: 'processInstance',
        entityId: processInstanceId,
        summary: `Procesforløb oprettet: ${plan.template.title} (${created.length} møder)`,
        after: {
          options: input,
          meetingIds: created.map((m) => m.id),
          links,
          acknowledgedWarnings: warnings.map((w) => w.code),
        },
        relatedIds: [processInstanceId, ...created.map((m) => m.id), ...linked.map((m) => m.id)],
      },
    };
  });
}
