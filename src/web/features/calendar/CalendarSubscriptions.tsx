import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CalendarFeed } from '../../../shared/calendar-feeds.contract';
import { useErrorText } from '../../app/errors';
import { Button, ConfirmDialog, Table, useToast } from '../../ui/index';
import { QueryBlock } from '../meetings/QueryBlock';
import { useMeetingFormat } from '../meetings/use-format';
import { useCalendarFeeds, useRevokeCalendarFeed } from './calendar-feeds.api';
import { SubscribeButton } from './SubscribeButton';

/** Revokes one subscription after a confirmation. */
function RevokeDialog({ feed, onClose }: { feed: CalendarFeed; onClose: () => void }) {
  const { t } = useTranslation('meetings');
  const toast = useToast();
  const errorText = useErrorText();
  const revoke = useRevokeCalendarFeed();
  return (
    <ConfirmDialog
      open
      title={t('subscriptions.revokeTitle')}
      confirmLabel={t('subscriptions.revoke')}
      busy={revoke.isPending}
      error={revoke.isError ? errorText(revoke.error) : null}
      onCancel={onClose}
      onConfirm={() =>
        revoke.mutate(feed.id, {
          onSuccess: () => {
            toast.show(t('subscriptions.revoked'));
            onClose();
          },
        })
      }
    >
      <p>{t('subscriptions.revokeBody', { name: feed.label })}</p>
    </ConfirmDialog>
  );
}

/** The subscriptions as a table, each with "Tilbagekald". */
function FeedTable({
  items,
  onRevoke,
}: {
  items: CalendarFeed[];
  onRevoke: (f: CalendarFeed) => void;
}) {
  const { t } = useTranslation('meetings');
  const format = useMeetingFormat();
  return (
    <Table caption={t('subscriptions.caption')}>
      <thead>
        <tr>
          <th scope="col">{t('subscriptions.columns.name')}</th>
          <th scope="col">{t('subscriptions.columns.kind')}</th>
          <th scope="col">{t('subscriptions.columns.created')}</th>
          <th scope="col">
            <span className="visually-hidden">{t('subscriptions.columns.actions')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {items.map((f) => (
          <tr key={f.id}>
            <th scope="row">{f.label}</th>
            <td>
              {f.feed === 'person'
                ? t('subscriptions.kinds.person')
                : t('subscriptions.kinds.forum', { forum: f.forumName ?? f.label })}
            </td>
            <td className="mtg-when">{format.dateTime(f.createdAt)}</td>
            <td>
              <Button
                size="sm"
                variant="danger"
                aria-label={t('subscriptions.revokeNamed', { name: f.label })}
                onClick={() => onRevoke(f)}
              >
                {t('subscriptions.revoke')}
              </Button>
            </td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}

/**
 * "Mine kalenderabonnementer": the user's subscription addresses (never shown again after
 * creation), with "Tilbagekald" behind a confirmation, and a way to subscribe to one's own
 * meetings.
 */
export function CalendarSubscriptions() {
  const { t } = useTranslation('meetings');
  const feeds = useCalendarFeeds();
  const [revoking, setRevoking] = useState<CalendarFeed | null>(null);
  return (
    <section className="mtg-section stack" aria-labelledby="calendar-subscriptions" id="kalender">
      <h2 id="calendar-subscriptions">{t('subscriptions.heading')}</h2>
      <p className="muted">{t('subscriptions.intro')}</p>
      <QueryBlock query={feeds} loadingLabel={t('subscriptions.loading')}>
        {(data) =>
          data.items.length === 0 ? (
            <p className="muted">{t('subscriptions.empty')}</p>
          ) : (
            <FeedTable items={data.items} onRevoke={setRevoking} />
          )
        }
      </QueryBlock>
      <div className="button-row">
        <SubscribeButton target={{ feed: 'person' }} />
      </div>
      {revoking ? <RevokeDialog feed={revoking} onClose={() => setRevoking(null)} /> : null}
    </section>
  );
}
