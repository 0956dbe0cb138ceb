/**
 * Reminders before a round's deadline (pg-boss job, daily): on each of an open round's reminder
 * days, the contacts of every party still pending get an e-mail holding only a link to the form
 * and the deadline, never plan content. A party is reminded at most once a day
 * (`plan_round_responses.reminded_on` is claimed before sending), so running twice is safe.
 */
import { and, eq, inArray, isNull, lt, or, sql } from 'drizzle-orm';
import type { FastifyBaseLogger } from 'fastify';
import type { Db } from '../../db/client';
import { addDays, type IsoDate } from '../../../shared/dates';
import { translate } from '../../../shared/i18n/translate';
import { absoluteLink } from '../../../shared/links';
import { mutate, SYSTEM_ACTOR } from '../../platform/audit';
import { userScopes } from '../access/index';
import { users } from '../auth/index';
import type { Mailer } from '../notifications/index';
import { planRoundResponses, planRounds } from './plans.table';

export const REMINDER_JOB = 'plan-round-reminders';

/** What the reminder job needs. */
export interface ReminderDeps {
  db: Db;
  mailer: Mailer | null;
  publicUrl: string;
  log?: FastifyBaseLogger;
}

/** The web app's path of a party's form in a round. */
export function roundFormPath(roundId: string, partyId: string): string {
  return `/plan-rounds/${roundId}/parties/${partyId}`;
}

function formatDeadline(deadline: IsoDate, lang: 'da' | 'en'): string {
  const date = new Date(`${deadline}T12:00:00Z`);
  return date.toLocaleDateString(lang === 'da' ? 'da-DK' : 'en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

/** The reminder e-mail: the deadline and a link, nothing of the plan. */
export function reminderMail(
  publicUrl: string,
  roundId: string,
  partyId: string,
  deadline: IsoDate,
): { subject: string; text: string } {
  const t = (key: string) =>
    translate('planRounds', `reminder.${key}`, 'da', { deadline: formatDeadline(deadline, 'da') });
  const link = absoluteLink(publicUrl, roundFormPath(roundId, partyId));
  return {
    subject: t('subject'),
    text: [t('body'), '', t('action'), link, '', '-- ', t('footer')].join('\n'),
  };
}

/** The contacts of parties: active users (member or above) holding a party scope for them. */
async function contactsOf(db: Db, partyIds: readonly string[]): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  if (!partyIds.length) return out;
  const rows = await db
    .select({ partyId: userScopes.target, email: users.email })
    .from(userScopes)
    .innerJoin(users, eq(users.id, userScopes.userId))
    .where(
      and(
        eq(userScopes.kind, 'party'),
        inArray(userScopes.target, [...partyIds]),
        isNull(users.disabledAt),
        inArray(users.role, ['member', 'secretariat', 'admin']),
      ),
    );
  for (const r of rows) {
    if (!r.partyId) continue;
    out.set(r.partyId, [...(out.get(r.partyId) ?? []), r.email]);
  }
  return out;
}

/** Sends the reminders due on `on`; returns how many e-mails went out and to how many parties. */
export async function runReminders(
  deps: ReminderDeps,
  on: IsoDate,
): Promise<{ sent: number; parties: number }> {
  const { db } = deps;
  const rounds = await db
    .select()
    .from(planRounds)
    .where(and(eq(planRounds.status, 'open'), sql`${planRounds.deadline} >= ${on}::date`))
    .limit(1000);
  const due = rounds.filter((r) => r.reminderDays.some((d) => addDays(on, d) === r.deadline));
  let sent = 0;
  let reminded = 0;
  for (const round of due) {
    const [waiting] = await db
      .select({ n: sql<number>`count(*)::int` })
      .from(planRoundResponses)
      .where(
        and(
          eq(planRoundResponses.roundId, round.id),
          eq(planRoundResponses.status, 'pending'),
          or(isNull(planRoundResponses.remindedOn), lt(planRoundResponses.remindedOn, on)),
        ),
      );
    if (!Number(waiting?.n ?? 0)) continue;
    // Claim today's reminder for every pending party (at most once a day), audited once.
    const claimed = await mutate(db, SYSTEM_ACTOR, async (tx) => {
      const rows = await tx
        .update(planRoundResponses)
        .set({ remindedOn: on, updatedAt: new Date() })
        .where(
          and(
            eq(planRoundResponses.roundId, round.id),
            eq(planRoundResponses.status, 'pending'),
            or(isNull(planRoundResponses.remindedOn), lt(planRoundResponses.remindedOn, on)),
          ),
        )
        .returning({ partyId: planRoundResponses.partyId });
      return {
        result: rows.map((r) => r.partyId),
        audit: {
          action: 'planRound.remind',
          entityType: 'planRound',
          entityId: round.id,
          after: { on, parties: rows.map((r) => r.partyId) },
          relatedIds: [round.planId, ...rows.map((r) => r.partyId)],
        },
      };
    });
    if (!claimed.length) continue;
    reminded += claimed.length;
    const contacts = await contactsOf(db, claimed);
    for (const partyId of claimed) {
      const mail = reminderMail(deps.publicUrl, round.id, partyId, round.deadline);
      for (const to of contacts.get(partyId) ?? []) {
        if (!deps.mailer) continue;
        try {
          await deps.mailer.send({ to, subject: mail.subject, text: mail.text });
          sent += 1;
        } catch (err) {
          deps.log?.warn({ err, roundId: round.id, partyId }, 'round reminder not sent');
        }
      }
    }
  }
  return { sent, parties: reminded };
}
