import { useTranslation } from 'react-i18next';
import type { ReformResult } from '../../../shared/reorganisation.contract';
import { ConfirmDialog, ProgressBar } from '../../ui/index';
import { useOrgFormat } from '../organisation/org-format';
import type { confirmNumbers } from './reform-request';

/** Props of {@link ReformConfirm}. */
export interface ReformConfirmProps {
  preview: ReformResult;
  numbers: ReturnType<typeof confirmNumbers>;
  open: boolean;
  busy: boolean;
  error: string | null;
  onConfirm: () => void;
  onCancel: () => void;
}

/** "Gennemfør omorganiseringen?" naming how many fora end and how much open work moves. */
export function ReformConfirm({
  preview,
  numbers,
  open,
  busy,
  error,
  onConfirm,
  onCancel,
}: ReformConfirmProps) {
  const { t } = useTranslation('reorganisation');
  const format = useOrgFormat();
  return (
    <ConfirmDialog
      open={open}
      title={t('confirm.title')}
      confirmLabel={t('confirm.confirm')}
      tone="primary"
      busy={busy}
      error={error}
      onConfirm={onConfirm}
      onCancel={onCancel}
    >
      <p>
        {t('confirm.body', {
          fora: numbers.fora,
          moved: numbers.moved,
          lastDay: format.day(preview.lastDay),
          effectiveDate: format.day(preview.effectiveDate),
        })}
      </p>
      {numbers.ended > 0 ? <p>{t('confirm.ended', { count: numbers.ended })}</p> : null}
      {busy ? <ProgressBar label={t('confirm.running')} /> : null}
    </ConfirmDialog>
  );
}
