import { useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { GoalNode, PlanDetail } from '../../../shared/plans.contract';
import { INITIATIVE_LEVELS, type InitiativeLevel } from '../../../shared/plans.enums';
import { buttonClass, EmptyState, LoadingBlock, Select, Table } from '../../ui/index';
import { QueryState } from '../organisation/QueryState';
import { PlanHeader } from './PlanHeader';
import { CursorPager, useDate, useIsSecretariat, usePlanId } from './PlanParts';
import { SnapshotButton } from './SnapshotDialog';
import { useInitiatives, usePlan, useProgress, type InitiativeFilters } from './plans.api';
import { apiHref, planApi, planPages } from './plans.paths';
import { GoalEditor } from './edit/GoalDialogs';
import { NewInitiativeButton } from './edit/InitiativeDialogs';
import { PlanEditBar } from './edit/PlanDialogs';
import './plans.css';

type GoalRollups = Map<string, number | null>;

/** The goal tree as nested lists, each goal with its progress (text and a bar). */
function GoalTree({ goals, rollups }: { goals: readonly GoalNode[]; rollups: GoalRollups }) {
  const { t } = useTranslation(['plansUi', 'plans']);
  if (goals.length === 0) return null;
  return (
    <ul className="plan-goals">
      {goals.map((goal) => {
        const average = rollups.get(goal.id) ?? null;
        return (
          <li key={goal.id}>
            <div className="plan-goal">
              <span className="plan-goal-code">{goal.code}</span>{' '}
              <span className="plan-goal-title">{goal.title}</span>{' '}
              <span className="muted">({t(`plans:goalLevels.${goal.level}`)})</span>
              {rollups.has(goal.id) ? (
                <span className="plan-goal-progress">
                  {average === null ? (
                    t('overview.noProgress')
                  ) : (
                    <>
                      <span className="plan-meter" aria-hidden="true">
                        <span style={{ width: `${average}%` }} />
                      </span>{' '}
                      {t('overview.goalProgress', { average })}
                    </>
                  )}
                </span>
              ) : null}
            </div>
            <GoalTree goals={goal.children} rollups={rollups} />
          </li>
        );
      })}
    </ul>
  );
}

function flatten(goals: readonly GoalNode[]): GoalNode[] {
  return goals.flatMap((g) => [g, ...flatten(g.children)]);
}

/** The initiatives with filters by goal and level, paged by cursor. */
function Initiatives({ plan }: { plan: PlanDetail }) {
  const { t } = useTranslation(['plansUi', 'plans']);
  const secretariat = useIsSecretariat();
  const [filters, setFilters] = useState<Omit<InitiativeFilters, 'cursor'>>({});
  const [cursors, setCursors] = useState<string[]>([]);
  const cursor = cursors.at(-1);
  const query = useInitiatives(plan.id, { ...filters, cursor, limit: 25 });
  const goals = flatten(plan.goals);
  const goalCode = new Map(goals.map((g) => [g.id, g.code]));
  const setFilter = (next: Omit<InitiativeFilters, 'cursor'>) => {
    setFilters(next);
    setCursors([]);
  };
  return (
    <section className="plan-section" aria-labelledby="plan-initiatives">
      <h2 id="plan-initiatives">{t('overview.initiatives')}</h2>
      {secretariat ? <NewInitiativeButton plan={plan} /> : null}
      <fieldset className="plan-filters">
        <legend>{t('overview.filters')}</legend>
        <Select
          label={t('overview.goal')}
          emptyOption={t('overview.anyGoal')}
          value={filters.goalId ?? ''}
          options={goals.map((g) => ({ value: g.id, label: `${g.code} ${g.title}` }))}
          onChange={(e) => setFilter({ ...filters, goalId: e.target.value || undefined })}
        />
        <Select
          label={t('overview.level')}
          emptyOption={t('overview.anyLevel')}
          value={filters.level ?? ''}
          options={INITIATIVE_LEVELS.map((l) => ({ value: l, label: t(`plans:levels.${l}`) }))}
          onChange={(e) =>
            setFilter({
              ...filters,
              level: (e.target.value || undefined) as InitiativeLevel | undefined,
            })
          }
        />
      </fieldset>
      <QueryState query={query} loadingLabel={t('loading')}>
        {(data) =>
          data.items.length === 0 ? (
            <EmptyState title={t('overview.emptyInitiatives')} />
          ) : (
            <>
              <Table caption={t('overview.initiativesCaption', { page: cursors.length + 1 })}>
                <thead>
                  <tr>
                    <th scope="col">{t('overview.number')}</th>
                    <th scope="col">{t('overview.initiative')}</th>
                    <th scope="col">{t('overview.goal')}</th>
                    <th scope="col">{t('overview.level')}</th>
                    <th scope="col">{t('overview.payer')}</th>
                    <th scope="col">{t('overview.yearPriorities')}</th>
                  </tr>
                </thead>
                <tbody>
                  {data.items.map((i) => (
                    <tr key={i.id}>
                      <td>{i.number}</td>
                      <th scope="row">
                        <Link to={planPages.initiative(plan.id, i.id)}>{i.title}</Link>
                      </th>
                      <td>{i.goalId ? (goalCode.get(i.goalId) ?? '') : t('dash')}</td>
                      <td>{t(`plans:levels.${i.level}`)}</td>
                      <td>{i.payer || t('dash')}</td>
                      <td>
                        {i.yearPriorities.length
                          ? i.yearPriorities
                              .map((p) => `${p.year}: ${t(`plans:yearPriorities.${p.priority}`)}`)
                              .join(', ')
                          : t('dash')}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </Table>
              <CursorPager
                page={cursors.length + 1}
                hasNext={data.nextCursor !== null}
                busy={query.isFetching}
                onPrevious={() => setCursors(cursors.slice(0, -1))}
                onNext={() => data.nextCursor && setCursors([...cursors, data.nextCursor])}
              />
            </>
          )
        }
      </QueryState>
    </section>
  );
}

/** A plan's overview: facts, owners over time, the goal tree with progress, the initiatives. */
export function PlanPage() {
  const { t } = useTranslation(['plansUi', 'plans']);
  const planId = usePlanId();
  const plan = usePlan(planId);
  const progress = useProgress(planId);
  const date = useDate();
  const secretariat = useIsSecretariat();
  const rollups: GoalRollups = new Map(
    (progress.data?.goals ?? []).flatMap((g) => (g.goalId ? [[g.goalId, g.average] as const] : [])),
  );
  return (
    <>
      <PlanHeader
        planId={planId}
        actions={
          <>
            <a
              className={buttonClass('secondary')}
              href={apiHref(planApi.planExport(planId))}
              download
            >
              {t('overview.exportXlsx')}
            </a>
            <a className={buttonClass('secondary')} href={apiHref(planApi.report(planId))} download>
              {t('overview.reportPdf')}
            </a>
            {secretariat && plan.data ? <SnapshotButton plan={plan.data} /> : null}
          </>
        }
      />
      <QueryState query={plan} loadingLabel={t('loading')}>
        {(data) => (
          <>
            <section className="plan-section" aria-labelledby="plan-facts">
              <h2 id="plan-facts">{t('overview.facts')}</h2>
              {data.description ? <p>{data.description}</p> : null}
              <dl className="plan-facts">
                <dt>{t('overview.status')}</dt>
                <dd>
                  {t(`plans:statuses.${data.status}`)}
                  {data.adoptedOn ? ` (${t('overview.adoptedOn')} ${date(data.adoptedOn)})` : ''}
                </dd>
                <dt>{t('overview.owner')}</dt>
                <dd>{data.ownerForumName ?? t('dash')}</dd>
                <dt>{t('overview.period')}</dt>
                <dd>
                  {date(data.periodFrom)} –{' '}
                  {data.periodTo ? date(data.periodTo) : t('overview.openEnded')}
                </dd>
                <dt>{t('list.kind')}</dt>
                <dd>{t(`plans:kinds.${data.kind}`)}</dd>
              </dl>
              {secretariat ? <PlanEditBar plan={data} /> : null}
              <p>
                {t('overview.counts', {
                  goals: data.counts.goals,
                  initiatives: data.counts.initiatives,
                  late: data.counts.lateMilestones,
                })}
              </p>
              {data.owners.length > 1 ? (
                <>
                  <h3>{t('overview.ownerHistory')}</h3>
                  <ul>
                    {data.owners.map((o) => (
                      <li key={`${o.forumId}-${o.validFrom}`}>
                        {o.forumName ?? t('dash')}: {date(o.validFrom)} –{' '}
                        {o.validTo ? date(o.validTo) : t('overview.openEnded')}
                      </li>
                    ))}
                  </ul>
                </>
              ) : null}
            </section>
            <section className="plan-section" aria-labelledby="plan-goals">
              <h2 id="plan-goals">{t('overview.goals')}</h2>
              {progress.isPending ? <LoadingBlock label={t('loading')} /> : null}
              {data.goals.length === 0 ? (
                <p className="muted">{t('overview.noGoals')}</p>
              ) : (
                <GoalTree goals={data.goals} rollups={rollups} />
              )}
              {secretariat ? <GoalEditor plan={data} /> : null}
            </section>
            <Initiatives plan={data} />
          </>
        )}
      </QueryState>
    </>
  );
}
