import { useTranslation } from 'react-i18next';
import type { MeetingDetail } from '../../../shared/meetings.contract';
import { Button, EmptyState, Table } from '../../ui/index';
import { useMeetingHistory } from './meetings.api';
import { QueryBlock } from './QueryBlock';
import { useMeetingFormat } from './use-format';

/**
 * The meeting's history, newest first: every change to the meeting and its participants told
 * in plain words, an automatic participants sync (after a seat changed hands) marked as such.
 */
export function HistorySection({ meeting }: { meeting: MeetingDetail }) {
  const { t } = useTranslation('meetings');
  const format = useMeetingFormat();
  const history = useMeetingHistory(meeting.id);
  return (
    <QueryBlock query={history} loadingLabel={t('history.loading')}>
      {(data) => {
        const items = data.pages.flatMap((page) => page.items);
        if (items.length === 0) return <EmptyState title={t('history.empty')} />;
        return (
          <div className="stack">
            <p className="muted">{t('history.intro')}</p>
            <Table caption={t('history.caption')}>
              <thead>
                <tr>
                  <th scope="col">{t('history.columns.at')}</th>
                  <th scope="col">{t('history.columns.what')}</th>
                  <th scope="col">{t('history.columns.by')}</th>
                </tr>
              </thead>
              <tbody>
                {items.map((entry) => (
                  <tr key={entry.id} data-automatic={entry.automatic || undefined}>
                    <td>{format.dateTimeCompact(entry.at)}</td>
                    <td>
                      {entry.automatic ? <strong>{t('history.automatic')}: </strong> : null}
                      {entry.message[format.language]}
                    </td>
                    <td>{entry.actorName}</td>
                  </tr>
                ))}
              </tbody>
            </Table>
            {history.hasNextPage ? (
              <div>
                <Button
                  busy={history.isFetchingNextPage}
                  onClick={() => void history.fetchNextPage()}
                >
                  {t('history.more')}
                </Button>
              </div>
            ) : null}
          </div>
        );
      }}
    </QueryBlock>
  );
}
