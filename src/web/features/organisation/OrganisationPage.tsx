import { useTranslation } from 'react-i18next';
import { hasRole } from '../../../shared/roles';
import { EmptyState, PageHeader } from '../../ui/index';
import { useMe } from '../auth/auth.api';
import { AsOfControl } from './AsOfControl';
import { useAsOf } from './as-of';
import { useCollaborations } from './org.api';
import { useOrgFormat } from './org-format';
import { orgPaths } from './org-paths';
import { OrgLink } from './OrgLink';
import { QueryState } from './QueryState';
import { SearchForm } from './SearchForm';
import './organisation.css';

/** The organisation section's start: the collaborations on the day, search and import. */
export function OrganisationPage() {
  const { t } = useTranslation(['organisation', 'reorganisation']);
  const asOf = useAsOf();
  const format = useOrgFormat();
  const me = useMe();
  const collaborations = useCollaborations(asOf.date);
  const canImport = hasRole(me.user.role, 'secretariat');
  return (
    <>
      <PageHeader
        title={t('title')}
        description={<p>{t('landing.intro')}</p>}
        actions={
          canImport ? (
            <>
              <OrgLink to={orgPaths.import} className="btn btn-secondary">
                {t('landing.import')}
              </OrgLink>
              <OrgLink to={orgPaths.reorganise} className="btn btn-secondary">
                {t('reorganisation:link')}
              </OrgLink>
            </>
          ) : null
        }
      />
      <AsOfControl />
      <SearchForm />
      <section aria-labelledby="org-collaborations" className="org-section">
        <h2 id="org-collaborations">{t('landing.heading')}</h2>
        <QueryState query={collaborations}>
          {(data) =>
            data.items.length === 0 ? (
              <EmptyState title={t('landing.emptyTitle')}>
                <p>{t('landing.emptyBody')}</p>
              </EmptyState>
            ) : (
              <ul className="org-cards">
                {data.items.map((c) => (
                  <li key={c.entityId} className="org-card">
                    <OrgLink to={orgPaths.collaboration(c.entityId)} className="org-card-link">
                      {c.name}
                    </OrgLink>
                    <p className="muted">
                      {t('landing.region', { region: c.regionName })} ·{' '}
                      {c.validTo
                        ? t('common.period', {
                            from: format.day(c.validFrom),
                            to: format.day(c.validTo),
                          })
                        : t('common.periodOpen', { from: format.day(c.validFrom) })}
                    </p>
                  </li>
                ))}
              </ul>
            )
          }
        </QueryState>
      </section>
    </>
  );
}
