/**
 * The secretariat's use cases: create a newsletter pre-filled for a period, edit it (drafts
 * only, optimistic lock), preview it, and send it (one delivery row per confirmed subscriber and
 * the sending job, enqueued in the same transaction). Each change is one `mutate` with one audit
 * row; the newsletter's content is public by construction, so it may be audited.
 */
import { and, eq } from 'drizzle-orm';
import {
  checkPeriod,
  isFinished,
  prefill,
  progressOf,
  renderText,
  subjectOf,
  type CandidateSource,
} from '../../../domain/newsletters/index';
import type { Language } from '../../../shared/i18n/index';
import type {
  CreateNewsletter,
  NewsletterDetail,
  NewsletterPreview,
  NewsletterSummary,
  UpdateNewsletter,
} from '../../../shared/newsletters.contract';
import { mutate, type Actor } from '../../platform/audit';
import { archivePath, baseUrl, mailHost, SEND_JOB, type NewslettersDeps } from './newsletters.deps';
import {
  collaborationName,
  confirmedCount,
  createDeliveries,
  deliveryCounts,
  findNewsletter,
  type NewsletterRow,
} from './newsletters.repo';
import { collectCandidates } from './newsletters.sources';
import { newsletters } from './newsletters.table';
import { newsletterError, newsletterNotFound, newsletterTextIn } from './newsletters.texts';

const SOURCES: readonly CandidateSource[] = [
  'decision',
  'scaleUpDecision',
  'pilot',
  'consultationResponse',
];

/** The section headings in a language. */
export function headingsIn(lang: Language): Record<CandidateSource, string> {
  return Object.fromEntries(
    SOURCES.map((s) => [s, newsletterTextIn(lang, `headings.${s}`)]),
  ) as Record<CandidateSource, string>;
}

export function summaryOf(row: NewsletterRow): NewsletterSummary {
  return {
    id: row.id,
    collaborationId: row.collaborationId,
    title: row.title,
    periodFrom: row.periodFrom,
    periodTo: row.periodTo,
    status: row.status,
    sentAt: row.sentAt?.toISOString() ?? null,
    updatedAt: row.updatedAt.toISOString(),
  };
}

export async function requireNewsletter(deps: Pick<NewslettersDeps, 'db'>, id: string) {
  const row = await findNewsletter(deps.db, id);
  if (!row) throw newsletterNotFound();
  return row;
}

/** The newsletter with its delivery progress. */
export async function newsletterDetail(
  deps: Pick<NewslettersDeps, 'db'>,
  id: string,
): Promise<NewsletterDetail> {
  const row = await requireNewsletter(deps, id);
  const [counts, confirmed] = await Promise.all([
    deliveryCounts(deps.db, id),
    confirmedCount(deps.db, row.collaborationId),
  ]);
  return {
    ...summaryOf(row),
    content: row.content,
    version: row.version,
    progress: progressOf(counts),
    confirmedSubscribers: confirmed,
  };
}

/** Creates a draft pre-filled from every registered source (public content only). */
export async function createNewsletter(
  deps: Pick<NewslettersDeps, 'db'>,
  actor: Actor,
  input: CreateNewsletter,
): Promise<string> {
  const period = { from: input.periodFrom, to: input.periodTo };
  if (checkPeriod(period) !== 'ok') throw newsletterError('unprocessable', 'period');
  if ((await collaborationName(deps.db, input.collaborationId)) === null) {
    throw newsletterError('unprocessable', 'unknownCollaboration');
  }
  const candidates = await collectCandidates(deps.db, {
    collaborationId: input.collaborationId,
    from: period.from,
    to: period.to,
  });
  const content = prefill(candidates, period, headingsIn('da'));
  return mutate(deps.db, actor, async (tx) => {
    const [row] = await tx
      .insert(newsletters)
      .values({
        collaborationId: input.collaborationId,
        title: input.title,
        periodFrom: period.from,
        periodTo: period.to,
        content,
        createdBy: actor.userId,
      })
      .returning();
    const created = row as NewsletterRow;
    return {
      result: created.id,
      audit: {
        action: 'newsletter.create',
        entityType: 'newsletter',
        entityId: created.id,
        summary: `Nyhedsbrev oprettet: ${created.title}`,
        after: {
          title: created.title,
          periodFrom: created.periodFrom,
          periodTo: created.periodTo,
          items: content.sections.reduce((n, s) => n + s.items.length, 0),
        },
        relatedIds: [input.collaborationId],
      },
    };
  });
}

/** Saves the editor's version of a draft (409 when sent or changed meanwhile). */
export async function updateNewsletter(
  deps: Pick<NewslettersDeps, 'db'>,
  actor: Actor,
  id: string,
  input: UpdateNewsletter,
): Promise<void> {
  await mutate(deps.db, actor, async (tx) => {
    const before = await requireNewsletter({ db: tx }, id);
    if (before.status !== 'draft') throw newsletterError('conflict', 'notDraft');
    const [row] = await tx
      .update(newsletters)
      .set({
        title: input.title,
        content: input.content,
        version: before.version + 1,
        updatedAt: new Date(),
      })
      .where(and(eq(newsletters.id, id), eq(newsletters.version, input.version)))
      .returning({ id: newsletters.id });
    if (!row) throw newsletterError('conflict', 'stale');
    return {
      result: undefined,
      audit: {
        action: 'newsletter.update',
        entityType: 'newsletter',
        entityId: id,
        summary: `Nyhedsbrev ændret: ${input.title}`,
        before: { title: before.title, content: before.content },
        after: { title: input.title, content: input.content },
        relatedIds: [before.collaborationId],
      },
    };
  });
}

/** The e-mail as a subscriber would get it (with a sample unsubscribe link). */
export async function previewNewsletter(
  deps: Pick<NewslettersDeps, 'db' | 'config'>,
  id: string,
  lang: Language = 'da',
): Promise<NewsletterPreview> {
  const row = await requireNewsletter(deps, id);
  const base = baseUrl(deps.config);
  return {
    subject: subjectOf(row),
    text: renderText(
      row,
      {
        archiveUrl: `${base}${archivePath(row.collaborationId)}`,
        unsubscribeUrl: `${base}/newsletters/unsubscribe/…`,
      },
      mailTexts(lang),
    ),
  };
}

/** The words around the content in `lang`. */
export function mailTexts(lang: Language) {
  return {
    period: newsletterTextIn(lang, 'mail.period'),
    archive: newsletterTextIn(lang, 'mail.archive'),
    unsubscribe: newsletterTextIn(lang, 'mail.unsubscribe'),
  };
}

/**
 * Sends a draft: in one transaction it becomes `sending` (or `sent` at once when nobody has
 * confirmed), gets one delivery row per confirmed subscriber and the sending job is enqueued.
 */
export async function sendNewsletter(
  deps: Pick<NewslettersDeps, 'db' | 'jobs' | 'config'>,
  actor: Actor,
  id: string,
): Promise<void> {
  await mutate(deps.db, actor, async (tx) => {
    const row = await requireNewsletter({ db: tx }, id);
    if (row.status !== 'draft') throw newsletterError('conflict', 'notDraft');
    const recipients = await createDeliveries(tx, row, mailHost(deps.config));
    const now = new Date();
    const done = isFinished({ pending: recipients });
    await tx
      .update(newsletters)
      .set({
        status: done ? 'sent' : 'sending',
        sendStartedAt: now,
        ...(done ? { sentAt: now } : {}),
        updatedAt: now,
      })
      .where(eq(newsletters.id, id));
    if (!done) await deps.jobs.send(SEND_JOB, { newsletterId: id }, { tx });
    return {
      result: undefined,
      audit: {
        action: 'newsletter.send',
        entityType: 'newsletter',
        entityId: id,
        summary: `Nyhedsbrev sendt til ${recipients} abonnenter: ${row.title}`,
        after: { recipients },
        relatedIds: [row.collaborationId],
      },
    };
  });
}
