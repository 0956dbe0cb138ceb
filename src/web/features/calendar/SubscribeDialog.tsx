import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CreateCalendarFeedRequest } from '../../../shared/calendar-feeds.contract';
import { useErrorText } from '../../app/errors';
import { Alert, Button, buttonClass, Dialog, TextField, useToast } from '../../ui/index';
import { useCreateCalendarFeed } from './calendar-feeds.api';
import { feedLinks } from './feed-links';

/** What to subscribe to: the user's own meetings, or one forum's. */
export type SubscribeTarget = { feed: 'person' } | { feed: 'forum'; forumId: string; name: string };

/** Props of {@link SubscribeDialog}. */
export interface SubscribeDialogProps {
  target: SubscribeTarget;
  onClose: () => void;
}

/** The new address with its copy button and the links that open it in Outlook. */
function NewAddress({ path, name }: { path: string; name: string }) {
  const { t } = useTranslation('meetings');
  const toast = useToast();
  const [copied, setCopied] = useState(false);
  const links = feedLinks(window.location.origin, path, name);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(links.address);
      setCopied(true);
      toast.show(t('subscribe.copied'));
    } catch {
      toast.show(t('subscribe.copyFailed'), 'error');
    }
  };
  return (
    <div className="stack">
      <TextField
        label={t('subscribe.address')}
        hint={t('subscribe.addressHint')}
        value={links.address}
        readOnly
        onFocus={(e) => e.target.select()}
      />
      <div className="button-row">
        <Button variant="primary" onClick={() => void copy()}>
          {copied ? t('subscribe.copiedShort') : t('subscribe.copy')}
        </Button>
        <a className={buttonClass('secondary')} href={links.webcal}>
          {t('subscribe.openOutlook')}
        </a>
        <a
          className={buttonClass('secondary')}
          href={links.outlookWeb}
          target="_blank"
          rel="noopener noreferrer"
        >
          {t('subscribe.openOutlookWeb')}
        </a>
      </div>
      <p className="muted">{t('subscribe.howTo')}</p>
    </div>
  );
}

/**
 * "Abonnér i Outlook": explains what a subscription is, makes a personal address on request
 * (audited on the server) and shows it this once, with copy and "open in Outlook".
 */
export function SubscribeDialog({ target, onClose }: SubscribeDialogProps) {
  const { t } = useTranslation(['meetings', 'common']);
  const errorText = useErrorText();
  const create = useCreateCalendarFeed();
  const name = target.feed === 'person' ? t('subscribe.mine') : target.name;
  const request: CreateCalendarFeedRequest =
    target.feed === 'person' ? { feed: 'person' } : { feed: 'forum', forumId: target.forumId };
  const created = create.data;
  return (
    <Dialog
      open
      title={t('subscribe.title', { name })}
      onClose={onClose}
      footer={
        created ? (
          <Button onClick={onClose}>{t('subscribe.done')}</Button>
        ) : (
          <>
            <Button onClick={onClose}>{t('common:actions.cancel')}</Button>
            <Button
              variant="primary"
              busy={create.isPending}
              onClick={() => create.mutate(request)}
            >
              {t('subscribe.create')}
            </Button>
          </>
        )
      }
    >
      <div className="stack">
        <p>{t('subscribe.intro')}</p>
        {create.isError ? <Alert tone="error">{errorText(create.error)}</Alert> : null}
        {created ? <NewAddress path={created.path} name={created.feed.label} /> : null}
      </div>
    </Dialog>
  );
}
