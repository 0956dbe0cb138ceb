import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Overview } from '../../../shared/organisation-views.contract';
import { kindAddsToName } from '../../../shared/party-label';
import { usePageTitle } from '../../app/page-title';
import { Alert, buttonClass, PageHeader } from '../../ui/index';
import { sortDanish } from '../../format';
import { AsOfControl } from './AsOfControl';
import { useAsOf } from './as-of';
import { ClusterList, overviewUnverified } from './ClusterList';
import { CollaborationNav } from './CollaborationNav';
import { ExportYamlButton } from './ExportYamlButton';
import { ForaByLevel } from './ForaByLevel';
import { useOverview } from './org.api';
import { orgPaths } from './org-paths';
import { OrgLink } from './OrgLink';
import { QueryState } from './QueryState';
import { useCanEdit } from './use-can-edit';
import { UnverifiedSummary } from './UnverifiedSummary';
import './organisation.css';

const COUNTS = ['municipalities', 'clusters', 'fora', 'seats', 'persons', 'vacancies'] as const;

function OverviewBody({ overview, id }: { overview: Overview; id: string }) {
  const { t } = useTranslation('organisation');
  const others = sortDanish(
    overview.parties.filter((p) => p.kind !== 'municipality'),
    (p) => p.name,
  );
  return (
    <>
      <UnverifiedSummary groups={overviewUnverified(overview)} />
      <section aria-labelledby="org-counts" className="org-section">
        <h2 id="org-counts" className="visually-hidden">
          {t('overview.countsHeading')}
        </h2>
        <dl className="org-counts">
          {COUNTS.map((key) => (
            <div key={key}>
              <dt>{t(`overview.counts.${key}`)}</dt>
              <dd>{overview.counts[key]}</dd>
            </div>
          ))}
        </dl>
        {overview.breachCount > 0 ? (
          <Alert tone="warning">
            <p>
              {t('overview.breaches', {
                errors: overview.breachCounts.error,
                warnings: overview.breachCounts.warning,
              })}{' '}
              <OrgLink to={orgPaths.health(id)}>{t('overview.breachesLink')}</OrgLink>
            </p>
          </Alert>
        ) : (
          <Alert tone="success">{t('overview.noBreaches')}</Alert>
        )}
      </section>
      <section aria-labelledby="org-clusters" className="org-section">
        <h2 id="org-clusters">{t('overview.clustersHeading')}</h2>
        <ClusterList overview={overview} />
      </section>
      <section aria-labelledby="org-fora" className="org-section">
        <h2 id="org-fora">{t('overview.foraHeading')}</h2>
        <ForaByLevel overview={overview} />
      </section>
      {others.length > 0 ? (
        <section aria-labelledby="org-parties" className="org-section">
          <h2 id="org-parties">{t('overview.partiesHeading')}</h2>
          <ul className="org-members-inline">
            {others.map((p) => (
              <li key={p.entityId}>
                <OrgLink to={orgPaths.party(p.entityId)}>{p.name}</OrgLink>
                {kindAddsToName(p.name, t(`partyKind.${p.kind}`)) ? (
                  <span className="muted"> ({t(`partyKind.${p.kind}`)})</span>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}

/** A collaboration's overview: key figures, breaches, clusters, fora by level, parties. */
export function CollaborationPage() {
  const { t } = useTranslation('organisation');
  const { collaborationId = '' } = useParams();
  const asOf = useAsOf();
  const canEdit = useCanEdit();
  const overview = useOverview(collaborationId, asOf.date);
  const collaboration = overview.data?.collaboration;
  usePageTitle(collaboration?.name);
  return (
    <>
      <PageHeader
        title={collaboration?.name ?? t('overview.title')}
        description={
          collaboration ? <p>{t('landing.region', { region: collaboration.regionName })}</p> : null
        }
        actions={
          collaboration ? (
            <>
              {canEdit ? (
                <Link
                  className={buttonClass('secondary')}
                  to={orgPaths.officeHolders(collaborationId)}
                >
                  {t('holders.link')}
                </Link>
              ) : null}
              <ExportYamlButton collaborationKey={collaboration.key} />
            </>
          ) : null
        }
      />
      <AsOfControl />
      <CollaborationNav collaborationId={collaborationId} />
      <QueryState query={overview}>
        {(data) => <OverviewBody overview={data} id={collaborationId} />}
      </QueryState>
    </>
  );
}
