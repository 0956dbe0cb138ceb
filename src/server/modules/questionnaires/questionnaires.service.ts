/**
 * Questionnaire changes: build (create, from template, edit while a draft, follow-up), send (the
 * recipients and their personal links; only the tokens' sha256 hashes are stored), revoke a link,
 * and the links' tokens (answering and reminders: answers.service.ts). Every change is one
 * `mutate()`: one transaction, one audit row; tokens never reach the audit log.
 */
import { createHash, randomBytes } from 'node:crypto';
import { and, asc, eq, gte, inArray, isNull, lte, or } from 'drizzle-orm';
import {
  definitionProblems,
  klBaselineSections,
  KL_BASELINE_INTRO,
  KL_BASELINE_TITLE,
  questionsOf,
} from '../../../domain/questionnaires/index';
import { addDays, type IsoDate } from '../../../shared/dates';
import type {
  CreateQuestionnaireSchema,
  FromTemplateSchema,
  SendQuestionnaireSchema,
  UpdateQuestionnaireSchema,
} from '../../../shared/questionnaires.contract';
import type { z } from 'zod';
import type { Db } from '../../db/client';
import { mutate, type Actor } from '../../platform/audit';
import { officeHoldings, persons } from '../organisation/index';
import { answerUrl, LINK_GRACE_DAYS, type QuestionnairesDeps } from './questionnaires.deps';
import { questionnaireRecipients, questionnaires } from './questionnaires.table';
import {
  answerErrors,
  questionnaireError,
  questionnaireNotFound,
  questionnaireTextIn,
  recipientNotFound,
} from './questionnaires.texts';

type Row = typeof questionnaires.$inferSelect;

/** sha256 (hex) of a personal token: what is stored and looked up. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** A new random personal token (256 bits, URL-safe). */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

async function lockQuestionnaire(tx: Db, id: string): Promise<Row> {
  const [row] = await tx
    .select()
    .from(questionnaires)
    .where(eq(questionnaires.id, id))
    .for('update');
  if (!row) throw questionnaireNotFound();
  return row;
}

function assertDraft(row: Row): void {
  if (row.status !== 'draft') throw questionnaireError('conflict', 'alreadySent');
}

export async function createQuestionnaire(
  db: Db,
  actor: Actor,
  input: z.output<typeof CreateQuestionnaireSchema>,
  extra: Partial<typeof questionnaires.$inferInsert> = {},
): Promise<string> {
  return mutate(db, actor, async (tx) => {
    const [row] = await tx
      .insert(questionnaires)
      .values({
        collaborationId: input.collaborationId,
        title: input.title,
        intro: input.intro,
        sections: input.sections,
        createdBy: actor.userId,
        ...extra,
      })
      .returning();
    if (!row) throw questionnaireNotFound();
    return {
      result: row.id,
      audit: {
        action: 'questionnaire.create',
        entityType: 'questionnaire',
        entityId: row.id,
        summary: row.title,
        after: { title: row.title, template: row.template, baselineId: row.baselineId },
        relatedIds: [row.collaborationId],
      },
    };
  });
}

/** KL's baseline from its template, linked to a process step when given. */
export function createFromTemplate(
  db: Db,
  actor: Actor,
  input: z.output<typeof FromTemplateSchema>,
): Promise<string> {
  return createQuestionnaire(
    db,
    actor,
    {
      collaborationId: input.collaborationId,
      title: KL_BASELINE_TITLE,
      intro: KL_BASELINE_INTRO,
      sections: klBaselineSections(),
    },
    {
      template: input.template,
      processInstanceId: input.processInstanceId,
      processStepKey: input.processStepKey,
    },
  );
}

export async function updateQuestionnaire(
  db: Db,
  actor: Actor,
  id: string,
  patch: z.output<typeof UpdateQuestionnaireSchema>,
): Promise<void> {
  await mutate(db, actor, async (tx) => {
    const before = await lockQuestionnaire(tx, id);
    assertDraft(before);
    const next = {
      title: patch.title ?? before.title,
      intro: patch.intro ?? before.intro,
      sections: patch.sections ?? before.sections,
    };
    await tx
      .update(questionnaires)
      .set({ ...next, updatedAt: new Date() })
      .where(eq(questionnaires.id, id));
    return {
      result: undefined,
      audit: {
        action: 'questionnaire.update',
        entityType: 'questionnaire',
        entityId: id,
        summary: next.title,
        before: { title: before.title, questions: questionsOf(before.sections).length },
        after: { title: next.title, questions: questionsOf(next.sections).length },
        relatedIds: [before.collaborationId],
      },
    };
  });
}

/** A follow-up of a baseline: a draft with the baseline's questions copied (same ids). */
export async function createFollowUp(db: Db, actor: Actor, baselineId: string): Promise<string> {
  const [base] = await db.select().from(questionnaires).where(eq(questionnaires.id, baselineId));
  if (!base) throw questionnaireNotFound();
  return createQuestionnaire(
    db,
    actor,
    {
      collaborationId: base.collaborationId,
      title: `Opfølgning: ${base.title}`.slice(0, 300),
      intro: base.intro,
      sections: structuredClone(base.sections),
    },
    { baselineId: base.id, processInstanceId: base.processInstanceId },
  );
}

const CONTACT_ORDER = ['healthManager', 'healthDirector', 'municipalDirector', 'mayor'] as const;

/** Each party's contact on `on`: its office holder, in CONTACT_ORDER. */
async function partyContacts(
  tx: Db,
  partyIds: readonly string[],
  on: IsoDate,
): Promise<Map<string, string>> {
  if (!partyIds.length) return new Map();
  const rows = await tx
    .select({
      partyId: officeHoldings.partyId,
      personId: officeHoldings.personId,
      office: officeHoldings.office,
    })
    .from(officeHoldings)
    .where(
      and(
        inArray(officeHoldings.partyId, [...partyIds]),
        inArray(officeHoldings.office, [...CONTACT_ORDER]),
        lte(officeHoldings.validFrom, on),
        or(isNull(officeHoldings.validTo), gte(officeHoldings.validTo, on)),
      ),
    )
    .orderBy(asc(officeHoldings.validFrom));
  const out = new Map<string, { personId: string; rank: number }>();
  for (const r of rows) {
    const rank = CONTACT_ORDER.indexOf(r.office as (typeof CONTACT_ORDER)[number]);
    const had = out.get(r.partyId);
    if (!had || rank < had.rank) out.set(r.partyId, { personId: r.personId, rank });
  }
  return new Map([...out].map(([k, v]) => [k, v.personId]));
}

export interface SentLink {
  recipientId: string;
  personName: string;
  email: string | null;
  url: string;
}

/** Sends a draft: freezes its questions, creates the recipients and their personal links. */
export async function sendQuestionnaire(
  deps: QuestionnairesDeps,
  actor: Actor,
  id: string,
  input: z.output<typeof SendQuestionnaireSchema>,
  today: IsoDate,
): Promise<SentLink[]> {
  const links = await mutate(deps.db, actor, async (tx) => {
    const row = await lockQuestionnaire(tx, id);
    assertDraft(row);
    if (questionsOf(row.sections).length === 0)
      throw questionnaireError('unprocessable', 'noQuestions');
    const problems = definitionProblems(row.sections);
    if (problems.length) throw answerErrors(problems, 'invalidDefinition');
    if (input.deadline < today) throw questionnaireError('unprocessable', 'deadlineInPast');
    const expires = input.linkExpiresOn ?? addDays(input.deadline, LINK_GRACE_DAYS);
    if (expires < input.deadline) throw questionnaireError('unprocessable', 'expiryBeforeDeadline');
    const contacts = await partyContacts(
      tx,
      input.recipients.filter((r) => r.partyId && !r.personId).map((r) => r.partyId as string),
      today,
    );
    const resolved = input.recipients.map((r) => {
      const personId = r.personId ?? (r.partyId ? contacts.get(r.partyId) : undefined);
      if (!personId) throw questionnaireError('unprocessable', 'partyHasNoContact');
      return { personId, partyId: r.partyId };
    });
    const personIds = resolved.map((r) => r.personId);
    if (new Set(personIds).size !== personIds.length) {
      throw questionnaireError('unprocessable', 'duplicateRecipient');
    }
    const people = await tx
      .select({ id: persons.id, name: persons.name, email: persons.email })
      .from(persons)
      .where(inArray(persons.id, personIds));
    const byId = new Map(people.map((p) => [p.id, p]));
    if (people.length !== new Set(personIds).size) {
      throw questionnaireError('unprocessable', 'unknownPerson');
    }
    const out: SentLink[] = [];
    for (const r of resolved) {
      const token = newToken();
      const [rec] = await tx
        .insert(questionnaireRecipients)
        .values({
          questionnaireId: id,
          personId: r.personId,
          partyId: r.partyId,
          tokenHash: hashToken(token),
          linkExpiresOn: expires,
        })
        .returning({ id: questionnaireRecipients.id });
      const person = byId.get(r.personId)!;
      out.push({
        recipientId: rec!.id,
        personName: person.name,
        email: person.email,
        url: answerUrl(deps.config, token),
      });
    }
    await tx
      .update(questionnaires)
      .set({
        status: 'sent',
        deadline: input.deadline,
        linkExpiresOn: expires,
        reminderDaysBefore: input.reminderDaysBefore,
        sentAt: deps.now(),
        updatedAt: new Date(),
      })
      .where(eq(questionnaires.id, id));
    return {
      result: out,
      audit: {
        action: 'questionnaire.send',
        entityType: 'questionnaire',
        entityId: id,
        summary: row.title,
        // Never the links: their tokens are the recipients' keys.
        after: { deadline: input.deadline, linkExpiresOn: expires, recipients: out.length },
        relatedIds: [row.collaborationId, ...personIds],
      },
    };
  });
  const [row] = await deps.db.select().from(questionnaires).where(eq(questionnaires.id, id));
  if (deps.mailer && row) {
    for (const link of links) {
      if (!link.email) continue;
      const params = {
        title: row.title,
        deadline: input.deadline,
        expires: row.linkExpiresOn ?? '',
        url: link.url,
      };
      try {
        await deps.mailer.send({
          to: link.email,
          subject: questionnaireTextIn('da', 'mail.subject', params),
          text: questionnaireTextIn('da', 'mail.body', params),
        });
      } catch (error) {
        deps.log.warn({ err: error, recipientId: link.recipientId }, 'questionnaire mail failed');
      }
    }
  }
  return links;
}

/** Revokes a recipient's personal link (the secretariat). */
export async function revokeLink(
  deps: QuestionnairesDeps,
  actor: Actor,
  id: string,
  recipientId: string,
): Promise<void> {
  await mutate(deps.db, actor, async (tx) => {
    const [rec] = await tx
      .select()
      .from(questionnaireRecipients)
      .where(
        and(
          eq(questionnaireRecipients.id, recipientId),
          eq(questionnaireRecipients.questionnaireId, id),
        ),
      )
      .for('update');
    if (!rec) throw recipientNotFound();
    const revokedAt = rec.revokedAt ?? deps.now();
    await tx
      .update(questionnaireRecipients)
      .set({ revokedAt })
      .where(eq(questionnaireRecipients.id, recipientId));
    return {
      result: undefined,
      audit: {
        action: 'questionnaire.revokeLink',
        entityType: 'questionnaireRecipient',
        entityId: recipientId,
        after: { revokedAt: revokedAt.toISOString() },
        relatedIds: [id, rec.personId],
      },
    };
  });
}
