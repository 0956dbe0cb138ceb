import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, Dialog } from '../../ui/index';
import type { OrderingWarning } from './scheduling-warnings';
import { useMeetingFormat } from './use-format';

/** Props of {@link OrderingWarningDialog}. */
export interface OrderingWarningDialogProps {
  warning: OrderingWarning;
  busy?: boolean;
  /** An error from the last attempt, shown in the dialog. */
  error?: string | null;
  /** Move the meeting to the suggested date (keeping its times) and check again. */
  onUseSuggested?: (date: string) => void;
  /** Save with the warnings acknowledged (they are recorded in the audit log). */
  onSaveAnyway: () => void;
  onCancel: () => void;
}

/**
 * "The meeting breaks an ordering rule": every warning in plain words, the suggested date, and
 * three ways on: use the suggested date, save anyway, or cancel. Focus starts on the suggestion
 * when there is one, else on Cancel.
 */
export function OrderingWarningDialog({
  warning,
  busy = false,
  error,
  onUseSuggested,
  onSaveAnyway,
  onCancel,
}: OrderingWarningDialogProps) {
  const { t } = useTranslation(['meetings', 'common']);
  const format = useMeetingFormat();
  const suggestRef = useRef<HTMLButtonElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const suggested = warning.suggestedDate;
  const canSuggest = suggested !== null && onUseSuggested !== undefined;
  return (
    <Dialog
      open
      role="alertdialog"
      title={t('warning.title')}
      onClose={onCancel}
      initialFocus={canSuggest ? suggestRef : cancelRef}
      footer={
        <>
          <Button ref={cancelRef} onClick={onCancel}>
            {t('common:actions.cancel')}
          </Button>
          <Button variant={canSuggest ? 'secondary' : 'primary'} busy={busy} onClick={onSaveAnyway}>
            {t('warning.saveAnyway')}
          </Button>
          {canSuggest ? (
            <Button
              ref={suggestRef}
              variant="primary"
              busy={busy}
              onClick={() => onUseSuggested(suggested)}
            >
              {t('warning.useSuggested')}
            </Button>
          ) : null}
        </>
      }
    >
      <div className="stack">
        <p>{t('warning.intro')}</p>
        <ul className="mtg-warning-list">
          {warning.warnings.map((w, index) => (
            <li key={`${w.code}-${w.ruleId ?? ''}-${index}`}>{w.message[format.language]}</li>
          ))}
        </ul>
        {suggested ? (
          <p className="mtg-suggestion">
            <strong>
              {t('warning.suggested', {
                date: format.date(suggested),
                week: format.week(suggested),
              })}
            </strong>{' '}
            {t('warning.keepsTime')}
          </p>
        ) : (
          <p className="mtg-no-suggestion">
            {warning.noSuggestion?.[format.language] ?? t('warning.noSuggestion')}
          </p>
        )}
        <p className="muted">{t('warning.anywayHelp')}</p>
        {error ? <Alert tone="error">{error}</Alert> : null}
      </div>
    </Dialog>
  );
}
