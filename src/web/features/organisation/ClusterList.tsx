import { useTranslation } from 'react-i18next';
import type { Overview } from '../../../shared/organisation-views.contract';
import { EmptyState } from '../../ui/index';
import { orgPaths } from './org-paths';
import { OrgLink } from './OrgLink';
import { unverifiedGroup, type UnverifiedGroup } from './unverified';
import { hasConflict, VerificationBadges } from './VerificationBadges';

/**
 * What the overview's reference data leaves unverified: the member municipalities (their
 * membership of a cluster) and the clusters themselves, for the page's one summary.
 */
export function overviewUnverified(overview: Overview): UnverifiedGroup[] {
  const municipalities = overview.clusters.flatMap(({ members }) =>
    members.map((m) => ({
      key: m.partyId,
      name: m.name,
      verified: m.verified,
      flagFact: 'membership',
      source: m.source,
      note: m.note,
      verification: m.verification,
    })),
  );
  const clusters = overview.clusters.map(({ cluster }) => ({
    key: cluster.entityId,
    name: cluster.name,
    verified: cluster.verified,
    flagFact: 'members',
    source: cluster.source,
    note: null,
    verification: cluster.verification,
  }));
  return [unverifiedGroup('municipalities', municipalities), unverifiedGroup('clusters', clusters)];
}

/** A "delvis" marker: visible words, with the meaning as a tooltip. */
export function Marker({ kind }: { kind: 'partial' }) {
  const { t } = useTranslation('organisation');
  return (
    <span className={`org-badge org-badge-${kind}`} title={t(`common.${kind}Hint`)}>
      {t(`common.${kind}`)}
    </span>
  );
}

/** The clusters with their member municipalities and the reference data's markers. */
export function ClusterList({ overview }: { overview: Overview }) {
  const { t } = useTranslation('organisation');
  if (overview.clusters.length === 0) return <EmptyState title={t('overview.noClusters')} />;
  const partyName = (id: string | null) =>
    id ? (overview.parties.find((p) => p.entityId === id)?.name ?? null) : null;
  return (
    <>
      <ul className="org-clusters">
        {overview.clusters.map(({ cluster, members }) => {
          const hospital = partyName(cluster.acuteHospitalPartyId);
          return (
            <li key={cluster.entityId} className="org-card">
              <h3 className="org-card-title">{cluster.name}</h3>
              {cluster.kind === 'healthCouncilArea' ? (
                <p className="muted">{t('areaKind.healthCouncilArea')}</p>
              ) : null}
              {hasConflict(cluster.verification) ? (
                <p>
                  <VerificationBadges verification={cluster.verification} showFact />
                </p>
              ) : null}
              {hospital ? (
                <p className="muted">{t('overview.acuteHospital', { name: hospital })}</p>
              ) : null}
              {members.length === 0 ? (
                <p className="muted">{t('overview.noMembers')}</p>
              ) : (
                <ul className="org-members-inline">
                  {members.map((m) => (
                    <li key={m.membershipId}>
                      <OrgLink to={orgPaths.party(m.partyId)}>{m.name}</OrgLink>
                      {m.partial ? (
                        <>
                          {' '}
                          <Marker kind="partial" />
                        </>
                      ) : null}
                      <VerificationBadges verification={m.verification} />
                    </li>
                  ))}
                </ul>
              )}
            </li>
          );
        })}
      </ul>
      <p className="muted org-legend-text">
        <Marker kind="partial" /> {t('common.partialHint')}.
      </p>
    </>
  );
}
