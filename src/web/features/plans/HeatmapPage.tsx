import { useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Heatmap, HeatmapQuery } from '../../../shared/plan-rounds.contract';
import type { GoalNode } from '../../../shared/plans.contract';
import { INITIATIVE_LEVELS, type InitiativeLevel } from '../../../shared/plans.enums';
import { Alert, buttonClass, EmptyState, Select, Table } from '../../ui/index';
import { QueryState } from '../organisation/QueryState';
import {
  averageScore,
  countDegrees,
  degreeVisual,
  heatmapDegree,
  orderRows,
  type RowOrder,
} from './heatmap';
import { PlanHeader } from './PlanHeader';
import { DegreeLegend, useDate, useDegreeText, useIsSecretariat, usePlanId } from './PlanParts';
import { useHeatmap, usePlan, useProgress, useRounds } from './plans.api';
import { apiHref, planApi, planPages } from './plans.paths';
import './plans.css';

function flatten(goals: readonly GoalNode[]): GoalNode[] {
  return goals.flatMap((g) => [g, ...flatten(g.children)]);
}

/** The heatmap's table: a row per municipality, a column per initiative, a cell per degree. */
function HeatmapTable({ data, order, planId }: { data: Heatmap; order: RowOrder; planId: string }) {
  const { t } = useTranslation('plansUi');
  const text = useDegreeText(data.scale);
  const rows = orderRows(data.parties, data.cells, data.scale, order);
  return (
    <Table caption={t('heatmap.caption')} className="plan-heatmap">
      <thead>
        <tr>
          <th scope="col">{t('heatmap.party')}</th>
          {data.initiatives.map((i) => (
            <th key={i.id} scope="col" className="plan-heatmap-col">
              <Link to={planPages.initiative(planId, i.id)} title={i.title}>
                {i.number}
                <span className="visually-hidden"> {i.title}</span>
              </Link>
            </th>
          ))}
          <th scope="col">{t('heatmap.average')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => {
          const party = data.parties[r];
          const cells = data.cells[r] ?? '';
          if (!party) return null;
          const avg = averageScore(data.scale, cells);
          return (
            <tr key={party.id}>
              <th scope="row">
                <Link to={planPages.profile(planId, party.id)}>{party.name}</Link>
              </th>
              {data.initiatives.map((i, c) => {
                const degree = heatmapDegree(data.scale, cells, c);
                const visual = degreeVisual(data.scale, degree);
                const label = text(degree);
                return (
                  <td
                    key={i.id}
                    className={`plan-cell ${visual.className}`}
                    title={t('heatmap.cellLabel', {
                      party: party.name,
                      number: i.number,
                      degree: label,
                    })}
                    data-degree={degree ?? ''}
                  >
                    <span aria-hidden="true">{visual.glyph}</span>
                    <span className="visually-hidden">{label}</span>
                  </td>
                );
              })}
              <td>{avg ?? t('dash')}</td>
            </tr>
          );
        })}
      </tbody>
    </Table>
  );
}

/**
 * The heatmap: municipalities × initiatives, each cell a degree in colour, glyph and words; filter
 * by goal, level and cluster; as of any closed round (the secretariat also sees the open one live).
 */
export function HeatmapPage() {
  const { t } = useTranslation('plansUi');
  const planId = usePlanId();
  const [query, setQuery] = useState<Partial<HeatmapQuery>>({});
  const [order, setOrder] = useState<RowOrder>('name');
  const heatmap = useHeatmap(planId, query);
  const plan = usePlan(planId);
  const rounds = useRounds(planId);
  const progress = useProgress(planId);
  const secretariat = useIsSecretariat();
  const date = useDate();
  const roundOptions = (rounds.data?.items ?? [])
    .filter((r) => r.status === 'closed' || secretariat)
    .map((r) => ({
      value: r.id,
      label: `${r.title} (${t(`roundStatuses.${r.status}`)})`,
    }));
  const set = (patch: Partial<HeatmapQuery>) => {
    const next = { ...query, ...patch };
    for (const key of Object.keys(next) as (keyof HeatmapQuery)[]) {
      if (!next[key]) delete next[key];
    }
    setQuery(next);
  };

  return (
    <>
      <PlanHeader
        planId={planId}
        title={t('heatmap.title')}
        description={<p>{t('heatmap.intro')}</p>}
        actions={
          <a
            className={buttonClass('secondary')}
            href={apiHref(planApi.heatmapExport(planId), { ...query })}
            download
          >
            {t('heatmap.exportXlsx')}
          </a>
        }
      />
      <fieldset className="plan-filters">
        <legend className="visually-hidden">{t('overview.filters')}</legend>
        <Select
          label={t('heatmap.round')}
          emptyOption={t('heatmap.latestClosed')}
          value={query.roundId ?? ''}
          options={roundOptions}
          onChange={(e) => set({ roundId: e.target.value })}
        />
        <Select
          label={t('heatmap.goal')}
          emptyOption={t('heatmap.anyGoal')}
          value={query.goalId ?? ''}
          options={flatten(plan.data?.goals ?? []).map((g) => ({
            value: g.id,
            label: `${g.code} ${g.title}`,
          }))}
          onChange={(e) => set({ goalId: e.target.value })}
        />
        <Select
          label={t('heatmap.level')}
          emptyOption={t('heatmap.anyLevel')}
          value={query.level ?? ''}
          options={INITIATIVE_LEVELS.map((l) => ({ value: l, label: t(`levels.${l}`) }))}
          onChange={(e) => set({ level: e.target.value as InitiativeLevel })}
        />
        <Select
          label={t('heatmap.cluster')}
          emptyOption={t('heatmap.anyCluster')}
          value={query.clusterId ?? ''}
          options={(progress.data?.clusters ?? []).map((c) => ({
            value: c.clusterId,
            label: c.name,
          }))}
          onChange={(e) => set({ clusterId: e.target.value })}
        />
        <Select
          label={t('heatmap.order')}
          value={order}
          options={[
            { value: 'name', label: t('heatmap.orderName') },
            { value: 'progress', label: t('heatmap.orderProgress') },
          ]}
          onChange={(e) => setOrder(e.target.value as RowOrder)}
        />
      </fieldset>
      <QueryState query={heatmap} loadingLabel={t('loading')}>
        {(data) => {
          return (
            <>
              <p aria-live="polite">
                {data.round
                  ? t('heatmap.asOf', {
                      title: data.round.title,
                      deadline: date(data.round.deadline),
                    })
                  : t('heatmap.noRound')}
              </p>
              {data.live ? <Alert tone="warning">{t('heatmap.live')}</Alert> : null}
              <DegreeLegend scale={data.scale} counts={countDegrees(data.scale, data.cells)} />
              {data.parties.length === 0 || data.initiatives.length === 0 ? (
                <EmptyState title={t('heatmap.empty')} />
              ) : (
                <HeatmapTable data={data} order={order} planId={planId} />
              )}
            </>
          );
        }}
      </QueryState>
    </>
  );
}
