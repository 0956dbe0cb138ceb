import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../ui/index';
import { useAsOf } from './as-of';
import { BreachList } from './BreachList';
import { CollaborationFrame } from './CollaborationFrame';
import { useHealth } from './org.api';
import { useOrgFormat } from './org-format';
import { orgPaths } from './org-paths';
import { OrgLink } from './OrgLink';
import { QueryState } from './QueryState';

/** Every breach of the composition rules on the day, grouped by forum. */
export function HealthPage() {
  const { t } = useTranslation('organisation');
  const { collaborationId = '' } = useParams();
  const asOf = useAsOf();
  const format = useOrgFormat();
  const health = useHealth(collaborationId, asOf.date);
  return (
    <CollaborationFrame
      collaborationId={collaborationId}
      title={t('health.title')}
      intro={<p>{t('health.intro', { date: format.day(asOf.date) })}</p>}
    >
      <QueryState query={health}>
        {(data) =>
          data.total === 0 ? (
            <Alert tone="success">{t('health.none')}</Alert>
          ) : (
            <>
              <p className="org-summary">
                {t('health.summary', {
                  total: data.total,
                  errors: data.errors,
                  warnings: data.warnings,
                })}
              </p>
              {data.fora.map((forum) => (
                <section
                  key={forum.forumEntityId}
                  className="org-section org-card"
                  aria-labelledby={`health-${forum.forumEntityId}`}
                >
                  <h2 id={`health-${forum.forumEntityId}`} className="org-card-title">
                    <OrgLink to={orgPaths.forum(forum.forumEntityId)}>{forum.forumName}</OrgLink>{' '}
                    <span className="muted org-small">
                      {t(`forumLevel.${forum.level}`)} ·{' '}
                      {t('common.breachCount', { count: forum.breaches.length })}
                    </span>
                  </h2>
                  <BreachList
                    breaches={forum.breaches}
                    label={t('breachList.label', { forum: forum.forumName })}
                  />
                </section>
              ))}
            </>
          )
        }
      </QueryState>
    </CollaborationFrame>
  );
}
