/* eslint-disable max-lines -- the table of every page API, one row per endpoint; split by feature in a later issue */
/**
 * The endpoints of the page benchmark (bench/pages.ts): every page API the web app calls on its
 * pages, the overhead rows, and the ids they need, picked from the data (the busiest forum,
 * meeting, case, person, party and plan; a rare and a common word of the case titles).
 */
import { sql } from 'drizzle-orm';
import type { Db } from '../src/server/db/client';
import { addDays } from '../src/shared/dates';
import { SEARCH_LIMITS } from '../src/shared/search.contract';

/** What a row is measured against. */
export type Goal = 'page' | 'search' | 'reference';

/** One endpoint of the table. */
export interface Endpoint {
  name: string;
  /** Path and query. */
  url: string;
  goal: Goal;
  /** Which session the request carries. */
  session: 'secretariat' | 'admin' | 'none';
}

/** The ids the endpoints need, picked from the data. */
export interface BenchIds {
  collaborationId: string;
  forumId: string;
  personId: string;
  partyId: string;
  meetingId: string;
  caseId: string;
  casePages: number;
  rareWord: string;
  commonWord: string;
  planId: string | null;
  planCollaborationId: string | null;
  /** The newsletter with most deliveries (or the latest), and its collaboration. */
  newsletterId: string | null;
  newsletterCollaborationId: string | null;
  /** Up to four task transfers (the newest), for the compare view; empty when there are none. */
  transferIds: string[];
  transferCollaborationId: string | null;
  /** The forum following up most decision actions (null when there are none). */
  followUpForumId: string | null;
  /** The consultation with most parties (null when the data has none). */
  consultationId: string | null;
  /** The pilot with most spread entries (issue 12), and its collaboration; null without pilots. */
  pilotId: string | null;
  pilotCollaborationId: string | null;
  /** The newest knowledge-bank entry, and the commonest word of the entries' titles. */
  knowledgeEntry: { kind: string; sourceId: string } | null;
  knowledgeWord: string | null;
  /** Issue 13: the collaboration with most funding applications, its busiest one, and charters. */
  funding?: { collaborationId: string; applicationId: string } | null;
  charters?: { collaborationId: string; requestId: string; forumId: string } | null;
  /** The financing scenario of the collaboration with most scenarios, when there is one. */
  scenarioId: string | null;
  scenarioCollaborationId: string | null;
  /** The questionnaire with most recipients, and its collaboration. */
  questionnaireId: string | null;
  questionnaireCollaborationId: string | null;
}

interface Rows<T> {
  rows: T[];
}

async function rows<T>(db: Db, query: ReturnType<typeof sql>): Promise<T[]> {
  return ((await db.execute(query)) as unknown as Rows<T>).rows;
}

async function one<T>(db: Db, what: string, query: ReturnType<typeof sql>): Promise<T> {
  const [row] = await rows<T>(db, query);
  if (!row) throw new Error(`the bench found no ${what} in the data`);
  return row;
}

/**
 * Picks the busiest ids: the forum with most meetings (and its collaboration), the meeting with
 * most agenda items, the case with most steps, the person with most appointments, the party with
 * most seats, a word in exactly one case title and the commonest one, the plan with most
 * initiatives.
 */
export async function pickIds(db: Db): Promise<BenchIds> {
  const forum = await one<{ forum_id: string; collaboration_id: string }>(
    db,
    'forum with meetings',
    sql`select m.forum_id, f.collaboration_id from (
          select forum_id, count(*) as n from meetings group by forum_id order by n desc limit 1
        ) m join fora f on f.entity_id = m.forum_id limit 1`,
  );
  const meeting = await one<{ meeting_id: string }>(
    db,
    'meeting with agenda items',
    sql`select meeting_id from agenda_items group by meeting_id order by count(*) desc limit 1`,
  );
  const kase = await one<{ case_id: string }>(
    db,
    'case with steps',
    sql`select case_id from case_steps group by case_id order by count(*) desc limit 1`,
  );
  const person = await one<{ person_id: string }>(
    db,
    'person with appointments',
    sql`select person_id from appointments group by person_id order by count(*) desc limit 1`,
  );
  const party = await one<{ party_id: string }>(
    db,
    'party with seats',
    sql`select party_id from seats where party_id is not null
        group by party_id order by count(*) desc limit 1`,
  );
  const cases = await one<{ n: number | string }>(
    db,
    'cases',
    sql`select count(*) as n from cases`,
  );
  const words = sql`select w, count(*) as n from (
      select distinct c.id, w from cases c,
        regexp_split_to_table(lower(c.title), '[^[:alpha:]]+') as w
    ) t where length(w) >= 6 group by w`;
  const rare = await one<{ w: string }>(
    db,
    'rare word',
    sql`select w from (${words}) x where n = 1 order by w limit 1`,
  );
  const common = await one<{ w: string }>(
    db,
    'common word',
    sql`select w from (${words}) x order by n desc, w limit 1`,
  );
  const [plan] = await rows<{ plan_id: string; collaboration_id: string }>(
    db,
    sql`select i.plan_id, p.collaboration_id from (
          select plan_id, count(*) as n from plan_initiatives group by plan_id
          order by n desc limit 1
        ) i join plans p on p.id = i.plan_id`,
  );
  const [newsletter] = await rows<{ id: string; collaboration_id: string }>(
    db,
    sql`select n.id, n.collaboration_id from newsletters n
        left join newsletter_deliveries d on d.newsletter_id = n.id
        group by n.id order by count(d.subscriber_id) desc, n.updated_at desc limit 1`,
  );
  const transfers = await rows<{ id: string; collaboration_id: string }>(
    db,
    sql`select id, collaboration_id from task_transfers order by opened_on desc, id limit 4`,
  );
  const [followUp] = await rows<{ follow_up_forum_id: string }>(
    db,
    sql`select follow_up_forum_id from decision_actions group by follow_up_forum_id
        order by count(*) desc limit 1`,
  );
  const [consultation] = await rows<{ consultation_id: string }>(
    db,
    sql`select consultation_id from consultation_parties
        group by consultation_id order by count(*) desc limit 1`,
  );
  const [pilot] = await rows<{ id: string; collaboration_id: string }>(
    db,
    sql`select p.id, p.collaboration_id from pilots p
        left join pilot_spread s on s.pilot_id = p.id
        group by p.id order by count(s.id) desc, p.id limit 1`,
  );
  const [entry] = await rows<{ kind: string; source_id: string }>(
    db,
    sql`select kind, source_id from knowledge_entries order by "on" desc, kind, source_id limit 1`,
  );
  const [knowledgeWord] = await rows<{ w: string }>(
    db,
    sql`select w from (
          select w, count(*) as n from knowledge_entries k,
            regexp_split_to_table(lower(k.title), '[^[:alpha:]]+') as w
          where length(w) >= 6 group by w
        ) x order by n desc, w limit 1`,
  );
  const [funding] = await rows<{ collaboration_id: string; application_id: string }>(
    db,
    sql`select a.collaboration_id, a.id as application_id from funding_applications a
        join (select collaboration_id, count(*) as n from funding_applications
              group by collaboration_id order by n desc limit 1) c
          on c.collaboration_id = a.collaboration_id
        order by (select count(*) from funding_obligations o where o.application_id = a.id) desc
        limit 1`,
  );
  const [charter] = await rows<{ collaboration_id: string; request_id: string; forum_id: string }>(
    db,
    sql`select r.collaboration_id, r.id as request_id,
               (select forum_id from charter_versions group by forum_id
                order by count(*) desc limit 1) as forum_id
        from charter_requests r order by r.deadline desc limit 1`,
  );
  const [scenario] = await rows<{ id: string; collaboration_id: string }>(
    db,
    sql`select s.id, s.collaboration_id from financing_scenarios s
        join (select collaboration_id, count(*) as n from financing_scenarios
              group by collaboration_id order by n desc limit 1) c
          on c.collaboration_id = s.collaboration_id
        order by s.updated_at desc limit 1`,
  );
  const [questionnaire] = await rows<{ id: string; collaboration_id: string }>(
    db,
    sql`select q.id, q.collaboration_id from questionnaires q
        left join questionnaire_recipients r on r.questionnaire_id = q.id
        group by q.id order by count(r.id) desc, q.created_at desc limit 1`,
  );
  return {
    questionnaireId: questionnaire?.id ?? null,
    questionnaireCollaborationId: questionnaire?.collaboration_id ?? null,
    transferIds: transfers.map((t) => t.id),
    transferCollaborationId: transfers[0]?.collaboration_id ?? null,
    followUpForumId: followUp?.follow_up_forum_id ?? null,
    consultationId: consultation?.consultation_id ?? null,
    pilotId: pilot?.id ?? null,
    pilotCollaborationId: pilot?.collaboration_id ?? null,
    knowledgeEntry: entry ? { kind: entry.kind, sourceId: entry.source_id } : null,
    knowledgeWord: knowledgeWord?.w ?? null,
    funding: funding
      ? { collaborationId: funding.collaboration_id, applicationId: funding.application_id }
      : null,
    charters: charter?.forum_id
      ? {
          collaborationId: charter.collaboration_id,
          requestId: charter.request_id,
          forumId: charter.forum_id,
        }
      : null,
    collaborationId: forum.collaboration_id,
    forumId: forum.forum_id,
    personId: person.person_id,
    partyId: party.party_id,
    meetingId: meeting.meeting_id,
    caseId: kase.case_id,
    casePages: Math.max(1, Math.ceil(Number(cases.n) / 25)),
    rareWord: rare.w,
    commonWord: common.w,
    planId: plan?.plan_id ?? null,
    planCollaborationId: plan?.collaboration_id ?? null,
    newsletterId: newsletter?.id ?? null,
    newsletterCollaborationId: newsletter?.collaboration_id ?? null,
    scenarioId: scenario?.id ?? null,
    scenarioCollaborationId: scenario?.collaboration_id ?? null,
  };
}

/** The case list's page size in the web app (src/web/features/cases/case-filters.ts). */
const CASE_PAGE_SIZE = 25;

/** The overhead rows: the bare route with and without a cookie, and health. */
export function overheadEndpoints(): Endpoint[] {
  return [
    {
      name: 'bare select 1 (reference)',
      url: '/bench/select1',
      goal: 'reference',
      session: 'none',
    },
    {
      name: 'bare select 1 with session cookie',
      url: '/bench/select1',
      goal: 'reference',
      session: 'secretariat',
    },
    { name: '/api/health', url: '/api/health', goal: 'page', session: 'none' },
    {
      name: '/api/health with session cookie',
      url: '/api/health',
      goal: 'page',
      session: 'secretariat',
    },
  ];
}

/** The bare route once more, after the pages: the reference is the better of its two runs. */
export function closingReference(): Endpoint {
  return {
    name: 'bare select 1 (reference, again at the end)',
    url: '/bench/select1',
    goal: 'reference',
    session: 'none',
  };
}

/** Every page API the web app calls on its pages, with the ids the data offers. */
export function pageEndpoints(ids: BenchIds, today: string): Endpoint[] {
  const q = (params: Record<string, string | number>) =>
    `?${new URLSearchParams(Object.entries(params).map(([k, v]) => [k, String(v)])).toString()}`;
  const day = q({ date: today });
  const c = ids.collaborationId;
  const later = Math.max(1, Math.min(ids.casePages, Math.ceil(ids.casePages / 2)));
  const page = (name: string, url: string, session: Endpoint['session'] = 'secretariat') =>
    ({ name, url, goal: 'page', session }) satisfies Endpoint;
  const search = (name: string, url: string) =>
    ({ name, url, goal: 'search', session: 'secretariat' }) satisfies Endpoint;
  const list: Endpoint[] = [
    page('home: me', '/api/auth/me'),
    page('home: my plan rounds', '/api/plan-rounds/mine'),
    page('home: my work', `/api/home/my-work${q({ asOf: today })}`),
    page('collaborations as of a day', `/api/org/collaborations${day}`),
    page('my collaborations (a page starts on one)', '/api/access/my-collaborations'),
    page('organisation overview as of a day', `/api/org/collaborations/${c}/overview${day}`),
    page('org health', `/api/org/collaborations/${c}/health${day}`),
    page('org chart', `/api/org/collaborations/${c}/chart${day}`),
    page('burden', `/api/org/collaborations/${c}/burden${day}`),
    page('forum page', `/api/org/fora/${ids.forumId}${day}`),
    page('person page', `/api/org/persons/${ids.personId}${day}`),
    page('party page', `/api/org/parties/${ids.partyId}${day}`),
    page(
      'meetings list (91-day window)',
      `/api/meetings/calendar${q({ from: today, to: addDays(today, 91) })}`,
    ),
    page('meeting detail', `/api/meetings/${ids.meetingId}`),
    page('meeting agenda and minutes', `/api/agendas/${ids.meetingId}`),
    page('meeting history', `/api/meetings/${ids.meetingId}/history?limit=50`),
    page('agenda: waiting cases', `/api/agendas/${ids.meetingId}/candidates?limit=200`),
    page('case list, page 1', `/api/cases${q({ limit: CASE_PAGE_SIZE, offset: 0 })}`),
    ...(later > 1
      ? [
          page(
            `case list, page ${later}`,
            `/api/cases${q({ limit: CASE_PAGE_SIZE, offset: (later - 1) * CASE_PAGE_SIZE })}`,
          ),
        ]
      : []),
    page('case page', `/api/cases/${ids.caseId}`),
    page('case page, history record', `/api/history/cases/${ids.caseId}`),
    page(
      'decisions returned to a forum',
      `/api/cases/returned${q({ forumId: ids.forumId, limit: 50, offset: 0 })}`,
    ),
    search(
      `search, rare word (${ids.rareWord})`,
      `/api/search${q({ q: ids.rareWord, limit: SEARCH_LIMITS.hits })}`,
    ),
    search(
      `search, common word (${ids.commonWord})`,
      `/api/search${q({ q: ids.commonWord, limit: SEARCH_LIMITS.hits })}`,
    ),
    search(
      `org search, common word (${ids.commonWord})`,
      `/api/org/search${q({ q: ids.commonWord, date: today })}`,
    ),
    search(
      'person picker, two letters',
      `/api/org/search${q({ q: 'an', kind: 'person', date: today })}`,
    ),
    page(
      'follow-up actions, page 1',
      `/api/actions${q({ followUpForumId: ids.followUpForumId ?? ids.forumId, page: 1 })}`,
    ),
    page(
      'follow-up actions, overdue today',
      `/api/actions${q({ followUpForumId: ids.followUpForumId ?? ids.forumId, overdueOn: today })}`,
    ),
    page('audit log, first page (admin)', '/api/audit?limit=50', 'admin'),
    page('audit facets (admin)', '/api/audit/facets', 'admin'),
    page('users (audit page, admin)', '/api/users', 'admin'),
    page('consultations list, page 1', `/api/consultations${q({ limit: 20, offset: 0 })}`),
    page(
      'consultations archive (sent, one year)',
      `/api/consultations${q({ status: 'sent', year: today.slice(0, 4), limit: 20, offset: 0 })}`,
    ),
  ];
  if (ids.consultationId) {
    list.push(page('consultation page', `/api/consultations/${ids.consultationId}`));
  }
  list.push(
    page(
      'financing: setup with derived hosts',
      `/api/financing/collaborations/${c}/setup${q({ asOf: today })}`,
    ),
    page('financing: population sets', '/api/financing/population-sets'),
  );
  if (ids.scenarioId) {
    const s = ids.scenarioId;
    list.push(
      page(
        'financing: scenarios',
        `/api/financing/scenarios${q({ collaborationId: ids.scenarioCollaborationId ?? c, limit: 100 })}`,
      ),
      page('financing: scenario', `/api/financing/scenarios/${s}`),
    );
  }
  if (ids.planId) {
    const p = ids.planId;
    list.push(
      page(
        'plans list',
        `/api/plans${q({ collaborationId: ids.planCollaborationId ?? c, limit: 200 })}`,
      ),
      page('plan', `/api/plans/${p}`),
      page('plan initiatives', `/api/plans/${p}/initiatives`),
      page('plan rounds', `/api/plans/${p}/rounds${q({ limit: 200 })}`),
      page('plan heatmap', `/api/plans/${p}/heatmap`),
      page('plan progress', `/api/plans/${p}/progress`),
      page('plan trend', `/api/plans/${p}/trend`),
    );
  }
  // The newsletters (issue 13). The public archive and feed are rate limited per address (300 a
  // minute), so a load test from one address measures the limit, not the page: not listed.
  list.push(
    page(
      'newsletters list',
      `/api/newsletters${q({ collaborationId: ids.newsletterCollaborationId ?? c, limit: 25 })}`,
    ),
  );
  if (ids.newsletterId) {
    list.push(page('newsletter (content and progress)', `/api/newsletters/${ids.newsletterId}`));
  }
  if (ids.transferIds.length) {
    list.push(
      page(
        'task transfers list',
        `/api/transfers${q({ collaborationId: ids.transferCollaborationId ?? c, limit: 25 })}`,
      ),
      page('task transfers, precedents', `/api/transfers${q({ precedent: 'true', limit: 25 })}`),
    );
  }
  if (ids.transferIds.length >= 2) {
    list.push(
      page(
        'task transfers compared',
        `/api/transfers/compare${q({ ids: ids.transferIds.join(',') })}`,
      ),
    );
  }
  list.push(
    page('knowledge bank, newest', '/api/knowledge'),
    page('knowledge bank filters', '/api/knowledge/filters'),
  );
  if (ids.knowledgeWord) {
    list.push(
      search(
        `knowledge bank search (${ids.knowledgeWord})`,
        `/api/knowledge${q({ q: ids.knowledgeWord })}`,
      ),
    );
  }
  if (ids.knowledgeEntry) {
    const e = ids.knowledgeEntry;
    list.push(page('knowledge similar', `/api/knowledge/${e.kind}/${e.sourceId}/similar`));
  }
  if (ids.pilotId) {
    list.push(
      page('pilots list', `/api/pilots${q({ collaborationId: ids.pilotCollaborationId ?? c })}`),
      page('pilot', `/api/pilots/${ids.pilotId}`),
    );
  }
  if (ids.funding) {
    const fc = ids.funding.collaborationId;
    list.push(
      page('funding pools', `/api/funding/pools${q({ collaborationId: fc, limit: 50 })}`),
      page(
        'funding applications, page 1',
        `/api/funding/applications${q({ collaborationId: fc, limit: 50 })}`,
      ),
      page('funding overview', `/api/funding/overview${q({ collaborationId: fc })}`),
      page(
        'funding overdue obligations',
        `/api/funding/obligations/overdue${q({ collaborationId: fc, on: today, limit: 50 })}`,
      ),
      page('funding application', `/api/funding/applications/${ids.funding.applicationId}`),
    );
  }
  if (ids.charters) {
    const ch = ids.charters;
    list.push(
      page('charter of a forum', `/api/charters/fora/${ch.forumId}${q({ on: today })}`),
      page(
        'charter requests',
        `/api/charters/requests${q({ collaborationId: ch.collaborationId })}`,
      ),
      page('charter request status', `/api/charters/requests/${ch.requestId}${q({ on: today })}`),
    );
  }
  // The questionnaires (issue 14). The personal-link routes are rate limited per address: not listed.
  if (ids.questionnaireId) {
    const id = ids.questionnaireId;
    list.push(
      page(
        'questionnaires list',
        `/api/questionnaires${q({ collaborationId: ids.questionnaireCollaborationId ?? c, limit: 25 })}`,
      ),
      page('questionnaire (recipients and answer status)', `/api/questionnaires/${id}`),
      page('questionnaire results', `/api/questionnaires/${id}/results`),
    );
  }
  return list;
}

/** Row counts that say which data a table ran on. */
export async function dataSummary(db: Db): Promise<string> {
  const [counts] = await rows<Record<string, number | string>>(
    db,
    sql`select (select count(*) from meetings) as meetings,
               (select count(*) from agenda_items) as items,
               (select count(*) from cases) as cases,
               (select count(*) from case_steps) as steps,
               (select count(*) from case_events) as events`,
  );
  const n = (k: string) => Number(counts?.[k] ?? 0).toLocaleString('en-GB');
  return `${n('meetings')} meetings, ${n('items')} agenda items, ${n('cases')} cases, ${n('steps')} case steps, ${n('events')} case events`;
}
