/**
 * The use cases of joint consultation responses: create (internal deadlines computed backwards
 * from the external deadline), documents, the parties' contributions until the contribution
 * deadline, comments, the consolidated draft's versions, positions and sending (which freezes
 * it). Every change runs in `mutate` and writes exactly one audit row.
 */
import { eq, and } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { mutate, type Actor } from '../../platform/audit';
import type { IsoDate } from '../../../shared/dates';
import type { CreateConsultationRequest } from '../../../shared/consultations.contract';
import {
  CONSULTATION_LIMITS,
  type ConsultationPosition,
} from '../../../shared/consultations.enums';
import {
  checkConsultationFora,
  checkPosition,
  computeConsultationDeadlines,
  contributionOpen,
  nextVersionNumber,
} from '../../../domain/consultations/index';
import { checkUpload } from '../cases/index';
import { deadlineInputs, ORGANISATION_PORT } from '../meetings/index';
import { collaborationsOf, findConsultation, type Consultation } from './consultations.repo';
import {
  consultationComments,
  consultationDocuments,
  consultationParties,
  consultations,
  consultationVersions,
} from './consultations.table';
import { consultationError } from './consultations.texts';

/** The consultation, or 404. */
export async function requireConsultation(
  db: Db,
  id: string,
  forUpdate = false,
): Promise<Consultation> {
  const row = await findConsultation(db, id, forUpdate);
  if (!row) throw consultationError('notFound', 'notFound');
  return row;
}

/** Refuses a change to a sent consultation (409). */
function assertDraft(row: Consultation): void {
  if (row.sentOn) throw consultationError('conflict', 'sent', { date: row.sentOn });
}

async function checkOrganisation(db: Db, input: CreateConsultationRequest): Promise<string[]> {
  const foraIds = [input.draftingForumId, ...input.reviewForumIds];
  const problem = checkConsultationFora(foraIds);
  if (problem) throw consultationError('unprocessable', problem);
  if (new Set(input.partyIds).size !== input.partyIds.length) {
    throw consultationError('unprocessable', 'partyTwice');
  }
  const foraOf = await collaborationsOf(db, 'forum', foraIds);
  if (foraIds.some((id) => foraOf.get(id) !== input.collaborationId)) {
    throw consultationError('unprocessable', 'forumNotInCollaboration');
  }
  const partiesOf = await collaborationsOf(db, 'party', input.partyIds);
  if (input.partyIds.some((id) => partiesOf.get(id) !== input.collaborationId)) {
    throw consultationError('unprocessable', 'partyNotInCollaboration');
  }
  return foraIds;
}

/**
 * Creates a consultation and its parties; the deadlines are computed from the meetings known
 * from `today` on (the request's day in Denmark).
 */
export async function createConsultation(
  db: Db,
  actor: Actor,
  input: CreateConsultationRequest,
  today: IsoDate,
): Promise<{ id: string }> {
  const foraIds = await checkOrganisation(db, input);
  const inputs = await deadlineInputs(
    { db, organisation: ORGANISATION_PORT },
    input.collaborationId,
    foraIds,
    input.externalDeadline,
  );
  const plan = computeConsultationDeadlines({
    externalDeadline: input.externalDeadline,
    fora: foraIds,
    agendaDeadlineWorkingDays: inputs.agendaDeadlineWorkingDays,
    rules: inputs.rules,
    meetingsByForum: inputs.meetingsByForum,
    closures: inputs.closures,
    from: today,
  });
  return mutate(db, actor, async (tx) => {
    const [row] = await tx
      .insert(consultations)
      .values({
        collaborationId: input.collaborationId,
        sender: input.sender,
        title: input.title,
        externalDeadline: input.externalDeadline,
        draftingForumId: input.draftingForumId,
        reviewForumIds: input.reviewForumIds,
        deadlines: plan.steps,
        deadlinesComplete: plan.complete,
        contributionDeadline: plan.contributionDeadline,
        isPublic: input.isPublic,
        createdBy: actor.userId,
      })
      .returning({ id: consultations.id });
    const id = row!.id;
    await tx
      .insert(consultationParties)
      .values(input.partyIds.map((partyId, ordinal) => ({ consultationId: id, partyId, ordinal })));
    return {
      result: { id },
      audit: {
        action: 'consultation.create',
        entityType: 'consultation',
        entityId: id,
        summary: `${input.sender}: ${input.title}`,
        after: { ...input, contributionDeadline: plan.contributionDeadline },
        relatedIds: [input.collaborationId, ...foraIds, ...input.partyIds],
      },
    };
  });
}

/** Adds a consultation document (checked as case attachments are). */
export async function addDocument(
  db: Db,
  actor: Actor,
  id: string,
  upload: { fileName: string; content: Buffer },
): Promise<{ id: string }> {
  const checked = await checkUpload(upload.fileName, upload.content);
  return mutate(db, actor, async (tx) => {
    const row = await requireConsultation(tx, id, true);
    assertDraft(row);
    const existing = await tx
      .select({ id: consultationDocuments.id })
      .from(consultationDocuments)
      .where(eq(consultationDocuments.consultationId, id));
    if (existing.length >= CONSULTATION_LIMITS.documents) {
      throw consultationError('conflict', 'tooManyDocuments', {
        max: CONSULTATION_LIMITS.documents,
      });
    }
    const [doc] = await tx
      .insert(consultationDocuments)
      .values({
        consultationId: id,
        fileName: checked.fileName,
        mediaType: checked.mediaType,
        sizeBytes: upload.content.length,
        content: upload.content,
        uploadedBy: actor.name,
      })
      .returning({ id: consultationDocuments.id });
    return {
      result: { id: doc!.id },
      audit: {
        action: 'consultation.document.add',
        entityType: 'consultation',
        entityId: id,
        summary: checked.fileName,
        after: {
          documentId: doc!.id,
          fileName: checked.fileName,
          sizeBytes: upload.content.length,
        },
      },
    };
  });
}

/** The row of one party in one consultation. */
const partyRow = (id: string, partyId: string) =>
  and(eq(consultationParties.consultationId, id), eq(consultationParties.partyId, partyId));

async function requireParty(tx: Db, id: string, partyId: string) {
  const [party] = await tx.select().from(consultationParties).where(partyRow(id, partyId));
  if (!party) throw consultationError('notFound', 'notParticipant');
  return party;
}

/**
 * Saves a party's contribution. Refused (409, naming the deadline in Danish) after the
 * contribution deadline: `on` is the day of the request in Denmark.
 */
export async function saveContribution(
  db: Db,
  actor: Actor,
  input: { id: string; partyId: string; text: string; on: IsoDate },
): Promise<void> {
  await mutate(db, actor, async (tx) => {
    const row = await requireConsultation(tx, input.id, true);
    assertDraft(row);
    const party = await requireParty(tx, input.id, input.partyId);
    if (!contributionOpen(row.contributionDeadline, input.on)) {
      throw consultationError('conflict', 'contributionLate', { date: row.contributionDeadline });
    }
    await tx
      .update(consultationParties)
      .set({
        contribution: input.text,
        contributionUpdatedAt: new Date(),
        contributionBy: actor.name,
      })
      .where(partyRow(input.id, input.partyId));
    return {
      result: undefined,
      audit: {
        action: 'consultation.contribution',
        entityType: 'consultation',
        entityId: input.id,
        before: { contribution: party.contribution },
        after: { partyId: input.partyId, contribution: input.text, on: input.on },
        relatedIds: [input.partyId],
      },
    };
  });
}

/** Records a party's position: co-signs, abstains, or dissents with a text. */
export async function setPosition(
  db: Db,
  actor: Actor,
  input: {
    id: string;
    partyId: string;
    position: ConsultationPosition;
    dissentText?: string | null;
  },
): Promise<void> {
  const checked = checkPosition(input.position, input.dissentText);
  if (!checked.ok) throw consultationError('unprocessable', checked.error);
  await mutate(db, actor, async (tx) => {
    const row = await requireConsultation(tx, input.id, true);
    assertDraft(row);
    const party = await requireParty(tx, input.id, input.partyId);
    await tx
      .update(consultationParties)
      .set({
        position: input.position,
        dissentText: checked.dissentText,
        positionAt: new Date(),
        positionBy: actor.name,
      })
      .where(partyRow(input.id, input.partyId));
    return {
      result: undefined,
      audit: {
        action: 'consultation.position',
        entityType: 'consultation',
        entityId: input.id,
        before: { position: party.position, dissentText: party.dissentText },
        after: {
          partyId: input.partyId,
          position: input.position,
          dissentText: checked.dissentText,
        },
        relatedIds: [input.partyId],
      },
    };
  });
}

/** Adds a comment on the draft. */
export async function addComment(
  db: Db,
  actor: Actor,
  id: string,
  body: string,
): Promise<{ id: string }> {
  return mutate(db, actor, async (tx) => {
    assertDraft(await requireConsultation(tx, id, true));
    const [row] = await tx
      .insert(consultationComments)
      .values({ consultationId: id, body, authorId: actor.userId, authorName: actor.name })
      .returning({ id: consultationComments.id });
    return {
      result: { id: row!.id },
      audit: {
        action: 'consultation.comment',
        entityType: 'consultation',
        entityId: id,
        after: { commentId: row!.id, body },
      },
    };
  });
}

/** Saves the consolidated draft as a new version (who, when, the whole text). */
export async function saveVersion(
  db: Db,
  actor: Actor,
  id: string,
  text: string,
): Promise<{ number: number }> {
  return mutate(db, actor, async (tx) => {
    const row = await requireConsultation(tx, id, true);
    assertDraft(row);
    const number = nextVersionNumber(row.currentVersion > 0 ? [row.currentVersion] : []);
    await tx.insert(consultationVersions).values({
      consultationId: id,
      number,
      text,
      savedById: actor.userId,
      savedBy: actor.name,
    });
    await tx
      .update(consultations)
      .set({ responseText: text, currentVersion: number })
      .where(eq(consultations.id, id));
    return {
      result: { number },
      audit: {
        action: 'consultation.version',
        entityType: 'consultation',
        entityId: id,
        summary: `v${number}`,
        before: { version: row.currentVersion },
        after: { version: number, length: text.length },
      },
    };
  });
}

/** Marks the response sent on `sentOn`; from then on nothing can change. */
export async function sendConsultation(
  db: Db,
  actor: Actor,
  id: string,
  sentOn: IsoDate,
): Promise<void> {
  await mutate(db, actor, async (tx) => {
    const row = await requireConsultation(tx, id, true);
    assertDraft(row);
    if (row.currentVersion === 0 || row.responseText.trim() === '') {
      throw consultationError('conflict', 'sendBeforeText');
    }
    await tx
      .update(consultations)
      .set({ sentOn, sentBy: actor.name })
      .where(eq(consultations.id, id));
    return {
      result: undefined,
      audit: {
        action: 'consultation.send',
        entityType: 'consultation',
        entityId: id,
        summary: row.title,
        after: { sentOn, version: row.currentVersion },
      },
    };
  });
}
