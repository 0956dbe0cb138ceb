/**
 * Answering and reminding: a recipient found by their personal token's hash, the refusals
 * (revoked 403, expired 410, after the deadline 409), saving a draft or submitting (validated per
 * question), and the reminders. One `mutate()` each; tokens never reach the audit log.
 */
import { and, eq, gte, isNull, or, sql } from 'drizzle-orm';
import { answerRefusal, validateAnswers } from '../../../domain/questionnaires/index';
import type { IsoDate } from '../../../shared/dates';
import type { Answers } from '../../../shared/questionnaires.contract';
import type { Db } from '../../db/client';
import { mutate, SYSTEM_ACTOR, type Actor } from '../../platform/audit';
import { persons } from '../organisation/index';
import { answerUrl, type QuestionnairesDeps } from './questionnaires.deps';
import { hashToken, newToken } from './questionnaires.service';
import { questionnaireRecipients, questionnaires } from './questionnaires.table';
import {
  answerErrors,
  questionnaireError,
  questionnaireNotFound,
  questionnaireTextIn,
  recipientNotFound,
} from './questionnaires.texts';

type Row = typeof questionnaires.$inferSelect;
type RecipientRow = typeof questionnaireRecipients.$inferSelect;

/** The recipient of a personal token (by its hash), or a 404 that reveals nothing. */
export async function recipientByToken(db: Db, token: string): Promise<RecipientRow> {
  const [rec] = await db
    .select()
    .from(questionnaireRecipients)
    .where(eq(questionnaireRecipients.tokenHash, hashToken(token)));
  if (!rec) throw questionnaireError('notFound', 'linkUnknown');
  return rec;
}

/** Throws the refusal of answering (or reading, `forReading`) for a recipient on `today`. */
export function assertMayAnswer(
  q: Pick<Row, 'deadline'>,
  rec: RecipientRow,
  today: IsoDate,
  viaLink: boolean,
  forReading = false,
): void {
  const refusal = answerRefusal({
    today,
    deadline: q.deadline ?? today,
    linkExpiresOn: rec.linkExpiresOn,
    revoked: rec.revokedAt !== null,
    submitted: rec.submittedAt !== null,
    viaLink,
  });
  if (refusal === 'revoked') throw questionnaireError('forbidden', 'linkRevoked');
  if (refusal === 'expired')
    throw questionnaireError('gone', 'linkExpired', { date: rec.linkExpiresOn });
  if (forReading) return;
  if (refusal === 'deadlinePassed')
    throw questionnaireError('conflict', 'deadlinePassed', { date: q.deadline ?? '' });
  if (refusal === 'alreadySubmitted') throw questionnaireError('conflict', 'alreadySubmitted');
}

/** Saves a recipient's answers as a draft, or submits them (validating required answers). */
export async function saveAnswers(
  deps: QuestionnairesDeps,
  actor: Actor,
  recipientId: string,
  answers: Answers,
  options: { final: boolean; viaLink: boolean; today: IsoDate },
): Promise<{ submittedAt: string | null }> {
  return mutate(deps.db, actor, async (tx) => {
    const [rec] = await tx
      .select()
      .from(questionnaireRecipients)
      .where(eq(questionnaireRecipients.id, recipientId))
      .for('update');
    if (!rec) throw recipientNotFound();
    const [q] = await tx
      .select()
      .from(questionnaires)
      .where(eq(questionnaires.id, rec.questionnaireId));
    if (!q) throw questionnaireNotFound();
    assertMayAnswer(q, rec, options.today, options.viaLink);
    const { errors, clean } = validateAnswers(q.sections, answers, options.final);
    if (errors.length) throw answerErrors(errors);
    const now = deps.now();
    await tx
      .update(questionnaireRecipients)
      .set({
        answers: clean,
        draftSavedAt: now,
        ...(options.final ? { submittedAt: now } : {}),
      })
      .where(eq(questionnaireRecipients.id, recipientId));
    return {
      result: { submittedAt: options.final ? now.toISOString() : null },
      audit: {
        action: options.final ? 'questionnaire.submitAnswers' : 'questionnaire.saveAnswers',
        entityType: 'questionnaireRecipient',
        entityId: recipientId,
        summary: q.title,
        after: { answered: Object.keys(clean).length, viaLink: options.viaLink },
        relatedIds: [q.id, rec.personId, ...(rec.partyId ? [rec.partyId] : [])],
      },
    };
  });
}

/**
 * Reminders on `today`: to every recipient who has not answered, whose link works, of a sent
 * questionnaire whose deadline is one of its reminder days ahead (at most one a day). One audit
 * row per reminder; returns how many were sent. Run daily by the job and on demand by the route.
 */
export async function sendReminders(
  deps: QuestionnairesDeps,
  today: IsoDate,
  only?: string,
  actor: Actor = SYSTEM_ACTOR,
): Promise<number> {
  const due = await deps.db
    .select({ rec: questionnaireRecipients, q: questionnaires, email: persons.email })
    .from(questionnaireRecipients)
    .innerJoin(questionnaires, eq(questionnaires.id, questionnaireRecipients.questionnaireId))
    .innerJoin(persons, eq(persons.id, questionnaireRecipients.personId))
    .where(
      and(
        eq(questionnaires.status, 'sent'),
        only ? eq(questionnaires.id, only) : undefined,
        gte(questionnaires.deadline, today),
        isNull(questionnaireRecipients.submittedAt),
        isNull(questionnaireRecipients.revokedAt),
        or(
          isNull(questionnaireRecipients.lastRemindedOn),
          sql`${questionnaireRecipients.lastRemindedOn} < ${today}`,
        ),
      ),
    );
  let sent = 0;
  for (const { rec, q, email } of due) {
    const daysLeft = Math.round(
      (Date.parse(`${q.deadline}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000,
    );
    if (!only && !q.reminderDaysBefore.includes(daysLeft)) continue;
    if (!email) continue;
    // A fresh link: the old token is unknown (only its hash is stored), so the reminder carries
    // a new one and the old one stops working.
    const token = newToken();
    await mutate(deps.db, actor, async (tx) => {
      await tx
        .update(questionnaireRecipients)
        .set({
          tokenHash: hashToken(token),
          remindersSent: rec.remindersSent + 1,
          lastRemindedOn: today,
        })
        .where(eq(questionnaireRecipients.id, rec.id));
      return {
        result: undefined,
        audit: {
          action: 'questionnaire.remind',
          entityType: 'questionnaireRecipient',
          entityId: rec.id,
          summary: q.title,
          relatedIds: [q.id, rec.personId],
        },
      };
    });
    const params = {
      title: q.title,
      deadline: q.deadline ?? '',
      url: answerUrl(deps.config, token),
    };
    if (deps.mailer) {
      try {
        await deps.mailer.send({
          to: email,
          subject: questionnaireTextIn('da', 'mail.reminderSubject', params),
          text: questionnaireTextIn('da', 'mail.reminderBody', params),
        });
      } catch (error) {
        deps.log.warn({ err: error, recipientId: rec.id }, 'questionnaire reminder failed');
      }
    }
    sent += 1;
  }
  return sent;
}
