/**
 * Where a newsletter is pre-filled from: a small registry of sources, each answering "what is
 * there for this collaboration in this period" as {@link NewsletterCandidate}s. The domain's
 * `prefill` keeps only the public ones (`public: true`) in the period.
 *
 * Built in: published decisions (agenda items of meetings whose agenda is published and whose
 * minutes are approved, read through the agendas module's `getAgendaForViewer` as the PUBLIC,
 * i.e. a viewer who sits in no forum: a closed item arrives redacted and is never a candidate)
 * and the knowledge bank's scale-up decisions and pilots (`knowledge_entries`, confidential ones
 * excluded), and the joint consultation responses sent in the period that may be published
 * (`sentConsultationResponses`: drafts and non-public responses never). Other modules may
 * register more with `registerNewsletterSource`.
 */
import { and, asc, eq, sql } from 'drizzle-orm';
import type { CandidateSource, NewsletterCandidate } from '../../../domain/newsletters/index';
import type { Db } from '../../db/client';
import { agendas, getAgendaForViewer } from '../agendas/index';
import { caseDeps, type Viewer } from '../cases/index';
import { knowledgeEntries } from '../knowledge/index';
import { sentConsultationResponses } from '../consultations/index';
import { DateTime } from 'luxon';
import { newsletterTextIn } from './newsletters.texts';
import { meetings } from '../meetings/index';

/** What a source is asked. */
export interface SourceQuery {
  collaborationId: string;
  /** Inclusive ISO dates. */
  from: string;
  to: string;
}

/** A source of candidates. */
export type NewsletterSource = (db: Db, query: SourceQuery) => Promise<NewsletterCandidate[]>;

const sources = new Map<CandidateSource, NewsletterSource>();

/** Registers (or replaces) the source of one kind. */
export function registerNewsletterSource(kind: CandidateSource, source: NewsletterSource): void {
  sources.set(kind, source);
}

/** Every registered source's candidates (a failing source fails the pre-fill). */
export async function collectCandidates(
  db: Db,
  query: SourceQuery,
): Promise<NewsletterCandidate[]> {
  const all = await Promise.all([...sources.values()].map((source) => source(db, query)));
  return all.flat();
}

/**
 * The public: a viewer whose user id belongs to no person, so it sits in no forum and is
 * cleared for no closed item; the lowest role, so a draft agenda shows no items.
 */
export const PUBLIC_VIEWER: Viewer = {
  userId: '00000000-0000-0000-0000-000000000000',
  name: 'Offentligheden',
  role: 'reader',
};

/** At most this many meetings per pre-fill (a period of one collaboration has far fewer). */
const MAX_MEETINGS = 500;
const MAX_ENTRIES = 500;

/** Decisions of the period's meetings with published agendas and approved minutes. */
export const decisionsSource: NewsletterSource = async (db, q) => {
  const day = sql<string>`to_char(${meetings.startsAt} at time zone 'Europe/Copenhagen', 'YYYY-MM-DD')`;
  const rows = await db
    .select({ id: meetings.id, title: meetings.title, day })
    .from(meetings)
    .innerJoin(agendas, eq(agendas.meetingId, meetings.id))
    .where(
      and(
        eq(meetings.collaborationId, q.collaborationId),
        eq(agendas.status, 'published'),
        eq(agendas.minutesStatus, 'approved'),
        sql`${meetings.startsAt} >= (${q.from}::date::timestamp at time zone 'Europe/Copenhagen')`,
        sql`${meetings.startsAt} < ((${q.to}::date + 1)::timestamp at time zone 'Europe/Copenhagen')`,
      ),
    )
    .orderBy(asc(meetings.startsAt))
    .limit(MAX_MEETINGS);
  const deps = caseDeps(db);
  const out: NewsletterCandidate[] = [];
  for (const meeting of rows) {
    const agenda = await getAgendaForViewer(deps, PUBLIC_VIEWER, meeting.id);
    for (const item of agenda.items) {
      if (item.redacted || item.closed) continue;
      if (!item.decision?.trim()) continue;
      out.push({
        source: 'decision',
        sourceId: item.id,
        title: item.title,
        text: item.decision,
        on: meeting.day,
        link: null,
        public: true,
      });
    }
  }
  return out;
};

/** Scale-up decisions or pilots from the knowledge bank (never confidential ones). */
export const knowledgeSource =
  (kind: 'scaleUpDecision' | 'pilot'): NewsletterSource =>
  async (db, q) => {
    const rows = await db
      .select()
      .from(knowledgeEntries)
      .where(
        and(
          eq(knowledgeEntries.collaborationId, q.collaborationId),
          eq(knowledgeEntries.kind, kind),
          eq(knowledgeEntries.confidential, false),
          sql`${knowledgeEntries.on} between ${q.from} and ${q.to}`,
        ),
      )
      .orderBy(asc(knowledgeEntries.on), asc(knowledgeEntries.sourceId))
      .limit(MAX_ENTRIES);
    return rows.map((r) => ({
      source: r.kind === 'pilot' ? 'pilot' : 'scaleUpDecision',
      sourceId: r.sourceId,
      title: r.title,
      text: r.summary,
      on: r.on,
      link: null,
      public: !r.confidential,
    }));
  };

/** The joint consultation responses sent in the period that may be published. */
const consultationsSource: NewsletterSource = async (db, q) => {
  const responses = await sentConsultationResponses(db, q);
  return responses.map((r) => {
    const signed = newsletterTextIn('da', 'sources.consultation', {
      sender: r.sender,
      sentOn: DateTime.fromISO(r.sentOn).setLocale('da').toFormat('d. MMMM yyyy'),
      signatories: r.signatories.length
        ? r.signatories.join(', ')
        : newsletterTextIn('da', 'sources.nobody'),
    });
    const dissents = r.dissents.length
      ? ` ${newsletterTextIn('da', 'sources.consultationDissents', {
          names: r.dissents.map((d) => d.partyName).join(', '),
        })}`
      : '';
    return {
      source: 'consultationResponse' as const,
      sourceId: r.id,
      title: r.title,
      text: `${signed}${dissents}`,
      on: r.sentOn,
      link: null,
      public: true,
    };
  });
};

/** Registers the built-in sources (idempotent). */
export function registerBuiltInNewsletterSources(): void {
  registerNewsletterSource('consultationResponse', consultationsSource);
  registerNewsletterSource('decision', decisionsSource);
  registerNewsletterSource('scaleUpDecision', knowledgeSource('scaleUpDecision'));
  registerNewsletterSource('pilot', knowledgeSource('pilot'));
}
