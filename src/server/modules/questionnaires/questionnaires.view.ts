/**
 * Reads: the paged list, a questionnaire with its recipients, results, the follow-up comparison,
 * a recipient's answer form, the caller's own questionnaires and a process step's answer status.
 */
import { and, asc, count, desc, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import {
  answerText,
  compareByParty,
  questionsOf,
  summarise,
} from '../../../domain/questionnaires/index';
import type {
  Answers,
  Comparison,
  QuestionnaireDetail,
  QuestionnaireSummary,
  Results,
} from '../../../shared/questionnaires.contract';
import type { Db } from '../../db/client';
import { parties, persons } from '../organisation/index';
import { questionnaireRecipients, questionnaires } from './questionnaires.table';
import { questionnaireError, questionnaireNotFound } from './questionnaires.texts';

type Row = typeof questionnaires.$inferSelect;

/** Party names by entity id (the latest version's name wins). */
async function namesOf(
  db: Db,
  _table: typeof parties,
  ids: readonly string[],
): Promise<Map<string, string>> {
  const unique = [...new Set(ids)];
  if (!unique.length) return new Map();
  const rows = await db
    .select({ id: parties.entityId, name: parties.name })
    .from(parties)
    .where(inArray(parties.entityId, unique))
    .orderBy(asc(parties.validFrom));
  return new Map(rows.map((r) => [r.id, r.name]));
}

async function answerCounts(db: Db, ids: readonly string[]) {
  if (!ids.length) return new Map<string, { total: number; answered: number }>();
  const rows = await db
    .select({
      id: questionnaireRecipients.questionnaireId,
      total: count(),
      answered: sql<number>`count(${questionnaireRecipients.submittedAt})::int`,
    })
    .from(questionnaireRecipients)
    .where(inArray(questionnaireRecipients.questionnaireId, [...ids]))
    .groupBy(questionnaireRecipients.questionnaireId);
  return new Map(rows.map((r) => [r.id, { total: Number(r.total), answered: Number(r.answered) }]));
}

function summaryOf(
  row: Row,
  c: { total: number; answered: number } | undefined,
): QuestionnaireSummary {
  return {
    id: row.id,
    collaborationId: row.collaborationId,
    title: row.title,
    status: row.status,
    deadline: row.deadline,
    baselineId: row.baselineId,
    template: row.template,
    recipients: c?.total ?? 0,
    answered: c?.answered ?? 0,
    createdAt: row.createdAt.toISOString(),
  };
}

export async function listQuestionnaires(
  db: Db,
  query: { collaborationId: string; limit: number; offset: number },
): Promise<{ items: QuestionnaireSummary[]; total: number }> {
  const where = eq(questionnaires.collaborationId, query.collaborationId);
  const [rows, [totalRow]] = await Promise.all([
    db
      .select()
      .from(questionnaires)
      .where(where)
      .orderBy(desc(questionnaires.createdAt), desc(questionnaires.id))
      .limit(query.limit)
      .offset(query.offset),
    db.select({ n: count() }).from(questionnaires).where(where),
  ]);
  const counts = await answerCounts(
    db,
    rows.map((r) => r.id),
  );
  return {
    items: rows.map((r) => summaryOf(r, counts.get(r.id))),
    total: Number(totalRow?.n ?? 0),
  };
}

export async function findQuestionnaire(db: Db, id: string): Promise<Row> {
  const [row] = await db.select().from(questionnaires).where(eq(questionnaires.id, id));
  if (!row) throw questionnaireNotFound();
  return row;
}

async function recipientsOf(db: Db, id: string) {
  return db
    .select({ rec: questionnaireRecipients, personName: persons.name })
    .from(questionnaireRecipients)
    .innerJoin(persons, eq(persons.id, questionnaireRecipients.personId))
    .where(eq(questionnaireRecipients.questionnaireId, id))
    .orderBy(persons.name, questionnaireRecipients.id);
}

export async function questionnaireDetail(db: Db, id: string): Promise<QuestionnaireDetail> {
  const row = await findQuestionnaire(db, id);
  const recs = await recipientsOf(db, id);
  const partyNames = await namesOf(
    db,
    parties,
    recs.flatMap((r) => (r.rec.partyId ? [r.rec.partyId] : [])),
  );
  const answered = recs.filter((r) => r.rec.submittedAt).length;
  return {
    ...summaryOf(row, { total: recs.length, answered }),
    intro: row.intro,
    sections: row.sections,
    processInstanceId: row.processInstanceId,
    processStepKey: row.processStepKey,
    sentAt: row.sentAt?.toISOString() ?? null,
    linkExpiresOn: row.linkExpiresOn,
    recipientList: recs.map(({ rec, personName }) => ({
      id: rec.id,
      personId: rec.personId,
      personName,
      partyId: rec.partyId,
      partyName: rec.partyId ? (partyNames.get(rec.partyId) ?? null) : null,
      linkExpiresOn: rec.linkExpiresOn,
      revoked: rec.revokedAt !== null,
      submittedAt: rec.submittedAt?.toISOString() ?? null,
      draftSavedAt: rec.draftSavedAt?.toISOString() ?? null,
      remindersSent: rec.remindersSent,
    })),
  };
}

async function submittedAnswers(db: Db, id: string) {
  return db
    .select({
      partyId: questionnaireRecipients.partyId,
      personId: questionnaireRecipients.personId,
      answers: questionnaireRecipients.answers,
    })
    .from(questionnaireRecipients)
    .where(
      and(
        eq(questionnaireRecipients.questionnaireId, id),
        isNotNull(questionnaireRecipients.submittedAt),
      ),
    );
}

export async function questionnaireResults(db: Db, id: string): Promise<Results> {
  const row = await findQuestionnaire(db, id);
  const counts = (await answerCounts(db, [id])).get(id);
  const sets = await submittedAnswers(db, id);
  return {
    questionnaireId: id,
    recipients: counts?.total ?? 0,
    answered: counts?.answered ?? 0,
    questions: summarise(
      row.sections,
      sets.map((s) => s.answers),
    ),
  };
}

/** A follow-up compared with its baseline, per party (a person on their own counts as one). */
export async function questionnaireComparison(db: Db, followUpId: string): Promise<Comparison> {
  const followUp = await findQuestionnaire(db, followUpId);
  if (!followUp.baselineId) throw questionnaireError('unprocessable', 'notFollowUp');
  const baseline = await findQuestionnaire(db, followUp.baselineId);
  const keyed = (sets: { partyId: string | null; personId: string; answers: Answers }[]) =>
    new Map(sets.map((s) => [s.partyId ?? s.personId, s.answers]));
  const [b, f] = await Promise.all([
    submittedAnswers(db, baseline.id),
    submittedAnswers(db, followUp.id),
  ]);
  const rows = compareByParty(baseline.sections, keyed(b), keyed(f));
  const ids = rows.map((r) => r.partyId);
  const [partyNames, personRows] = await Promise.all([
    namesOf(db, parties, ids),
    ids.length
      ? db
          .select({ id: persons.id, name: persons.name })
          .from(persons)
          .where(inArray(persons.id, ids))
      : Promise.resolve([]),
  ]);
  const personNames = new Map(personRows.map((p) => [p.id, p.name]));
  return {
    baselineId: baseline.id,
    followUpId: followUp.id,
    questions: questionsOf(baseline.sections).map((q) => ({ questionId: q.id, text: q.text })),
    rows: rows
      .map((r) => ({
        partyId: r.partyId,
        partyName: partyNames.get(r.partyId) ?? personNames.get(r.partyId) ?? '',
        cells: r.cells.map(({ baseline: bl, followUp: fu, changed }) => ({
          baseline: bl,
          followUp: fu,
          changed,
        })),
      }))
      .sort((x, y) => x.partyName.localeCompare(y.partyName, 'da')),
  };
}

/** The rows of the export: one per recipient, one answer per question. */
export async function exportRows(db: Db, id: string) {
  const detail = await questionnaireDetail(db, id);
  const recs = await db
    .select({ id: questionnaireRecipients.id, answers: questionnaireRecipients.answers })
    .from(questionnaireRecipients)
    .where(eq(questionnaireRecipients.questionnaireId, id));
  const answersOf = new Map(recs.map((r) => [r.id, r.answers]));
  const questions = questionsOf(detail.sections);
  return {
    detail,
    questions,
    rows: detail.recipientList.map((r) => ({
      recipient: r,
      cells: questions.map((q) => (r.submittedAt ? answerText(answersOf.get(r.id)?.[q.id]) : '')),
    })),
  };
}

/** The sent questionnaires of the logged-in user's person, newest first, paged. */
export async function myQuestionnaires(
  db: Db,
  userId: string,
  page: { limit: number; offset: number },
) {
  const where = and(eq(persons.userId, userId), eq(questionnaires.status, 'sent'));
  const base = db
    .select({
      recipientId: questionnaireRecipients.id,
      title: questionnaires.title,
      deadline: questionnaires.deadline,
      submittedAt: questionnaireRecipients.submittedAt,
    })
    .from(questionnaireRecipients)
    .innerJoin(persons, eq(persons.id, questionnaireRecipients.personId))
    .innerJoin(questionnaires, eq(questionnaires.id, questionnaireRecipients.questionnaireId))
    .where(where);
  const [rows, [totalRow]] = await Promise.all([
    base
      .orderBy(desc(questionnaireRecipients.createdAt), desc(questionnaireRecipients.id))
      .limit(page.limit)
      .offset(page.offset),
    db
      .select({ n: count() })
      .from(questionnaireRecipients)
      .innerJoin(persons, eq(persons.id, questionnaireRecipients.personId))
      .innerJoin(questionnaires, eq(questionnaires.id, questionnaireRecipients.questionnaireId))
      .where(where),
  ]);
  return {
    items: rows.map((r) => ({
      recipientId: r.recipientId,
      title: r.title,
      deadline: r.deadline ?? '',
      submittedAt: r.submittedAt?.toISOString() ?? null,
    })),
    total: Number(totalRow?.n ?? 0),
  };
}

/** The questionnaires of a process instance and who has answered them. */
export async function processStatus(db: Db, processInstanceId: string) {
  const rows = await db
    .select()
    .from(questionnaires)
    .where(eq(questionnaires.processInstanceId, processInstanceId))
    .orderBy(questionnaires.createdAt)
    .limit(20);
  const items = [];
  for (const row of rows) {
    const recs = await db
      .select({
        partyId: questionnaireRecipients.partyId,
        personName: persons.name,
        submittedAt: questionnaireRecipients.submittedAt,
      })
      .from(questionnaireRecipients)
      .innerJoin(persons, eq(persons.id, questionnaireRecipients.personId))
      .where(eq(questionnaireRecipients.questionnaireId, row.id));
    const names = await namesOf(
      db,
      parties,
      recs.flatMap((r) => (r.partyId ? [r.partyId] : [])),
    );
    const label = (r: (typeof recs)[number]) =>
      (r.partyId ? names.get(r.partyId) : undefined) ?? r.personName;
    items.push({
      questionnaireId: row.id,
      title: row.title,
      processStepKey: row.processStepKey,
      recipients: recs.length,
      answered: recs.filter((r) => r.submittedAt).length,
      answeredParties: recs
        .filter((r) => r.submittedAt)
        .map(label)
        .sort(),
      missingParties: recs
        .filter((r) => !r.submittedAt)
        .map(label)
        .sort(),
    });
  }
  return { items };
}
