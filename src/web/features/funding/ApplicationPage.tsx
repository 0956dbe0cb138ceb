import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Alert, PageHeader } from '../../ui/index';
import { QueryState } from '../organisation/QueryState';
import { useDate } from '../plans/PlanParts';
import { ObligationsPanel, StatusPanel } from './ApplicationParts';
import { BudgetSplitEditor } from './BudgetSplitEditor';
import { fundingPages, useApplication } from './funding.api';
import { formatKroner } from './money-input';
import './funding.css';

/** One joint application: facts, status steps, budget split, links and reporting obligations. */
export function ApplicationPage() {
  const { t } = useTranslation('funding');
  const id = useParams().applicationId ?? '';
  const application = useApplication(id);
  const date = useDate();
  return (
    <QueryState query={application} loadingLabel={t('loading')}>
      {(a) => (
        <>
          <PageHeader
            title={a.title}
            description={
              <p>
                <Link to={fundingPages.list(a.collaborationId)}>{t('detail.back')}</Link>
              </p>
            }
          />
          {a.description ? <p>{a.description}</p> : null}
          <section className="funding-section" aria-labelledby="app-facts">
            <h2 id="app-facts">{t('detail.facts')}</h2>
            <dl className="funding-facts">
              <dt>{t('detail.pool')}</dt>
              <dd>
                {a.pool.title} ({a.pool.owner}) –{' '}
                <a href={a.pool.criteriaUrl} target="_blank" rel="noreferrer noopener">
                  {t('detail.criteria')}
                </a>
              </dd>
              <dt>{t('detail.owner')}</dt>
              <dd>{a.ownerForum.name}</dd>
              <dt>{t('detail.cluster')}</dt>
              <dd>{a.clusterName ?? t('dash')}</dd>
              <dt>{t('detail.lead')}</dt>
              <dd>{a.leadParty.name}</dd>
              <dt>{t('detail.total')}</dt>
              <dd>{formatKroner(a.totalBudgetOre)}</dd>
              <dt>{t('detail.granted')}</dt>
              <dd>{a.amountGrantedOre === null ? t('dash') : formatKroner(a.amountGrantedOre)}</dd>
            </dl>
            <h3>{t('detail.dates')}</h3>
            <ol className="funding-course">
              {(['ideaOn', 'preparationOn', 'submittedOn', 'decidedOn'] as const).map((k) =>
                a[k] ? (
                  <li key={k}>
                    {k === 'decidedOn' ? t(`statuses.${a.status}`) : t(`detail.${k}`)}: {date(a[k])}
                  </li>
                ) : null,
              )}
            </ol>
          </section>
          <section className="funding-section" aria-labelledby="app-status">
            <h2 id="app-status">{t('status.title')}</h2>
            <StatusPanel application={a} />
          </section>
          <section className="funding-section" aria-labelledby="app-split">
            <h2 id="app-split">{t('split.title')}</h2>
            {a.editable ? (
              <BudgetSplitEditor key={`${a.id}-${a.totalBudgetOre}`} application={a} />
            ) : (
              <>
                <Alert tone="info">{t('split.locked')}</Alert>
                <ul>
                  {a.shares.map((s) => (
                    <li key={s.partyId}>
                      {s.partyName}: {formatKroner(s.amountOre)}
                    </li>
                  ))}
                </ul>
              </>
            )}
          </section>
          <section className="funding-section" aria-labelledby="app-links">
            <h2 id="app-links">{t('detail.initiatives')}</h2>
            {a.initiatives.length === 0 ? (
              <p className="muted">{t('detail.noInitiatives')}</p>
            ) : (
              <ul>
                {a.initiatives.map((i) => (
                  <li key={i.id}>
                    <Link to={`/plans/${i.planId}/initiatives/${i.id}`}>
                      {i.number}. {i.title}
                    </Link>
                  </li>
                ))}
              </ul>
            )}
            <h3>{t('detail.pilots')}</h3>
            {a.pilotIds.length === 0 ? (
              <p className="muted">{t('detail.noPilots')}</p>
            ) : (
              <ul>
                {a.pilotIds.map((p) => (
                  <li key={p}>{p}</li>
                ))}
              </ul>
            )}
          </section>
          <section className="funding-section" aria-labelledby="app-obligations">
            <h2 id="app-obligations">{t('obligations.title')}</h2>
            <ObligationsPanel application={a} />
          </section>
        </>
      )}
    </QueryState>
  );
}
