import { useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { APPLICATION_STATUSES, type ApplicationStatus } from '../../../shared/funding.enums';
import { Button, EmptyState, PageHeader, Select, Table } from '../../ui/index';
import { QueryState } from '../organisation/QueryState';
import { useDate, useIsSecretariat } from '../plans/PlanParts';
import { useChosenCollaboration, useIsMember } from './CollaborationPicker';
import {
  fundingPages,
  PAGE_SIZE,
  useApplications,
  useOverdue,
  useOverview,
  usePools,
  type ApplicationFilters,
} from './funding.api';
import { formatKroner } from './money-input';
import { NewApplicationDialog, NewPoolDialog } from './FundingDialogs';
import './funding.css';

/** What the collaboration's clusters applied for and won, per cluster and year. */
function OverviewSection({ collaborationId }: { collaborationId: string }) {
  const { t } = useTranslation('funding');
  const overview = useOverview(collaborationId);
  const cell = (ore: number, count: number) =>
    t('overview.amountCount', { amount: formatKroner(ore), count });
  return (
    <section className="funding-section" aria-labelledby="funding-overview">
      <h2 id="funding-overview">{t('overview.title')}</h2>
      <QueryState query={overview} loadingLabel={t('loading')}>
        {(data) =>
          data.rows.length === 0 ? (
            <EmptyState title={t('overview.emptyTitle')}>{t('overview.emptyBody')}</EmptyState>
          ) : (
            <Table caption={t('overview.caption')} captionHidden>
              <thead>
                <tr>
                  <th scope="col">{t('overview.cluster')}</th>
                  <th scope="col">{t('overview.year')}</th>
                  <th scope="col">{t('overview.count')}</th>
                  <th scope="col">{t('overview.applied')}</th>
                  <th scope="col">{t('overview.granted')}</th>
                  <th scope="col">{t('overview.pending')}</th>
                  <th scope="col">{t('overview.refused')}</th>
                </tr>
              </thead>
              <tbody>
                {data.rows.map((r) => (
                  <tr key={`${r.clusterId ?? '-'}-${r.year}`}>
                    <th scope="row">{r.clusterName ?? t('overview.noCluster')}</th>
                    <td>{r.year}</td>
                    <td>{r.count}</td>
                    <td>{cell(r.appliedOre, r.appliedCount)}</td>
                    <td>{cell(r.grantedOre, r.grantedCount)}</td>
                    <td>{cell(r.pendingOre, r.pendingCount)}</td>
                    <td>{cell(r.refusedOre, r.refusedCount)}</td>
                  </tr>
                ))}
              </tbody>
            </Table>
          )
        }
      </QueryState>
    </section>
  );
}

/** Reporting obligations past their due date. */
function OverdueSection({ collaborationId }: { collaborationId: string }) {
  const { t } = useTranslation('funding');
  const overdue = useOverdue(collaborationId);
  const date = useDate();
  return (
    <section className="funding-section" aria-labelledby="funding-overdue">
      <h2 id="funding-overdue">{t('overdue.title')}</h2>
      <QueryState query={overdue} loadingLabel={t('loading')}>
        {(data) =>
          data.items.length === 0 ? (
            <p className="muted">{t('overdue.none')}</p>
          ) : (
            <Table caption={t('overdue.caption')} captionHidden>
              <thead>
                <tr>
                  <th scope="col">{t('overdue.obligation')}</th>
                  <th scope="col">{t('overdue.application')}</th>
                  <th scope="col">{t('applications.cluster')}</th>
                  <th scope="col">{t('overdue.due')}</th>
                </tr>
              </thead>
              <tbody>
                {data.items.map((o) => (
                  <tr key={o.id}>
                    <th scope="row">{o.title}</th>
                    <td>
                      <Link to={fundingPages.application(o.applicationId)}>
                        {o.applicationTitle}
                      </Link>
                    </td>
                    <td>{o.clusterName ?? t('dash')}</td>
                    <td>{date(o.dueDate)}</td>
                  </tr>
                ))}
              </tbody>
            </Table>
          )
        }
      </QueryState>
    </section>
  );
}

/** The paged, filtered list of applications. */
function ApplicationsSection({ collaborationId }: { collaborationId: string }) {
  const { t } = useTranslation('funding');
  const [filters, setFilters] = useState<ApplicationFilters>({ offset: 0 });
  const applications = useApplications(collaborationId, filters);
  const pools = usePools(collaborationId);
  const thisYear = new Date().getFullYear();
  const years = Array.from({ length: 6 }, (_, i) => String(thisYear + 1 - i));
  const set = (patch: Partial<ApplicationFilters>) =>
    setFilters({ ...filters, ...patch, offset: 0 });
  return (
    <section className="funding-section" aria-labelledby="funding-applications">
      <h2 id="funding-applications">{t('applications.title')}</h2>
      <div className="funding-filters">
        <Select
          label={t('applications.status')}
          emptyOption={t('applications.allStatuses')}
          value={filters.status ?? ''}
          options={APPLICATION_STATUSES.map((s) => ({ value: s, label: t(`statuses.${s}`) }))}
          onChange={(e) => set({ status: e.target.value as ApplicationStatus | '' })}
        />
        <Select
          label={t('applications.pool')}
          emptyOption={t('applications.allPools')}
          value={filters.poolId ?? ''}
          options={(pools.data?.items ?? []).map((p) => ({ value: p.id, label: p.title }))}
          onChange={(e) => set({ poolId: e.target.value })}
        />
        <Select
          label={t('applications.year')}
          emptyOption={t('applications.allYears')}
          value={filters.year ?? ''}
          options={years.map((y) => ({ value: y, label: y }))}
          onChange={(e) => set({ year: e.target.value })}
        />
      </div>
      <QueryState query={applications} loadingLabel={t('loading')}>
        {(data) =>
          data.items.length === 0 ? (
            <EmptyState title={t('applications.emptyTitle')}>
              {t('applications.emptyBody')}
            </EmptyState>
          ) : (
            <>
              <Table caption={t('applications.caption')} captionHidden>
                <thead>
                  <tr>
                    <th scope="col">{t('applications.application')}</th>
                    <th scope="col">{t('applications.pool')}</th>
                    <th scope="col">{t('applications.cluster')}</th>
                    <th scope="col">{t('applications.status')}</th>
                    <th scope="col">{t('applications.budget')}</th>
                    <th scope="col">{t('applications.granted')}</th>
                    <th scope="col">{t('applications.year')}</th>
                  </tr>
                </thead>
                <tbody>
                  {data.items.map((a) => (
                    <tr key={a.id}>
                      <th scope="row">
                        <Link to={fundingPages.application(a.id)}>{a.title}</Link>
                      </th>
                      <td>{a.pool.title}</td>
                      <td>{a.clusterName ?? t('dash')}</td>
                      <td>{t(`statuses.${a.status}`)}</td>
                      <td className="funding-amount">{formatKroner(a.totalBudgetOre)}</td>
                      <td className="funding-amount">
                        {a.amountGrantedOre === null ? t('dash') : formatKroner(a.amountGrantedOre)}
                      </td>
                      <td>{a.year}</td>
                    </tr>
                  ))}
                </tbody>
              </Table>
              <div className="funding-pager">
                <span>
                  {t('applications.pageOf', {
                    from: filters.offset + 1,
                    to: filters.offset + data.items.length,
                    total: data.total,
                  })}
                </span>
                <Button
                  size="sm"
                  disabled={filters.offset === 0}
                  onClick={() =>
                    setFilters({ ...filters, offset: Math.max(0, filters.offset - PAGE_SIZE) })
                  }
                >
                  {t('applications.previous')}
                </Button>
                <Button
                  size="sm"
                  disabled={filters.offset + PAGE_SIZE >= data.total}
                  onClick={() => setFilters({ ...filters, offset: filters.offset + PAGE_SIZE })}
                >
                  {t('applications.next')}
                </Button>
              </div>
            </>
          )
        }
      </QueryState>
    </section>
  );
}

/** The collaboration's pools. */
function PoolsSection({ collaborationId }: { collaborationId: string }) {
  const { t } = useTranslation('funding');
  const pools = usePools(collaborationId);
  const date = useDate();
  return (
    <section className="funding-section" aria-labelledby="funding-pools">
      <h2 id="funding-pools">{t('pools.title')}</h2>
      <QueryState query={pools} loadingLabel={t('loading')}>
        {(data) =>
          data.items.length === 0 ? (
            <EmptyState title={t('pools.emptyTitle')}>{t('pools.emptyBody')}</EmptyState>
          ) : (
            <Table caption={t('pools.caption')} captionHidden>
              <thead>
                <tr>
                  <th scope="col">{t('pools.name')}</th>
                  <th scope="col">{t('pools.owner')}</th>
                  <th scope="col">{t('pools.amount')}</th>
                  <th scope="col">{t('pools.deadline')}</th>
                  <th scope="col">{t('pools.criteria')}</th>
                </tr>
              </thead>
              <tbody>
                {data.items.map((p) => (
                  <tr key={p.id}>
                    <th scope="row">{p.title}</th>
                    <td>{p.owner}</td>
                    <td className="funding-amount">{formatKroner(p.amountOre)}</td>
                    <td>{date(p.deadline)}</td>
                    <td>
                      <a href={p.criteriaUrl} target="_blank" rel="noreferrer noopener">
                        {t('pools.criteriaLink')}
                        <span className="visually-hidden">: {p.title}</span>
                      </a>
                    </td>
                  </tr>
                ))}
              </tbody>
            </Table>
          )
        }
      </QueryState>
    </section>
  );
}

/** Joint funding applications of a collaboration: overview, overdue reporting, list, pools. */
export function FundingPage() {
  const { t } = useTranslation('funding');
  const { collaborationId, picker } = useChosenCollaboration();
  const secretariat = useIsSecretariat();
  const member = useIsMember();
  const [dialog, setDialog] = useState<'pool' | 'application' | null>(null);
  return (
    <>
      <PageHeader
        title={t('title')}
        description={<p>{t('intro')}</p>}
        actions={
          collaborationId ? (
            <>
              {secretariat ? (
                <Button onClick={() => setDialog('pool')}>{t('pools.new')}</Button>
              ) : null}
              {member ? (
                <Button variant="primary" onClick={() => setDialog('application')}>
                  {t('applications.new')}
                </Button>
              ) : null}
            </>
          ) : undefined
        }
      />
      {picker}
      {collaborationId ? (
        <>
          <NewPoolDialog
            collaborationId={collaborationId}
            open={dialog === 'pool'}
            onClose={() => setDialog(null)}
          />
          <NewApplicationDialog
            collaborationId={collaborationId}
            open={dialog === 'application'}
            onClose={() => setDialog(null)}
          />
          <OverviewSection collaborationId={collaborationId} />
          <OverdueSection collaborationId={collaborationId} />
          <ApplicationsSection collaborationId={collaborationId} />
          <PoolsSection collaborationId={collaborationId} />
        </>
      ) : (
        <EmptyState title={t('noCollaborations')} />
      )}
    </>
  );
}
