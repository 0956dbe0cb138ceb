/**
 * The bulk volume over the generated structure, built in memory and deterministic (seeded by the
 * scale): meetings per forum by its cadence, an agenda per meeting, standing items, and cases
 * raised at the fora and treated at their meetings through the cases domain's own transitions
 * (createCase, placeOnAgenda, recordDecision), so steps, events and statuses are what the product
 * itself would have stored. Meetings before `today` are held (minutes approved when older than a
 * month), later ones have draft agendas (published two weeks ahead).
 */
import {
  caseStatus,
  createCase,
  currentStep,
  normaliseForScreening,
  placeOnAgenda,
  recordDecision,
  type Case,
  type CaseResult,
} from '../../../domain/cases/index';
import { addDays, type IsoDate } from '../../../shared/dates';
import type { CaseType } from '../../../shared/cases.enums';
import type { agendaItems, agendas } from '../../modules/agendas/agendas.table';
import type { caseEvents, cases, caseSteps } from '../../modules/cases/index';
import type { meetings } from '../../modules/meetings/meetings.table';
import { generatedId, intBetween, pick, seededRandom, type Random } from './random';
import type { GeneratedForum } from './structure';
import { caseText, closedReason, decisionText, recommendationText, STANDING_ITEMS } from './texts';

type MeetingRow = typeof meetings.$inferInsert;
type AgendaRow = typeof agendas.$inferInsert;
type ItemRow = typeof agendaItems.$inferInsert;
type CaseRow = typeof cases.$inferInsert;
type StepRow = typeof caseSteps.$inferInsert;
type EventRow = typeof caseEvents.$inferInsert;

/** Every row of the volume, ready to insert. */
export interface Volume {
  meetings: MeetingRow[];
  agendas: AgendaRow[];
  items: ItemRow[];
  cases: CaseRow[];
  steps: StepRow[];
  events: EventRow[];
}

interface PlannedMeeting {
  id: string;
  forum: GeneratedForum;
  date: IsoDate;
  hour: number;
  held: boolean;
  items: ItemRow[];
}

/** The months a forum meets in (no meetings in July). */
const MONTHS = [1, 2, 3, 4, 5, 6, 8, 9, 10, 11, 12];

function weekday(date: IsoDate): number {
  return new Date(`${date}T12:00:00Z`).getUTCDay();
}

/** The date moved forward past a weekend. */
function workingDay(date: IsoDate): IsoDate {
  const day = weekday(date);
  return day === 6 ? addDays(date, 2) : day === 0 ? addDays(date, 1) : date;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** A day at an hour (UTC), as a timestamp. */
const at = (date: IsoDate, hour: number) => new Date(`${date}T${pad(hour)}:00:00Z`);

/** The meetings of every forum, sorted by date. */
function schedule(
  random: Random,
  scale: string,
  fora: readonly GeneratedForum[],
  firstYear: number,
  today: IsoDate,
): PlannedMeeting[] {
  const planned: PlannedMeeting[] = [];
  for (const forum of fora) {
    const fromYear = Math.max(firstYear, Number(forum.from.slice(0, 4)));
    const toYear = Number(forum.to.slice(0, 4));
    for (let year = fromYear; year <= toYear; year++) {
      const n = forum.meetingsPerYear;
      for (let i = 0; i < n; i++) {
        const month = MONTHS[Math.floor((i * MONTHS.length) / n)] ?? 1;
        const date = workingDay(`${year}-${pad(month)}-${pad(intBetween(random, 3, 25))}`);
        if (date < forum.from || date > forum.to) continue;
        planned.push({
          id: generatedId(`${scale}:meeting:${forum.ref}:${date}:${i}`),
          forum,
          date,
          hour: pick(random, [9, 10, 13, 14]),
          held: date < today,
          items: [],
        });
      }
    }
  }
  return planned.sort((a, b) =>
    a.date === b.date ? a.id.localeCompare(b.id) : a.date < b.date ? -1 : 1,
  );
}

function must(result: CaseResult): Case {
  if (!result.ok) throw new Error(`Generatoren lavede en ugyldig sag: ${result.error.code}`);
  return result.case;
}

/** The first meeting of `forumId` at least a week after `date`, by binary search. */
function nextMeeting(
  byForum: ReadonlyMap<string, PlannedMeeting[]>,
  forumId: string,
  date: IsoDate,
): PlannedMeeting | null {
  const list = byForum.get(forumId) ?? [];
  const after = addDays(date, 7);
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((list[mid]?.date ?? '') < after) lo = mid + 1;
    else hi = mid;
  }
  return list[lo] ?? null;
}

const TYPES: readonly CaseType[] = ['decision', 'decision', 'discussion', 'information'];

/** Builds the volume for `fora`, aiming at about `casesTarget` cases. */
export function buildVolume(options: {
  scale: string;
  fora: readonly GeneratedForum[];
  firstYear: number;
  today: IsoDate;
  casesTarget: number;
}): Volume {
  const { scale, today } = options;
  const random = seededRandom(`volume:${scale}`);
  const planned = schedule(random, scale, options.fora, options.firstYear, today);
  const byForum = new Map<string, PlannedMeeting[]>();
  for (const m of planned) {
    const list = byForum.get(m.forum.entityId) ?? [];
    list.push(m);
    byForum.set(m.forum.entityId, list);
  }
  const perMeeting = options.casesTarget / Math.max(1, planned.length);
  const volume: Volume = { meetings: [], agendas: [], items: [], cases: [], steps: [], events: [] };
  let caseNo = 0;
  const itemFor = (c: Case, stepId: string, meeting: PlannedMeeting, closed: boolean): void => {
    const step = c.steps.find((s) => s.id === stepId);
    meeting.items.push({
      id: generatedId(`${scale}:item:${stepId}`),
      meetingId: meeting.id,
      position: 0,
      caseId: c.id,
      caseStepId: stepId,
      title: c.title,
      body: c.summary,
      type: c.type,
      closed,
      closedReason: closed ? closedReason(random) : null,
      recommendation: recommendationText(random),
      decision: meeting.held ? (step?.decisionText ?? null) : null,
    });
  };
  for (const meeting of planned) {
    const { forum } = meeting;
    const count = Math.floor(perMeeting) + (random() < perMeeting % 1 ? 1 : 0);
    for (let k = 0; k < count; k++) {
      caseNo += 1;
      const id = generatedId(`${scale}:case:${caseNo}`);
      const text = caseText(random, forum.name);
      const parent = forum.parentId && meeting.held && random() < 0.06 ? forum.parentId : null;
      const later = parent ? nextMeeting(byForum, parent, meeting.date) : null;
      const route = later ? [forum.entityId, later.forum.entityId] : [forum.entityId];
      let raisedOn = addDays(meeting.date, -intBetween(random, 14, 60));
      if (raisedOn < forum.from) raisedOn = forum.from;
      const confidential = random() < 0.03;
      let c = must(
        createCase({
          id,
          title: text.title,
          summary: text.summary,
          type: pick(random, TYPES),
          flags: random() < 0.05 ? ['crossCutting'] : [],
          clusterId: forum.clusterId,
          raisedInForumId: forum.entityId,
          route,
          on: raisedOn,
        }),
      );
      const placedOn = (m: PlannedMeeting, earliest: IsoDate) => {
        const day = addDays(m.date, -10);
        return day < earliest ? earliest : day;
      };
      const first = c.steps[0]?.id ?? '';
      c = must(
        placeOnAgenda(c, { stepId: first, meetingId: meeting.id, on: placedOn(meeting, raisedOn) }),
      );
      if (meeting.held) {
        c = must(
          recordDecision(c, { stepId: first, text: decisionText(random), on: meeting.date }),
        );
      }
      const closedFirst = confidential || random() < 0.02;
      itemFor(c, first, meeting, closedFirst);
      const closedSteps = new Set(closedFirst ? [first] : []);
      const second = c.steps[1]?.id;
      if (later && second) {
        c = must(
          placeOnAgenda(c, {
            stepId: second,
            meetingId: later.id,
            on: placedOn(later, meeting.date),
          }),
        );
        if (later.held) {
          c = must(
            recordDecision(c, { stepId: second, text: decisionText(random), on: later.date }),
          );
        }
        if (confidential) closedSteps.add(second);
        itemFor(c, second, later, confidential);
      }
      const current = currentStep(c);
      volume.cases.push({
        id: c.id,
        collaborationId: forum.collaborationId,
        title: c.title,
        summary: c.summary,
        body: text.body,
        type: c.type,
        flags: [...c.flags],
        confidential,
        clusterId: c.clusterId,
        raisedInForumId: c.raisedInForumId,
        returnToForumId: c.returnToForumId,
        raisedOn: c.raisedOn,
        status: caseStatus(c),
        currentForumId: current?.forumId ?? null,
        currentStepId: current?.id ?? null,
        screeningText: normaliseForScreening(`${c.title} ${c.summary}`),
        createdAt: at(c.raisedOn, 8),
        updatedAt: at(c.events[c.events.length - 1]?.on ?? c.raisedOn, 12),
      });
      for (const [i, s] of c.steps.entries()) {
        volume.steps.push({ ...s, caseId: c.id, position: i + 1, closed: closedSteps.has(s.id) });
      }
      for (const e of c.events)
        volume.events.push({ ...e, caseId: c.id, recordedAt: at(e.on, 12) });
    }
  }
  for (const meeting of planned) addMeeting(volume, meeting, today, scale, random);
  return volume;
}

/** The meeting row, its agenda and its items (standing items first and last). */
function addMeeting(
  volume: Volume,
  m: PlannedMeeting,
  today: IsoDate,
  scale: string,
  random: Random,
): void {
  const utcHour = m.hour - 1;
  const startsAt = new Date(`${m.date}T${pad(utcHour)}:00:00Z`);
  const endsAt = new Date(startsAt.getTime() + 2 * 3600_000);
  const approved = m.held && m.date < addDays(today, -30);
  const published = m.held || m.date <= addDays(today, 14);
  const publishedAt = published ? new Date(`${addDays(m.date, -7)}T08:00:00Z`) : null;
  const status = approved
    ? 'minutesApproved'
    : m.held
      ? 'held'
      : published
        ? 'agendaPublished'
        : 'agendaDraft';
  volume.meetings.push({
    id: m.id,
    forumId: m.forum.entityId,
    collaborationId: m.forum.collaborationId,
    title: `Møde i ${m.forum.name}`,
    startsAt,
    endsAt,
    location: 'Mødelokale 1 (genereret)',
    kind: 'ordinary',
    status,
    icsUid: `${m.id}@samspil.dk`,
    agendaDeadline: addDays(m.date, -14),
    createdAt: at(addDays(m.date, -90), 8),
    updatedAt: at(addDays(m.date, m.held ? 21 : -90), 8),
  });
  volume.agendas.push({
    meetingId: m.id,
    status: published ? 'published' : 'draft',
    minutesStatus: approved ? 'approved' : 'draft',
    publishedAt,
    minutesSentAt: approved ? new Date(`${addDays(m.date, 7)}T08:00:00Z`) : null,
    minutesApprovedAt: approved ? new Date(`${addDays(m.date, 21)}T08:00:00Z`) : null,
    approvalEnding: approved ? 'allApproved' : null,
  });
  const standing = (title: string, i: number): ItemRow => ({
    id: generatedId(`${scale}:standing:${m.id}:${i}`),
    meetingId: m.id,
    position: 0,
    caseId: null,
    caseStepId: null,
    title,
    body: '',
    type: i === 0 ? 'decision' : 'information',
    closed: false,
    closedReason: null,
    recommendation: null,
    decision: m.held ? (i === 0 ? 'Godkendt.' : 'Intet.') : null,
  });
  const middle = STANDING_ITEMS.slice(1, -1);
  const items = [
    standing(STANDING_ITEMS[0] ?? 'Godkendelse af dagsorden', 0),
    ...(random() < 0.15 ? [standing(pick(random, middle), 1)] : []),
    ...m.items,
    standing(STANDING_ITEMS[STANDING_ITEMS.length - 1] ?? 'Eventuelt', 9),
  ];
  const created = at(addDays(m.date, -14), 8);
  items.forEach((item, i) =>
    volume.items.push({ ...item, position: i + 1, createdAt: created, updatedAt: created }),
  );
}
