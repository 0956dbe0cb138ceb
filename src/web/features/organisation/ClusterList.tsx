import { useTranslation } from 'react-i18next';
import type { Overview } from '../../../shared/organisation-views.contract';
import { EmptyState } from '../../ui/index';
import { orgPaths } from './org-paths';
import { OrgLink } from './OrgLink';
import { VerificationBadges } from './VerificationBadges';

/** A "delvis" / "ikke verificeret" marker: visible words, with the meaning as a tooltip. */
export function Marker({ kind }: { kind: 'partial' | 'unverified' }) {
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
              <h3 className="org-card-title">
                {cluster.name} {cluster.verified ? null : <Marker kind="unverified" />}
              </h3>
              {cluster.kind === 'healthCouncilArea' ? (
                <p className="muted">{t('areaKind.healthCouncilArea')}</p>
              ) : null}
              {cluster.verification ? (
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
                      {m.verified || m.verification?.membership?.status === 'conflict' ? null : (
                        <>
                          {' '}
                          <Marker kind="unverified" />
                        </>
                      )}
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
        <Marker kind="partial" /> {t('common.partialHint')}. <Marker kind="unverified" />{' '}
        {t('common.unverifiedHint')}.
      </p>
    </>
  );
}
