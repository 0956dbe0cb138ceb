import { useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Button, EmptyState, Table } from '../../ui/index';
import { QueryState } from '../organisation/QueryState';
import { PlanHeader } from './PlanHeader';
import { CursorPager, useDate, useIsSecretariat, usePlanId } from './PlanParts';
import { PriorityDialog, type PriorityTarget } from './edit/PriorityDialog';
import { usePriorities } from './plans.api';
import { planPages } from './plans.paths';
import './plans.css';

const MARK = { now: '●', later: '◐', notRelevant: '–' } as const;

/** The clusters' priorities of the initiatives, side by side (text and a mark, not colour only). */
export function PrioritiesPage() {
  const { t } = useTranslation(['plansUi', 'plans']);
  const planId = usePlanId();
  const [cursors, setCursors] = useState<string[]>([]);
  const matrix = usePriorities(planId, cursors.at(-1));
  const date = useDate();
  const { t: te } = useTranslation('plansEdit');
  const secretariat = useIsSecretariat();
  const [target, setTarget] = useState<PriorityTarget | null>(null);
  return (
    <>
      <PlanHeader
        planId={planId}
        title={t('priorities.title')}
        description={<p>{t('priorities.intro')}</p>}
      />
      <QueryState query={matrix} loadingLabel={t('loading')}>
        {(data) =>
          data.clusters.length === 0 || data.rows.length === 0 ? (
            <EmptyState title={t('priorities.empty')} />
          ) : (
            <>
              <Table caption={t('priorities.caption')}>
                <thead>
                  <tr>
                    <th scope="col">{t('priorities.initiative')}</th>
                    {data.clusters.map((c) => (
                      <th key={c.id} scope="col">
                        {c.name}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {data.rows.map((row) => (
                    <tr key={row.initiativeId}>
                      <th scope="row">
                        <Link to={planPages.initiative(planId, row.initiativeId)}>
                          {row.number}. {row.title}
                        </Link>
                      </th>
                      {data.clusters.map((c) => {
                        const p = row.priorities[c.id];
                        return (
                          <td
                            key={c.id}
                            className={
                              p ? `plan-priority-cell plan-priority-${p.priority}` : 'muted'
                            }
                          >
                            {p ? (
                              <span
                                title={
                                  p.note ? `${p.note} (${date(p.decidedOn)})` : date(p.decidedOn)
                                }
                              >
                                <span aria-hidden="true">{MARK[p.priority]} </span>
                                {t(`plans:clusterPriorities.${p.priority}`)}
                                {p.note ? (
                                  <span className="visually-hidden">: {p.note}</span>
                                ) : null}
                              </span>
                            ) : (
                              t('priorities.undecided')
                            )}
                            {secretariat ? (
                              <>
                                {' '}
                                <Button
                                  size="sm"
                                  onClick={() =>
                                    setTarget({
                                      initiativeId: row.initiativeId,
                                      initiativeLabel: `${row.number}. ${row.title}`,
                                      clusters: data.clusters,
                                      clusterId: c.id,
                                      current: p,
                                    })
                                  }
                                >
                                  {te('priority.cellButton')}
                                  <span className="visually-hidden">
                                    {' '}
                                    {te('priority.cellButtonHidden', {
                                      cluster: c.name,
                                      number: row.number,
                                    })}
                                  </span>
                                </Button>
                              </>
                            ) : null}
                          </td>
                        );
                      })}
                    </tr>
                  ))}
                </tbody>
              </Table>
              <CursorPager
                page={cursors.length + 1}
                hasNext={data.nextCursor !== null}
                busy={matrix.isFetching}
                onPrevious={() => setCursors(cursors.slice(0, -1))}
                onNext={() => data.nextCursor && setCursors([...cursors, data.nextCursor])}
              />
            </>
          )
        }
      </QueryState>
      {target ? (
        <PriorityDialog planId={planId} target={target} onClose={() => setTarget(null)} />
      ) : null}
    </>
  );
}
