/**
 * Case attachments: upload (checked, hashed, stored in PostgreSQL as bytea), download (only to
 * viewers who may see the case's attachments, see cases.view.ts) and soft delete (confirmed,
 * audited; the row and its hash stay for the archive).
 */
import { createHash } from 'node:crypto';
import type { AttachmentMeta } from '../../../shared/cases.contract';
import { hasRole } from '../../../shared/roles';
import { mutate, type Actor } from '../../platform/audit';
import { notFound } from '../../platform/errors';
import { findAttachment, insertAttachment, softDeleteAttachment } from './attachments.repo';
import { checkUpload } from './attachments.validate';
import { loadForChange } from './cases.guard';
import { auditText } from './cases.service';
import { mayDownloadAttachments } from './cases.view';
import type { LoadedCase } from './cases.repo';
import type { CaseDeps } from './ports';
import { appError } from './texts';
import type { Viewer } from './viewer';

const ATTACHMENT = { da: 'Bilaget', en: 'The attachment' };

/** Attachment names stay out of the audit log when the case is confidential or treated closed. */
const isSecret = (loaded: LoadedCase) => loaded.row.confidential || loaded.closedSteps.size > 0;

async function loadWithAttachments(
  deps: CaseDeps,
  viewer: Viewer,
  caseId: string,
): Promise<LoadedCase> {
  const loaded = await loadForChange(deps, viewer, caseId);
  if (!(await mayDownloadAttachments(deps, viewer, loaded))) {
    throw appError('forbidden', 'agendas', 'errors.agenda.closedNotCleared');
  }
  return loaded;
}

/** Stores an uploaded file on a case after the checks; nothing is stored when one fails. */
export async function uploadAttachment(
  deps: CaseDeps,
  actor: Actor,
  viewer: Viewer,
  input: { caseId: string; fileName: string; content: Buffer },
): Promise<AttachmentMeta> {
  const loaded = await loadWithAttachments(deps, viewer, input.caseId);
  const checked = await checkUpload(input.fileName, input.content, undefined, deps.workers);
  const sha256 = createHash('sha256').update(input.content).digest('hex');
  return mutate(deps.db, actor, async (tx) => {
    const meta = await insertAttachment(tx, {
      caseId: input.caseId,
      fileName: checked.fileName,
      mediaType: checked.mediaType,
      sizeBytes: input.content.length,
      sha256,
      content: input.content,
      uploadedBy: actor.userId,
    });
    return {
      result: meta,
      audit: {
        action: 'case.attachment.upload',
        entityType: 'case',
        entityId: input.caseId,
        after: {
          attachmentId: meta.id,
          fileName: auditText(meta.fileName, isSecret(loaded)),
          sizeBytes: meta.sizeBytes,
          sha256,
        },
        relatedIds: [meta.id],
      },
    };
  });
}

/** A live attachment with its content, for a viewer who may see it. */
export async function downloadAttachment(
  deps: CaseDeps,
  viewer: Viewer,
  caseId: string,
  attachmentId: string,
): Promise<AttachmentMeta & { content: Buffer }> {
  await loadWithAttachments(deps, viewer, caseId);
  const found = await findAttachment(deps.db, caseId, attachmentId);
  if (!found) throw notFound(ATTACHMENT);
  return found;
}

/** Soft-deletes an attachment: by its uploader or the secretariat, confirmed, audited. */
export async function deleteAttachment(
  deps: CaseDeps,
  actor: Actor,
  viewer: Viewer,
  input: { caseId: string; attachmentId: string; reason?: string | undefined },
): Promise<void> {
  const loaded = await loadWithAttachments(deps, viewer, input.caseId);
  const found = await findAttachment(deps.db, input.caseId, input.attachmentId);
  if (!found) throw notFound(ATTACHMENT);
  if (found.uploadedBy !== viewer.userId && !hasRole(viewer.role, 'secretariat')) {
    throw appError('forbidden', 'cases', 'errors.notAllowed');
  }
  await mutate(deps.db, actor, async (tx) => {
    if (
      !(await softDeleteAttachment(tx, input.attachmentId, viewer.userId, input.reason ?? null))
    ) {
      throw notFound(ATTACHMENT);
    }
    return {
      result: undefined,
      audit: {
        action: 'case.attachment.delete',
        entityType: 'case',
        entityId: input.caseId,
        before: {
          attachmentId: found.id,
          fileName: auditText(found.fileName, isSecret(loaded)),
          sha256: found.sha256,
        },
        after: { reason: auditText(input.reason ?? null, isSecret(loaded)) },
        relatedIds: [found.id],
      },
    };
  });
}
