import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { addDays, todayInDenmark } from '../../../../shared/dates';
import type { ForumPage, SuccessionRef } from '../../../../shared/organisation-views.contract';
import { withAsOf } from '../as-of';
import { useOrgFormat } from '../org-format';
import { orgPaths } from '../org-paths';
import { OrgLink } from '../OrgLink';
import { Prose } from '../Prose';
import { hasConflict, VerificationBadges } from '../VerificationBadges';

type Named = { id: string; name: string };

function Row({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="org-attr">
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}

function Links({ items, to }: { items: readonly Named[]; to: (id: string) => string }) {
  return (
    <>
      {items.map((item, i) => (
        <span key={item.id}>
          {i > 0 ? ', ' : null}
          <OrgLink to={to(item.id)}>{item.name}</OrgLink>
        </span>
      ))}
    </>
  );
}

/**
 * Fora before or after a reorganisation, by name, each linked on a day it existed: a successor on
 * its first day, a predecessor on its last.
 */
function SuccessionLinks({ items, on }: { items: readonly SuccessionRef[]; on: 'first' | 'last' }) {
  const today = todayInDenmark();
  return (
    <>
      {items.map((item, i) => {
        const day = on === 'first' ? item.validFrom : (item.validTo ?? item.validFrom);
        return (
          <span key={item.id}>
            {i > 0 ? ', ' : null}
            <Link to={withAsOf(orgPaths.forum(item.id), day, today)}>{item.name}</Link>
          </span>
        );
      })}
    </>
  );
}

function Tasks({ tasks }: { tasks: readonly string[] }) {
  const { t } = useTranslation('organisation');
  if (tasks.length === 0) return <span className="muted">{t('common.none')}</span>;
  return (
    <ul className="org-tasks">
      {tasks.map((task, i) => (
        <li key={`${i}-${task}`}>{task}</li>
      ))}
    </ul>
  );
}

/** A forum's attributes on the day: level, kind, scope, reporting, cadence, secretariat, charter, tasks. */
export function ForumAbout({ page }: { page: ForumPage }) {
  const { t } = useTranslation('organisation');
  const format = useOrgFormat();
  const { forum, secretariat } = page;
  const none = <span className="muted">{t('common.none')}</span>;
  const cadence = forum.cadence
    ? forum.cadence.max === null
      ? t('forum.about.cadenceMin', { min: forum.cadence.min })
      : t('forum.about.cadenceRange', { min: forum.cadence.min, max: forum.cadence.max })
    : null;
  return (
    <dl className="org-attrs">
      <Row term={t('forum.about.level')}>{t(`forumLevel.${forum.level}`)}</Row>
      <Row term={t('forum.about.kind')}>{t(`forumKind.${forum.kind}`)}</Row>
      <Row term={t('forum.about.scope')}>{t(`scope.${forum.scope}`)}</Row>
      {page.owner ? (
        <Row term={t('reform.owner')}>
          <OrgLink to={orgPaths.party(page.owner.id)}>{page.owner.name}</OrgLink>
          <VerificationBadges verification={forum.verification} facts={['owner']} />
        </Row>
      ) : null}
      {page.clusterName ? (
        <Row
          term={page.areaKind === 'healthCouncilArea' ? t('reform.area') : t('forum.about.cluster')}
        >
          {page.clusterName}
          {page.areaKind === 'healthCouncilArea' ? (
            <span className="muted"> ({t('areaKind.healthCouncilArea')})</span>
          ) : null}
          <VerificationBadges verification={page.areaVerification} showFact />
        </Row>
      ) : null}
      <Row term={t('forum.about.reportsTo')}>
        {page.reportsTo ? (
          <OrgLink to={orgPaths.forum(page.reportsTo.id)}>{page.reportsTo.name}</OrgLink>
        ) : (
          none
        )}
      </Row>
      <Row term={t('forum.about.cadence')}>{cadence ?? none}</Row>
      <Row term={t('forum.about.secretariat')}>
        {secretariat ? (
          <>
            <div>
              {t('forum.about.servedBy')}:{' '}
              {secretariat.servedBy.length ? (
                <Links items={secretariat.servedBy} to={orgPaths.party} />
              ) : (
                none
              )}
            </div>
            <div>
              {t('forum.about.paidBy')}:{' '}
              {secretariat.paidBy.length ? (
                <Links items={secretariat.paidBy} to={orgPaths.party} />
              ) : (
                none
              )}
            </div>
            {secretariat.note ? <div>{secretariat.note}</div> : null}
          </>
        ) : (
          none
        )}
      </Row>
      <Row term={t('forum.about.charter')}>
        {forum.charter ? <Prose text={forum.charter} /> : none}
      </Row>
      <Row term={t('forum.about.mustTasks')}>
        <Tasks tasks={forum.mustTasks} />
      </Row>
      <Row term={t('forum.about.mayTasks')}>
        <Tasks tasks={forum.mayTasks} />
      </Row>
      <Row term={t('forum.about.decisionCompetence')}>
        {forum.decisionCompetence ? <Prose text={forum.decisionCompetence} /> : none}
      </Row>
      {page.successors.length > 0 ? (
        <Row
          term={
            forum.validTo
              ? t('forum.about.successorsSince', { date: format.day(addDays(forum.validTo, 1)) })
              : t('forum.about.successors')
          }
        >
          <SuccessionLinks items={page.successors} on="first" />
        </Row>
      ) : null}
      {page.predecessors.length > 0 ? (
        <Row term={t('forum.about.predecessors')}>
          <SuccessionLinks items={page.predecessors} on="last" />
        </Row>
      ) : null}
      {hasConflict(
        forum.verification,
        Object.keys(forum.verification ?? {}).filter((f) => f !== 'owner'),
      ) ? (
        <Row term={t('reform.verification')}>
          <VerificationBadges
            verification={forum.verification}
            facts={Object.keys(forum.verification ?? {}).filter((f) => f !== 'owner')}
            showFact
          />
        </Row>
      ) : null}
      <Row term={t('forum.about.validity')}>
        {forum.validTo
          ? t('common.period', { from: format.day(forum.validFrom), to: format.day(forum.validTo) })
          : t('common.periodOpen', { from: format.day(forum.validFrom) })}
      </Row>
    </dl>
  );
}
