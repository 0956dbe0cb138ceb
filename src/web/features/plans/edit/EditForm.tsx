/**
 * The state and flows every plan edit dialog shares: the form's values with our own and the
 * API's field errors, text fields bound to the form, select options, the "saved" toast, and the
 * confirmations before deleting or ending something.
 */
import { useState, type ChangeEvent, type ReactNode } from 'react';
import { useToast } from '../../../ui/index';
import { DeleteConfirm, EndConfirm, useFieldMessages } from './EditParts';
import type { Checked, ErrorKey } from './plan-forms';

/** The fields of a form that hold text. */
type TextKey<F> = { [K in keyof F]: F[K] extends string ? K : never }[keyof F] & string;

/** A dialog form: its values, a patch setter, field messages and the check before sending. */
export function useEditForm<F extends object>(initial: F, apiError: unknown) {
  const [form, setForm] = useState<F>(initial);
  const [local, setLocal] = useState<Partial<Record<string, ErrorKey>>>({});
  const message = useFieldMessages(local, apiError);
  const set = (patch: Partial<F>) => setForm((f) => ({ ...f, ...patch }));
  /** The body to send, or null after showing our own field errors. */
  const check = <B,>(checked: Checked<F, B>): B | null => {
    if (!checked.ok) {
      setLocal(checked.errors);
      return null;
    }
    setLocal({});
    return checked.body;
  };
  /** Value, change and error of a text field or text area bound to `field`. */
  const text = (field: TextKey<F>) => ({
    value: form[field] as string,
    onChange: (e: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) =>
      set({ [field]: e.target.value } as Partial<F>),
    error: message(field),
  });
  return { form, set, message, check, text, setErrors: setLocal };
}

/** `body` checked for a chosen `field` (an id picked in the dialog). */
export function requiredOf<B, K extends keyof B & string>(
  body: B,
  field: K,
): Checked<Pick<B, K>, B> {
  if (body[field]) return { ok: true, body };
  return { ok: false, errors: { [field]: 'required' } as Partial<Record<K, ErrorKey>> };
}

/** The text field binder of {@link useEditForm}, for field groups. */
export type FormText<F extends object> = ReturnType<typeof useEditForm<F>>['text'];

/** Select options of an enum's values. */
export function optionsOf<V extends string>(
  values: readonly V[],
  label: (value: V) => string,
): { value: V; label: string }[] {
  return values.map((value) => ({ value, label: label(value) }));
}

/** Select options of goals ("code title"). */
export function goalOptions(
  goals: readonly { id: string; code: string; title: string }[],
): { value: string; label: string }[] {
  return goals.map((g) => ({ value: g.id, label: `${g.code} ${g.title}` }));
}

/** `saved(text, then)`: a success handler that shows `text` as a toast, then calls `then`. */
export function useSaved(): (text: string, then: () => void) => () => void {
  const toast = useToast();
  return (text, then) => () => {
    toast.show(text, 'success');
    then();
  };
}

/** A delete mutation taking the id of what it deletes. */
export interface RemoveMutation {
  mutate: (id: string, options: { onSuccess: () => void }) => void;
  isPending: boolean;
  error: unknown;
  reset: () => void;
}

/** The texts of a delete confirmation for one item. */
export interface DeleteTexts {
  title: string;
  body: string;
  confirmLabel: string;
  /** The toast after deleting. */
  deleted: string;
}

/** `ask(item)` opens "Are you sure?" before `remove`; `dialog` renders it while open. */
export function useConfirmDelete<T extends { id: string }>(
  remove: RemoveMutation,
  texts: (item: T) => DeleteTexts,
  onDeleted?: (item: T) => void,
): { ask: (item: T) => void; dialog: ReactNode } {
  const [deleting, setDeleting] = useState<T | null>(null);
  const saved = useSaved();
  if (!deleting) return { ask: setDeleting, dialog: null };
  const { deleted, ...shown } = texts(deleting);
  const dialog = (
    <DeleteConfirm
      {...shown}
      busy={remove.isPending}
      error={remove.error}
      onConfirm={() =>
        remove.mutate(deleting.id, {
          onSuccess: saved(deleted, () => {
            onDeleted?.(deleting);
            setDeleting(null);
          }),
        })
      }
      onClose={() => {
        remove.reset();
        setDeleting(null);
      }}
    />
  );
  return { ask: setDeleting, dialog };
}

/** An end mutation taking the last day. */
export interface EndMutation {
  mutate: (body: { on: string }, options: { onSuccess: () => void }) => void;
  isPending: boolean;
  error: unknown;
}

/** {@link EndConfirm} for an end mutation: on success a toast (`ended`) and `onClose`. */
export function EndMutationConfirm({
  end,
  ended,
  onClose,
  ...texts
}: {
  end: EndMutation;
  title: string;
  body: string;
  confirmLabel: string;
  ended: string;
  onClose: () => void;
}) {
  const saved = useSaved();
  return (
    <EndConfirm
      {...texts}
      busy={end.isPending}
      error={end.error}
      onConfirm={(on) => end.mutate({ on }, { onSuccess: saved(ended, onClose) })}
      onClose={onClose}
    />
  );
}
