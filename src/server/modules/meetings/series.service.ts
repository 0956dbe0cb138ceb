/**
 * Meeting series from a forum's cadence: a preview (the domain's `generateSeries`, skipping
 * weekends, Danish holidays and closure days, with each move explained) and its creation.
 */
import type {
  CreateSeriesRequest,
  SeriesCreated,
  SeriesPreview,
  SeriesPreviewRequest,
} from '../../../shared/meetings-planning.contract';
import type { SchedulingWarning } from '../../../shared/meetings.contract';
import { generateSeries, type ProposedMeeting } from '../../../domain/meetings/index';
import { mutate, type Actor } from '../../platform/audit';
import { AppError } from '../../platform/errors';
import { insertMeetings, insertSeries, type MeetingRow } from './meetings.repo';
import {
  deadlineDaysOf,
  defaultAgendaDeadline,
  newMeetingRow,
  presentMeetings,
  resolveForum,
} from './meetings.service';
import { syncForumParticipants, type MeetingsDeps } from './participants.service';
import { checkSchedule, closuresFor, requireAcknowledged, scheduledMeetings } from './scheduling';
import { explainProposal } from './series.explain';
import { renderText } from './texts';
import { parseInstant } from './time';

interface SeriesPlan {
  preview: SeriesPreview;
  collaborationId: string | null;
  /** The forum's agenda deadline in working days (its setting, else the default). */
  deadlineDays: number;
  /** Warnings about other meetings the series would cause. */
  otherWarnings: SchedulingWarning[];
}

async function planSeries(deps: MeetingsDeps, input: SeriesPreviewRequest): Promise<SeriesPlan> {
  const { db, organisation } = deps;
  const forum = await resolveForum(db, organisation, input.forumId, input.from);
  const forumCadence = forum?.cadence
    ? {
        min: forum.cadence.min,
        max: forum.cadence.max ?? Math.max(forum.cadence.min, input.perYear ?? 0),
      }
    : null;
  const cadence = input.cadence ?? forumCadence;
  if (!cadence) throw new AppError('seriesInvalid', renderText('series.noCadence'));
  const collaborationId = forum?.collaborationId ?? input.collaborationId ?? null;
  const closures = await closuresFor(db, collaborationId);
  const existing = (await scheduledMeetings(db, [input.forumId])).map((m) => m.date);
  const result = generateSeries({ ...input, cadence, closures, existing });
  if (!result.ok) {
    throw new AppError('seriesInvalid', renderText(result.error.code, result.error.params), {
      extra: { code: result.error.code, params: result.error.params },
    });
  }
  const changes = result.proposals.map((p) => ({ forumId: input.forumId, date: p.date }));
  const warnings = changes.length
    ? await checkSchedule(db, organisation, changes, collaborationId)
    : [];
  const own = (p: ProposedMeeting) =>
    warnings.filter((w) => w.meetingId === null && w.params.date === p.date);
  return {
    collaborationId,
    deadlineDays: deadlineDaysOf(forum),
    otherWarnings: warnings.filter((w) => w.meetingId !== null),
    preview: {
      forumId: input.forumId,
      cadence,
      targetCount: result.targetCount,
      coveredByExisting: result.coveredByExisting,
      unplaced: result.unplaced,
      proposals: result.proposals.map((p) => ({
        ...p,
        explanations: explainProposal(p, closures),
        warnings: own(p),
      })),
    },
  };
}

/** Proposes dates; nothing is saved. */
export async function previewSeries(
  deps: MeetingsDeps,
  input: SeriesPreviewRequest,
): Promise<SeriesPreview> {
  return (await planSeries(deps, input)).preview;
}

/** Creates the proposed meetings (all, or those in `dates`) as one series. */
export async function createSeries(
  deps: MeetingsDeps,
  actor: Actor,
  input: CreateSeriesRequest,
): Promise<SeriesCreated> {
  const plan = await planSeries(deps, input);
  const wanted = input.dates ? new Set(input.dates) : null;
  const chosen = plan.preview.proposals.filter((p) => wanted === null || wanted.has(p.date));
  if (wanted && chosen.length !== wanted.size) {
    throw new AppError('seriesInvalid', {
      da: 'Nogle af de valgte datoer er ikke blandt forslagene',
      en: 'Some of the chosen dates are not among the proposals',
    });
  }
  const warnings = [...chosen.flatMap((p) => p.warnings), ...plan.otherWarnings];
  requireAcknowledged(warnings, input.acknowledgeWarnings);
  const closures = await closuresFor(deps.db, plan.collaborationId);
  return mutate(deps.db, actor, async (tx) => {
    const seriesId = await insertSeries(tx, {
      forumId: input.forumId,
      title: input.title,
      params: input,
    });
    const rows = await insertMeetings(
      tx,
      chosen.map((p) => {
        const startsAt = parseInstant(p.startsAt, 'startsAt');
        return newMeetingRow({
          forumId: input.forumId,
          collaborationId: plan.collaborationId,
          title: input.title,
          startsAt,
          endsAt: new Date(startsAt.getTime() + input.durationMinutes * 60_000),
          location: input.location ?? null,
          onlineUrl: input.onlineUrl ?? null,
          kind: input.kind,
          seriesId,
          agendaDeadline: defaultAgendaDeadline(p.date, closures, plan.deadlineDays),
        });
      }),
    );
    for (const row of rows) await syncForumParticipants(tx, deps.organisation, row as MeetingRow);
    const meetings = await presentMeetings(tx, deps.organisation, rows);
    return {
      result: { seriesId, meetings, warnings },
      audit: {
        action: 'meeting.createSeries',
        entityType: 'meetingSeries',
        entityId: seriesId,
        summary: `Mødeserie oprettet: ${input.title} (${rows.length} møder)`,
        after: {
          params: input,
          meetingIds: rows.map((r) => r.id),
          acknowledgedWarnings: warnings.map((w) => w.code),
        },
        relatedIds: [seriesId, input.forumId, ...rows.map((r) => r.id)],
      },
    };
  });
}
