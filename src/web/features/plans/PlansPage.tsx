import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { EmptyState, PageHeader, Table } from '../../ui/index';
import { useCollaborationList } from '../meetings/org-lookup.api';
import { QueryState } from '../organisation/QueryState';
import { usePlans, type PlanList } from './plans.api';
import { FictionalBadge, useDate, useIsSecretariat } from './PlanParts';
import { NewPlanButton } from './edit/PlanDialogs';
import { planPages } from './plans.paths';
import './plans.css';

type Plan = PlanList['items'][number];

/** The plans the user may see, one table per collaboration; fictional plans are marked. */
export function PlansPage() {
  const { t } = useTranslation(['plansUi', 'plans']);
  const plans = usePlans();
  const collaborations = useCollaborationList();
  const date = useDate();
  const secretariat = useIsSecretariat();
  const nameOf = (id: string) =>
    collaborations.data?.items.find((c) => c.entityId === id)?.name ?? t('dash');

  return (
    <>
      <PageHeader
        title={t('plans:title')}
        description={<p>{t('list.intro')}</p>}
        actions={secretariat ? <NewPlanButton /> : undefined}
      />
      <QueryState query={plans} loadingLabel={t('loading')}>
        {(data) => {
          if (data.items.length === 0) {
            return <EmptyState title={t('list.emptyTitle')}>{t('list.emptyBody')}</EmptyState>;
          }
          const groups = new Map<string, Plan[]>();
          for (const plan of data.items) {
            groups.set(plan.collaborationId, [...(groups.get(plan.collaborationId) ?? []), plan]);
          }
          return [...groups.entries()].map(([collaborationId, items]) => (
            <section key={collaborationId} className="plan-section">
              <h2>{nameOf(collaborationId)}</h2>
              <Table caption={`${t('list.caption')}: ${nameOf(collaborationId)}`} captionHidden>
                <thead>
                  <tr>
                    <th scope="col">{t('list.plan')}</th>
                    <th scope="col">{t('list.kind')}</th>
                    <th scope="col">{t('list.status')}</th>
                    <th scope="col">{t('list.owner')}</th>
                    <th scope="col">{t('list.period')}</th>
                  </tr>
                </thead>
                <tbody>
                  {items.map((plan) => (
                    <tr key={plan.id}>
                      <th scope="row">
                        <Link to={planPages.plan(plan.id)}>{plan.title}</Link>
                        {plan.fictional ? (
                          <>
                            {' '}
                            <FictionalBadge />
                          </>
                        ) : null}
                      </th>
                      <td>{t(`plans:kinds.${plan.kind}`)}</td>
                      <td>{t(`plans:statuses.${plan.status}`)}</td>
                      <td>{plan.ownerForumName ?? t('dash')}</td>
                      <td>
                        {date(plan.periodFrom)} –{' '}
                        {plan.periodTo ? date(plan.periodTo) : t('overview.openEnded')}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </Table>
            </section>
          ));
        }}
      </QueryState>
    </>
  );
}
