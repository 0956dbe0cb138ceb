import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Rollup } from '../../../shared/plan-rounds.contract';
import { EmptyState, Select, Table } from '../../ui/index';
import { BarChart } from '../organisation/BarChart';
import { QueryState } from '../organisation/QueryState';
import '../organisation/organisation.css';
import { LineChart } from './LineChart';
import { PlanHeader } from './PlanHeader';
import { useDate, useShortDate, useIsSecretariat, usePlanId } from './PlanParts';
import { useProgress, useRounds, useTrend } from './plans.api';
import './plans.css';

interface Row extends Rollup {
  id: string;
  name: string;
}

/** Rollups as a bar chart (an image with title) and the same figures in a table. */
function RollupBlock({ heading, rows }: { heading: string; rows: readonly Row[] }) {
  const { t } = useTranslation('plansUi');
  const id = `rollup-${heading.replace(/\W+/g, '-')}`;
  return (
    <section className="plan-section" aria-labelledby={id}>
      <h2 id={id}>{heading}</h2>
      <BarChart
        title={t('progress.chartTitle', { what: heading })}
        description={t('progress.chartDesc')}
        flagLabel=""
        bars={rows.map((r) => ({ id: r.id, label: r.name, value: r.average ?? 0 }))}
      />
      <Table caption={heading} captionHidden>
        <thead>
          <tr>
            <th scope="col">{t('progress.name')}</th>
            <th scope="col">{t('progress.average')}</th>
            <th scope="col">{t('progress.counted')}</th>
            <th scope="col">{t('progress.total')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id}>
              <th scope="row">{r.name}</th>
              <td>{r.average === null ? t('progress.noScore') : Math.round(r.average)}</td>
              <td>{r.counted}</td>
              <td>{r.total}</td>
            </tr>
          ))}
        </tbody>
      </Table>
    </section>
  );
}

/** Progress per goal, cluster and the whole area as of a round, and the trend across rounds. */
export function ProgressPage() {
  const { t } = useTranslation('plansUi');
  const planId = usePlanId();
  const [roundId, setRoundId] = useState('');
  const progress = useProgress(planId, roundId || undefined);
  const trend = useTrend(planId);
  const rounds = useRounds(planId);
  const secretariat = useIsSecretariat();
  const date = useDate();
  const shortDate = useShortDate();
  return (
    <>
      <PlanHeader
        planId={planId}
        title={t('progress.title')}
        description={<p>{t('progress.intro')}</p>}
      />
      <div className="plan-filters">
        <Select
          label={t('progress.round')}
          emptyOption={t('heatmap.latestClosed')}
          value={roundId}
          options={(rounds.data?.items ?? [])
            .filter((r) => r.status === 'closed' || secretariat)
            .map((r) => ({ value: r.id, label: `${r.title} (${t(`roundStatuses.${r.status}`)})` }))}
          onChange={(e) => setRoundId(e.target.value)}
        />
      </div>
      <QueryState query={progress} loadingLabel={t('loading')}>
        {(data) => (
          <>
            <p className="plan-big">
              {t('progress.region')}:{' '}
              <strong>
                {data.region.average === null
                  ? t('progress.noScore')
                  : Math.round(data.region.average)}
              </strong>
            </p>
            {data.live ? <p className="muted">{t('heatmap.live')}</p> : null}
            <RollupBlock
              heading={t('progress.byGoal')}
              rows={data.goals.map((g) => ({
                ...g,
                id: g.goalId ?? g.code,
                name: `${g.code} ${g.title}`,
              }))}
            />
            {data.clusters.length > 0 ? (
              <RollupBlock
                heading={t('progress.byCluster')}
                rows={data.clusters.map((c) => ({ ...c, id: c.clusterId, name: c.name }))}
              />
            ) : null}
          </>
        )}
      </QueryState>
      <section className="plan-section" aria-labelledby="plan-trend">
        <h2 id="plan-trend">{t('progress.trend')}</h2>
        <QueryState query={trend} loadingLabel={t('loading')}>
          {(data) =>
            data.rounds.length === 0 ? (
              <EmptyState title={t('progress.emptyTrend')} />
            ) : (
              <>
                <LineChart
                  title={t('progress.trendTitle')}
                  description={t('progress.trendDesc')}
                  labels={data.rounds.map((r) => shortDate(r.closedOn ?? r.deadline))}
                  fixedRange={[0, 100]}
                  lines={[
                    {
                      id: 'average',
                      label: t('progress.region'),
                      values: data.rounds.map((r) =>
                        r.average === null ? null : Math.round(r.average),
                      ),
                      emphasis: true,
                    },
                  ]}
                />
                <Table caption={t('progress.trendTitle')} captionHidden>
                  <thead>
                    <tr>
                      <th scope="col">{t('progress.roundTitle')}</th>
                      <th scope="col">{t('progress.closedOn')}</th>
                      <th scope="col">{t('progress.average')}</th>
                      <th scope="col">{t('progress.counted')}</th>
                      <th scope="col">{t('progress.burden')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {data.rounds.map((r) => (
                      <tr key={r.roundId}>
                        <th scope="row">{r.title}</th>
                        <td>{date(r.closedOn) || t('dash')}</td>
                        <td>
                          {r.average === null ? t('progress.noScore') : Math.round(r.average)}
                        </td>
                        <td>{r.counted}</td>
                        <td>{r.burden}</td>
                      </tr>
                    ))}
                  </tbody>
                </Table>
              </>
            )
          }
        </QueryState>
      </section>
    </>
  );
}
