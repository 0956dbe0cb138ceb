import { Link } from 'react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CASE_STATUSES, type CaseStatus } from '../../../shared/cases.enums';
import { EmptyState, PageHeader, Select, Table } from '../../ui/index';
import { useStartingCollaboration } from '../meetings/org-lookup.api';
import { casePaths } from '../meetings/paths';
import { QueryBlock } from '../meetings/QueryBlock';
import { CaseBadges } from './CaseBadges';
import { useRecurring } from './cases.api';
import '../meetings/meetings.css';
import './cases.css';

/**
 * The officials' committee's screening (seed 004): cases that recur in several clusters, and
 * cases flagged as cross-cutting, principled or precedent-setting, each with why it is listed.
 */
export function ScreeningPage() {
  const { t } = useTranslation('cases');
  const { list: collaborations, startId } = useStartingCollaboration();
  const [chosen, setChosen] = useState('');
  const [status, setStatus] = useState<CaseStatus>('open');
  const collaborationId = chosen || startId;
  const recurring = useRecurring(collaborationId, status);
  const name = (forumName: string | null) => forumName ?? t('ui.unknownForum');
  return (
    <>
      <PageHeader title={t('ui.screening.title')} description={<p>{t('ui.screening.intro')}</p>} />
      <div className="form-grid mtg-bar">
        {(collaborations.data?.items.length ?? 0) > 1 ? (
          <Select
            label={t('ui.screening.collaboration')}
            value={collaborationId}
            onChange={(e) => setChosen(e.target.value)}
            options={(collaborations.data?.items ?? []).map((c) => ({
              value: c.entityId,
              label: c.name,
            }))}
          />
        ) : null}
        <Select
          label={t('ui.list.status')}
          value={status}
          onChange={(e) => setStatus(e.target.value as CaseStatus)}
          options={CASE_STATUSES.map((s) => ({ value: s, label: t(`statuses.${s}`) }))}
        />
      </div>
      <QueryBlock
        query={{ ...recurring, isPending: recurring.isPending || !collaborationId }}
        loadingLabel={t('ui.screening.loading')}
      >
        {(data) => (
          <>
            <section className="mtg-section" aria-labelledby="screening-groups">
              <h2 id="screening-groups">{t('ui.screening.groupsHeading')}</h2>
              {data.groups.length === 0 ? (
                <p className="muted">{t('ui.screening.noGroups')}</p>
              ) : (
                <ul className="case-groups">
                  {data.groups.map((g) => (
                    <li key={g.cases.map((c) => c.id).join('-')} className="case-group">
                      <p>
                        <strong>
                          {t('ui.screening.group', {
                            clusters: g.clusterIds.length,
                            cases: g.cases.length,
                          })}
                        </strong>{' '}
                        <span className="muted">
                          {t('ui.screening.score', { score: Math.round(g.score * 100) })}
                        </span>
                      </p>
                      <p className="muted">
                        {t('ui.screening.clusters', {
                          names: g.clusters.map((c) => c.name ?? t('ui.unknownCluster')).join(', '),
                        })}
                      </p>
                      <ul>
                        {g.cases.map((c) => (
                          <li key={c.id}>
                            <Link to={casePaths.case(c.id)}>{c.title}</Link>{' '}
                            <span className="muted">({name(c.raisedInForumName)})</span>
                          </li>
                        ))}
                      </ul>
                    </li>
                  ))}
                </ul>
              )}
            </section>
            <section className="mtg-section" aria-labelledby="screening-all">
              <h2 id="screening-all">{t('screening.recurringTitle')}</h2>
              {data.cases.length === 0 ? (
                <EmptyState title={t('ui.screening.emptyTitle')}>
                  <p>{t('ui.screening.emptyBody')}</p>
                </EmptyState>
              ) : (
                <Table caption={t('ui.screening.caption', { count: data.cases.length })}>
                  <thead>
                    <tr>
                      <th scope="col">{t('ui.list.columns.case')}</th>
                      <th scope="col">{t('ui.list.columns.raisedIn')}</th>
                      <th scope="col">{t('ui.screening.why')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {data.cases.map(({ case: c, reasons }) => (
                      <tr key={c.id}>
                        <td>
                          <Link to={casePaths.case(c.id)}>{c.title}</Link>
                          <br />
                          <CaseBadges item={c} />
                        </td>
                        <td>{name(c.raisedInForumName)}</td>
                        <td>{reasons.map((r) => t(`screening.reasons.${r}`)).join(', ')}</td>
                      </tr>
                    ))}
                  </tbody>
                </Table>
              )}
            </section>
          </>
        )}
      </QueryBlock>
    </>
  );
}
