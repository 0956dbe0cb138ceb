import { useTranslation } from 'react-i18next';
import type { Overview } from '../../../shared/organisation-views.contract';
import { EmptyState, Table } from '../../ui/index';
import { sortDanish } from '../../format';
import { useOrgFormat } from './org-format';
import { orgPaths } from './org-paths';
import { OrgLink } from './OrgLink';

/** The fora grouped by level, each group a table with counts on the day. */
export function ForaByLevel({ overview }: { overview: Overview }) {
  const { t } = useTranslation('organisation');
  const format = useOrgFormat();
  if (overview.foraByLevel.length === 0) return <EmptyState title={t('overview.noFora')} />;
  return (
    <div className="stack">
      {overview.foraByLevel.map((group) => (
        <Table key={group.level} caption={format.text(group.label)}>
          <thead>
            <tr>
              <th scope="col">{t('overview.forumColumns.name')}</th>
              <th scope="col">{t('overview.forumColumns.kind')}</th>
              <th scope="col">{t('overview.forumColumns.scope')}</th>
              <th scope="col" className="num">
                {t('overview.forumColumns.members')}
              </th>
              <th scope="col" className="num">
                {t('overview.forumColumns.vacancies')}
              </th>
              <th scope="col" className="num">
                {t('overview.forumColumns.breaches')}
              </th>
            </tr>
          </thead>
          <tbody>
            {sortDanish(group.fora, (f) => f.name).map((forum) => (
              <tr key={forum.entityId}>
                <th scope="row">
                  <OrgLink to={orgPaths.forum(forum.entityId)}>{forum.name}</OrgLink>
                </th>
                <td>{t(`forumKind.${forum.kind}`)}</td>
                <td>{t(`scope.${forum.scope}`)}</td>
                <td className="num">{forum.memberCount}</td>
                <td className="num">{forum.vacancyCount}</td>
                <td className="num">
                  {forum.breachCount > 0 ? (
                    <strong className="org-text-danger">{forum.breachCount}</strong>
                  ) : (
                    0
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </Table>
      ))}
    </div>
  );
}
