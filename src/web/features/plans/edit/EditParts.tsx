/**
 * Parts every plan edit dialog shares: the form dialog (Cancel and Save, the API's problem at
 * the top), field errors (ours first, then the server's for the same field), and the
 * confirmations before ending or deleting.
 */
import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isIsoDate, todayInDenmark } from '../../../../shared/dates';
import { useErrorText, useFieldError } from '../../../app/errors';
import { Alert, Button, ConfirmDialog, Dialog, TextField } from '../../../ui/index';
import type { ErrorKey } from './plan-forms';

/** A field's message: our own check first, then the server's problem for the same path. */
export function useFieldMessages(
  local: Partial<Record<string, ErrorKey>>,
  apiError: unknown,
): (field: string) => string | undefined {
  const { t } = useTranslation('plansEdit');
  const fromApi = useFieldError(apiError);
  return (field) => {
    const key = local[field];
    return key ? t(`errors.${key}`) : fromApi(field);
  };
}

/** Props of {@link FormDialog}. */
export interface FormDialogProps {
  title: string;
  onClose: () => void;
  onSubmit: () => void;
  /** The mutation the form sends: busy while pending, its last error shown at the top. */
  mutation: { isPending: boolean; error: unknown };
  /** A new thing: the submit button says "Opret" (default "Gem"). */
  creating?: boolean;
  /** Overrides the submit button's text. */
  submitLabel?: string;
  children: ReactNode;
}

/** A modal form: Escape and Cancel close it, Enter or Save submits, the API's problem shows. */
export function FormDialog({
  title,
  onClose,
  onSubmit,
  mutation,
  creating = false,
  submitLabel,
  children,
}: FormDialogProps) {
  const { t } = useTranslation('plansEdit');
  const errorText = useErrorText();
  const { isPending: busy, error } = mutation;
  const submit = (event?: FormEvent) => {
    event?.preventDefault();
    if (!busy) onSubmit();
  };
  return (
    <Dialog
      open
      onClose={onClose}
      title={title}
      footer={
        <>
          <Button onClick={onClose}>{t('actions.cancel')}</Button>
          <Button variant="primary" busy={busy} onClick={() => submit()}>
            {submitLabel ?? (creating ? t('actions.create') : t('actions.save'))}
          </Button>
        </>
      }
    >
      <form className="stack" onSubmit={submit} noValidate>
        {error ? <Alert tone="error">{errorText(error)}</Alert> : null}
        {children}
        {/* Enter in a field submits. */}
        <button type="submit" hidden tabIndex={-1} aria-hidden="true" />
      </form>
    </Dialog>
  );
}

/** What {@link EndConfirm} and {@link DeleteConfirm} show and do. */
interface ConfirmProps {
  title: string;
  body: ReactNode;
  confirmLabel: string;
  busy: boolean;
  error: unknown;
  onClose: () => void;
}

/** Props of {@link EndConfirm}. */
export interface EndConfirmProps extends ConfirmProps {
  /** Called with the last day. */
  onConfirm: (on: string) => void;
}

/** "Are you sure?" before ending something, with the last day (default today). */
export function EndConfirm({ body, error, onConfirm, onClose, ...shown }: EndConfirmProps) {
  const { t } = useTranslation('plansEdit');
  const errorText = useErrorText();
  const [on, setOn] = useState<string>(todayInDenmark());
  const [tried, setTried] = useState(false);
  return (
    <ConfirmDialog
      open
      {...shown}
      error={error ? errorText(error) : null}
      onConfirm={() => {
        setTried(true);
        if (isIsoDate(on)) onConfirm(on);
      }}
      onCancel={onClose}
    >
      <div className="stack">
        <p>{body}</p>
        <TextField
          label={t('fields.on')}
          type="date"
          value={on}
          onChange={(e) => setOn(e.target.value)}
          error={tried && !isIsoDate(on) ? t('errors.date') : undefined}
          required
        />
      </div>
    </ConfirmDialog>
  );
}

/** Props of {@link DeleteConfirm}. */
export interface DeleteConfirmProps extends ConfirmProps {
  onConfirm: () => void;
}

/** "Are you sure?" before deleting or removing something. */
export function DeleteConfirm({ body, error, onConfirm, onClose, ...shown }: DeleteConfirmProps) {
  const errorText = useErrorText();
  return (
    <ConfirmDialog
      open
      {...shown}
      error={error ? errorText(error) : null}
      onConfirm={onConfirm}
      onCancel={onClose}
    >
      <p>{body}</p>
    </ConfirmDialog>
  );
}
