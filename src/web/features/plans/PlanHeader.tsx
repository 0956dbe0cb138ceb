import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, LoadingBlock, PageHeader } from '../../ui/index';
import { usePlan } from './plans.api';
import { FictionalBadge, PlanNav } from './PlanParts';

/**
 * The top of every page about one plan: the page's title with the plan's name (and the
 * fictional marker), the plan's sub-navigation, and a notice on fictional plans.
 */
export function PlanHeader({
  planId,
  title,
  description,
  actions,
}: {
  planId: string;
  /** The page's own title; the plan's title when omitted. */
  title?: string;
  description?: ReactNode;
  actions?: ReactNode;
}) {
  const { t } = useTranslation(['plansUi', 'plans']);
  const plan = usePlan(planId);
  if (plan.isPending) return <LoadingBlock label={t('loading')} />;
  const data = plan.data;
  return (
    <>
      <PageHeader
        title={title ?? data?.title ?? t('plans:title')}
        description={
          <>
            {title && data ? (
              <p>
                {data.title} {data.fictional ? <FictionalBadge /> : null}
              </p>
            ) : data?.fictional ? (
              <p>
                <FictionalBadge />
              </p>
            ) : null}
            {description}
          </>
        }
        actions={actions}
      />
      <PlanNav planId={planId} />
      {data?.fictional ? (
        <Alert tone="info" title={t('plans:fictional')}>
          {t('fictionalNote')}
        </Alert>
      ) : null}
    </>
  );
}
