import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, Dialog, TextArea } from '../../ui/index';

/** Props of {@link CaseMoveDialog}. */
export interface CaseMoveDialogProps {
  title: string;
  /** What will happen, in plain words. */
  intro: ReactNode;
  /** The text field's label; without it the dialog asks for no text. */
  textLabel?: string;
  textHint?: string;
  initialText?: string;
  confirmLabel: string;
  /** `danger` for withdrawing; it also makes the dialog an alertdialog. */
  tone?: 'primary' | 'danger';
  busy: boolean;
  error: string | null;
  /** Extra fields above the text (a forum, a meeting, "final"). */
  children?: ReactNode;
  /** Extra validation; return false to stop. */
  ready?: () => boolean;
  onSubmit: (text: string) => void;
  onClose: () => void;
}

/** A move on a case, usually with a text: recommendation, decision, reason. */
export function CaseMoveDialog({
  title,
  intro,
  textLabel,
  textHint,
  initialText = '',
  confirmLabel,
  tone = 'primary',
  busy,
  error,
  children,
  ready = () => true,
  onSubmit,
  onClose,
}: CaseMoveDialogProps) {
  const { t } = useTranslation(['cases', 'common']);
  const [text, setText] = useState(initialText);
  const [checked, setChecked] = useState(false);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    if ((textLabel && !text.trim()) || !ready()) return;
    onSubmit(text.trim());
  };
  return (
    <Dialog
      open
      title={title}
      role={tone === 'danger' ? 'alertdialog' : 'dialog'}
      onClose={onClose}
      footer={
        <>
          <Button onClick={onClose}>{t('common:actions.cancel')}</Button>
          <Button variant={tone} type="submit" form="case-move" busy={busy}>
            {confirmLabel}
          </Button>
        </>
      }
    >
      <form id="case-move" className="stack" noValidate onSubmit={submit}>
        <div>{intro}</div>
        {error ? <Alert tone="error">{error}</Alert> : null}
        {children}
        {textLabel ? (
          <TextArea
            label={textLabel}
            hint={textHint}
            value={text}
            rows={4}
            required
            onChange={(e) => setText(e.target.value)}
            error={checked && !text.trim() ? t('ui.raise.required') : undefined}
          />
        ) : null}
      </form>
    </Dialog>
  );
}
