import { useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Button, EmptyState, Table } from '../../ui/index';
import { QueryState } from '../organisation/QueryState';
import { OpenRoundDialog } from './OpenRoundDialog';
import { PlanHeader } from './PlanHeader';
import { useDate, useIsSecretariat, usePlanId } from './PlanParts';
import { useRounds } from './plans.api';
import { planPages } from './plans.paths';
import './plans.css';

/** A plan's reporting rounds; the secretariat opens a new one here. */
export function RoundsPage() {
  const { t } = useTranslation('plansUi');
  const planId = usePlanId();
  const rounds = useRounds(planId);
  const secretariat = useIsSecretariat();
  const date = useDate();
  const [opening, setOpening] = useState(false);
  return (
    <>
      <PlanHeader
        planId={planId}
        title={t('rounds.title')}
        description={<p>{t('rounds.intro')}</p>}
        actions={
          secretariat ? (
            <Button variant="primary" onClick={() => setOpening(true)}>
              {t('rounds.open')}
            </Button>
          ) : null
        }
      />
      {secretariat ? (
        <OpenRoundDialog planId={planId} open={opening} onClose={() => setOpening(false)} />
      ) : null}
      <QueryState query={rounds} loadingLabel={t('loading')}>
        {(data) =>
          data.items.length === 0 ? (
            <EmptyState title={t('rounds.emptyTitle')}>{t('rounds.emptyBody')}</EmptyState>
          ) : (
            <Table caption={t('rounds.caption')} captionHidden>
              <thead>
                <tr>
                  <th scope="col">{t('rounds.round')}</th>
                  <th scope="col">{t('rounds.opens')}</th>
                  <th scope="col">{t('rounds.deadline')}</th>
                  <th scope="col">{t('rounds.status')}</th>
                  <th scope="col">{t('rounds.answered')}</th>
                </tr>
              </thead>
              <tbody>
                {data.items.map((r) => (
                  <tr key={r.id}>
                    <th scope="row">
                      <Link to={planPages.round(r.id)}>{r.title}</Link>
                    </th>
                    <td>{date(r.opensOn)}</td>
                    <td>{date(r.deadline)}</td>
                    <td>{t(`roundStatuses.${r.status}`)}</td>
                    <td>
                      {t('rounds.answeredOf', { answered: r.answeredCount, parties: r.partyCount })}
                    </td>
                  </tr>
                ))}
              </tbody>
            </Table>
          )
        }
      </QueryState>
    </>
  );
}
