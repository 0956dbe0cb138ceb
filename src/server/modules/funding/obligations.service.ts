/** An application's reporting obligations: add, mark done / not done, delete. */
import { and, eq } from 'drizzle-orm';
import type { IsoDate } from '../../../shared/dates';
import type { Db } from '../../db/client';
import { mutate, type Actor } from '../../platform/audit';
import { notFound } from '../../platform/errors';
import { requireApplication } from './applications.service';
import { OBLIGATION } from './funding.texts';
import { fundingObligations } from './funding.table';

async function requireObligation(db: Db, applicationId: string, obligationId: string) {
  const [row] = await db
    .select()
    .from(fundingObligations)
    .where(
      and(
        eq(fundingObligations.id, obligationId),
        eq(fundingObligations.applicationId, applicationId),
      ),
    );
  if (!row) throw notFound(OBLIGATION);
  return row;
}

export async function addObligation(
  db: Db,
  actor: Actor,
  applicationId: string,
  input: { title: string; dueDate: IsoDate },
): Promise<string> {
  const app = await requireApplication(db, applicationId);
  return mutate(db, actor, async (tx) => {
    const [row] = await tx
      .insert(fundingObligations)
      .values({ applicationId, collaborationId: app.collaborationId, ...input })
      .returning();
    return {
      result: row!.id,
      audit: {
        action: 'fundingObligation.create',
        entityType: 'fundingObligation',
        entityId: row!.id,
        summary: `${app.title}: ${input.title} (${input.dueDate})`,
        after: row,
        relatedIds: [applicationId, app.collaborationId],
      },
    };
  });
}

export async function markObligation(
  db: Db,
  actor: Actor,
  ids: { applicationId: string; obligationId: string },
  input: { done: boolean; on: IsoDate },
): Promise<void> {
  const before = await requireObligation(db, ids.applicationId, ids.obligationId);
  await mutate(db, actor, async (tx) => {
    const [row] = await tx
      .update(fundingObligations)
      .set({ doneOn: input.done ? input.on : null })
      .where(eq(fundingObligations.id, ids.obligationId))
      .returning();
    return {
      result: undefined,
      audit: {
        action: 'fundingObligation.update',
        entityType: 'fundingObligation',
        entityId: ids.obligationId,
        summary: `${before.title}: ${input.done ? `opfyldt ${input.on}` : 'ikke opfyldt'}`,
        before,
        after: row,
        relatedIds: [ids.applicationId, before.collaborationId],
      },
    };
  });
}

export async function deleteObligation(
  db: Db,
  actor: Actor,
  ids: { applicationId: string; obligationId: string },
): Promise<void> {
  const before = await requireObligation(db, ids.applicationId, ids.obligationId);
  await mutate(db, actor, async (tx) => {
    await tx.delete(fundingObligations).where(eq(fundingObligations.id, ids.obligationId));
    return {
      result: undefined,
      audit: {
        action: 'fundingObligation.delete',
        entityType: 'fundingObligation',
        entityId: ids.obligationId,
        summary: before.title,
        before,
        relatedIds: [ids.applicationId, before.collaborationId],
      },
    };
  });
}
