import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { addDays, isIsoDate } from '../org-dates';
import type { EndRequest } from '../../../../shared/organisation-requests.contract';
import { useErrorText } from '../../../app/errors';
import { ConfirmDialog, useToast } from '../../../ui/index';
import { BreachWarningDialog } from '../BreachWarningDialog';
import { useAsOf } from '../as-of';
import type { ChangeResult } from '../org-changes.api';
import { useOrgChange } from '../use-org-change';
import { EffectiveDateField } from './EffectiveDateField';

/** Props of {@link EndDialog}. */
export interface EndDialogProps {
  title: string;
  /** What ending means, in plain words. */
  body: ReactNode;
  confirmLabel: string;
  /** The toast after it is done. */
  doneText: string;
  /** The end call (appointment, office holding, rule). */
  send: (body: EndRequest, acknowledge: boolean) => Promise<ChangeResult<unknown>>;
  onClose: () => void;
}

/**
 * Ending something (an appointment, an office, a rule): a confirmation with the last day
 * (inclusive, default the shown date) and the breach warning when ending breaks a rule.
 */
export function EndDialog({ title, body, confirmLabel, doneText, send, onClose }: EndDialogProps) {
  const { t } = useTranslation('organisation');
  const asOf = useAsOf();
  const toast = useToast();
  const errorText = useErrorText();
  const [lastDay, setLastDay] = useState(asOf.date);
  const [tried, setTried] = useState(false);
  const change = useOrgChange(send);

  const onConfirm = () => {
    setTried(true);
    if (!isIsoDate(lastDay) || change.isPending) return;
    change.run({ lastDay }, (result) => {
      const count = result.newBreaches.length;
      toast.show(count > 0 ? t('edit.savedWithBreaches', { count }) : doneText);
      onClose();
    });
  };

  return (
    <>
      <ConfirmDialog
        open
        title={title}
        confirmLabel={confirmLabel}
        busy={change.isPending}
        error={change.error ? errorText(change.error) : null}
        onConfirm={onConfirm}
        onCancel={onClose}
      >
        <div className="form">
          {body}
          <EffectiveDateField
            kind="lastDay"
            value={lastDay}
            onChange={setLastDay}
            error={tried && !isIsoDate(lastDay) ? t('asOf.invalid') : undefined}
          />
        </div>
      </ConfirmDialog>
      {/* Ending breaks rules from the day after the last day. */}
      <BreachWarningDialog
        warning={change.warning}
        date={isIsoDate(lastDay) ? addDays(lastDay, 1) : lastDay}
      />
    </>
  );
}
