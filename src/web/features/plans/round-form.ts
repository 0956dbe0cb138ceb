/**
 * The reporting form's state, pure: each field starts at its pre-filled value (the round's value,
 * else the last recorded one); a change is one field. What is sent is only the fields whose
 * degree or comment differs from where they started, and the burden is how many that is.
 */
import type { RoundChange, RoundFormField } from '../../../shared/plan-rounds.contract';

/** One edited field. */
export interface FieldEdit {
  degree: string;
  comment: string;
}

/** Edits by initiative id. */
export type FormEdits = Readonly<Record<string, FieldEdit>>;

/** Where a field starts: this round's value, else the last value (null = never recorded). */
export function startOf(
  field: Pick<RoundFormField, 'degree' | 'lastDegree' | 'comment' | 'lastComment'>,
): {
  degree: string | null;
  comment: string;
} {
  return field.degree !== null
    ? { degree: field.degree, comment: field.comment }
    : { degree: field.lastDegree, comment: field.lastComment };
}

/** The field's value now: the edit, else the start. */
export function valueOf(
  field: RoundFormField,
  edits: FormEdits,
): { degree: string | null; comment: string } {
  return edits[field.initiativeId] ?? startOf(field);
}

/** Sets a field's degree (keeps its comment). */
export function editDegree(edits: FormEdits, field: RoundFormField, degree: string): FormEdits {
  const current = valueOf(field, edits);
  return { ...edits, [field.initiativeId]: { degree, comment: current.comment } };
}

/** Sets a field's comment (keeps its degree; a field never recorded needs a degree first). */
export function editComment(edits: FormEdits, field: RoundFormField, comment: string): FormEdits {
  const current = valueOf(field, edits);
  if (current.degree === null) return edits;
  return { ...edits, [field.initiativeId]: { degree: current.degree, comment } };
}

/** The changes to send: fields whose degree or comment differs from the start. */
export function changesOf(fields: readonly RoundFormField[], edits: FormEdits): RoundChange[] {
  const changes: RoundChange[] = [];
  for (const field of fields) {
    const edit = edits[field.initiativeId];
    if (!edit) continue;
    const start = startOf(field);
    if (edit.degree === start.degree && edit.comment.trim() === start.comment.trim()) continue;
    changes.push({
      initiativeId: field.initiativeId,
      degree: edit.degree,
      ...(edit.comment.trim() !== start.comment.trim() ? { comment: edit.comment.trim() } : {}),
    });
  }
  return changes;
}

/** Fields never recorded and not yet given a degree (the form cannot be sent as "changes" then). */
export function missingOf(fields: readonly RoundFormField[], edits: FormEdits): RoundFormField[] {
  return fields.filter((f) => valueOf(f, edits).degree === null);
}
