import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../app/errors';
import { Alert, Button, EmptyState, LoadingBlock, PageHeader } from '../../ui/index';
import { useUsers } from '../users/users.api';
import { AuditFilterForm } from './AuditFilterForm';
import { AuditTable } from './AuditTable';
import { useAuditFacets, useAuditLog } from './audit.api';
import { filtersFromParams, filtersToParams, type AuditFilters } from './audit-filters';
import './audit.css';

/** The audit log (admins): filter, read, expand an entry, and page back in time. */
export function AuditPage() {
  const { t } = useTranslation(['audit', 'common']);
  const errorText = useErrorText();
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => filtersFromParams(params), [params]);
  const users = useUsers();
  const facets = useAuditFacets();
  const log = useAuditLog(filters);

  const usersById = useMemo(() => new Map((users.data ?? []).map((u) => [u.id, u])), [users.data]);
  const entries = useMemo(() => log.data?.pages.flatMap((p) => p.items) ?? [], [log.data]);
  const apply = (next: AuditFilters) => setParams(filtersToParams(next));

  return (
    <>
      <PageHeader title={t('title')} description={<p>{t('intro')}</p>} />
      <AuditFilterForm
        value={filters}
        users={users.data ?? []}
        facets={facets.data}
        onApply={apply}
      />
      <section className="audit-results" aria-labelledby="audit-results-heading">
        <h2 id="audit-results-heading" className="visually-hidden">
          {t('table.caption')}
        </h2>
        <p className="audit-count" role="status">
          {log.data ? t('count', { count: entries.length }) : ''}
        </p>
        {log.isPending && log.fetchStatus !== 'idle' ? <LoadingBlock /> : null}
        {log.isError ? (
          <Alert
            tone="error"
            title={t('common:errors.title')}
            action={<Button onClick={() => void log.refetch()}>{t('common:actions.retry')}</Button>}
          >
            {errorText(log.error)}
          </Alert>
        ) : null}
        {log.data && entries.length === 0 ? (
          <EmptyState title={t('empty.title')}>
            <p>{t('empty.body')}</p>
          </EmptyState>
        ) : null}
        {entries.length > 0 ? <AuditTable entries={entries} usersById={usersById} /> : null}
        {entries.length > 0 ? (
          <div className="audit-more">
            {log.hasNextPage ? (
              <Button busy={log.isFetchingNextPage} onClick={() => void log.fetchNextPage()}>
                {log.isFetchingNextPage ? t('loadingMore') : t('loadMore')}
              </Button>
            ) : (
              <p className="muted">{t('allShown')}</p>
            )}
            {log.isFetchNextPageError ? <Alert tone="error">{errorText(log.error)}</Alert> : null}
          </div>
        ) : null}
      </section>
    </>
  );
}
