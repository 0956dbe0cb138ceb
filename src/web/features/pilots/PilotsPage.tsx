import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { buttonClass, Button, EmptyState, PageHeader, Select, Table } from '../../ui/index';
import { useStartingCollaboration } from '../meetings/org-lookup.api';
import { QueryState } from '../organisation/QueryState';
import { useDate, useIsSecretariat } from '../plans/PlanParts';
import { usePilots } from './pilots.api';
import './pilots.css';

/** A collaboration's pilot projects, newest first, paged; a link to record a new one. */
export function PilotsPage() {
  const { t } = useTranslation('pilots');
  const [params, setParams] = useSearchParams();
  const { items, startId } = useStartingCollaboration();
  const collaborationId = params.get('collaborationId') ?? (startId || undefined);
  const page = Math.max(1, Number(params.get('page') ?? '1') || 1);
  const pilots = usePilots(collaborationId, page);
  const date = useDate();
  const secretariat = useIsSecretariat();
  const go = (next: Record<string, string>) =>
    setParams({ ...(collaborationId ? { collaborationId } : {}), ...next });

  return (
    <>
      <PageHeader
        title={t('title')}
        description={<p>{t('intro')}</p>}
        actions={
          secretariat && collaborationId ? (
            <Link
              className={buttonClass('primary')}
              to={`/pilots/new?collaborationId=${collaborationId}`}
            >
              {t('newPilot')}
            </Link>
          ) : undefined
        }
      />
      <div className="pilot-filters">
        <Select
          label={t('collaboration')}
          value={collaborationId ?? ''}
          onChange={(e) => setParams({ collaborationId: e.target.value })}
          options={items.map((c) => ({ value: c.entityId, label: c.name }))}
        />
      </div>
      {collaborationId ? (
        <QueryState query={pilots} loadingLabel={t('loading')}>
          {(data) => {
            if (data.items.length === 0) return <EmptyState title={t('empty')} />;
            const pages = Math.max(1, Math.ceil(data.total / data.pageSize));
            return (
              <>
                <p className="muted">{t('total', { count: data.total })}</p>
                <Table caption={t('title')} captionHidden>
                  <thead>
                    <tr>
                      <th scope="col">{t('columns.title')}</th>
                      <th scope="col">{t('columns.forum')}</th>
                      <th scope="col">{t('columns.theme')}</th>
                      <th scope="col">{t('columns.period')}</th>
                      <th scope="col">{t('columns.status')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {data.items.map((p) => (
                      <tr key={p.id}>
                        <th scope="row">
                          <Link to={`/pilots/${p.id}`}>{p.title}</Link>
                        </th>
                        <td>
                          {p.forumName}
                          {p.clusterName ? ` (${p.clusterName})` : ''}
                        </td>
                        <td>{p.theme ?? ''}</td>
                        <td>
                          {date(p.periodFrom)} – {date(p.periodTo)}
                        </td>
                        <td>
                          {p.outcome
                            ? t(`outcomes.${p.outcome}`)
                            : t(`status.${p.evaluated ? 'evaluated' : 'underway'}`)}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </Table>
                {pages > 1 ? (
                  <nav className="button-row" aria-label={t('pageOf', { page, pages })}>
                    <Button disabled={page <= 1} onClick={() => go({ page: String(page - 1) })}>
                      {t('previous')}
                    </Button>
                    <span>{t('pageOf', { page, pages })}</span>
                    <Button disabled={page >= pages} onClick={() => go({ page: String(page + 1) })}>
                      {t('next')}
                    </Button>
                  </nav>
                ) : null}
              </>
            );
          }}
        </QueryState>
      ) : (
        <EmptyState title={t('chooseCollaboration')} />
      )}
    </>
  );
}
