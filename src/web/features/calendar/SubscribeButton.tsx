import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/index';
import { SubscribeDialog, type SubscribeTarget } from './SubscribeDialog';

/** Props of {@link SubscribeButton}. */
export interface SubscribeButtonProps {
  target: SubscribeTarget;
  variant?: 'primary' | 'secondary';
}

/** "Abonnér i Outlook": opens the subscription dialog for a forum, or for the user's meetings. */
export function SubscribeButton({ target, variant = 'secondary' }: SubscribeButtonProps) {
  const { t } = useTranslation('meetings');
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button variant={variant} onClick={() => setOpen(true)}>
        {target.feed === 'person' ? t('subscribe.openMine') : t('subscribe.open')}
      </Button>
      {open ? <SubscribeDialog target={target} onClose={() => setOpen(false)} /> : null}
    </>
  );
}
