import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../app/errors';
import { Alert, Button, Dialog } from '../../ui/index';
import { BreachList } from './BreachList';
import { useOrgFormat } from './org-format';
import type { BreachWarning } from './use-org-change';

/** Props of {@link BreachWarningDialog}. */
export interface BreachWarningDialogProps {
  warning: BreachWarning | null;
  /** The change's effective date. */
  date: string;
}

/**
 * "Ændringen vil bryde følgende regler …": the breaches a change would add, with "Gem alligevel"
 * (resend, acknowledged) and "Annuller" (the safe choice, focused first).
 */
export function BreachWarningDialog({ warning, date }: BreachWarningDialogProps) {
  const { t } = useTranslation(['organisation', 'common']);
  const format = useOrgFormat();
  const errorText = useErrorText();
  const cancelRef = useRef<HTMLButtonElement>(null);
  if (!warning) return null;
  return (
    <Dialog
      open
      role="alertdialog"
      onClose={warning.dismiss}
      title={t('edit.breach.title')}
      initialFocus={cancelRef}
      footer={
        <>
          <Button ref={cancelRef} onClick={warning.dismiss}>
            {t('common:actions.cancel')}
          </Button>
          <Button variant="danger" busy={warning.busy} onClick={warning.acknowledge}>
            {t('edit.breach.confirm')}
          </Button>
        </>
      }
    >
      <div className="stack">
        <p>{t('edit.breach.intro', { date: format.day(date) })}</p>
        <BreachList breaches={warning.breaches} />
        <p>{t('edit.breach.outro')}</p>
        {warning.error ? <Alert tone="error">{errorText(warning.error)}</Alert> : null}
      </div>
    </Dialog>
  );
}
