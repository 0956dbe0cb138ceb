import { useTranslation } from 'react-i18next';
import type { OrgChart } from '../../../../shared/organisation-views.contract';
import { orgPaths } from '../org-paths';
import { OrgLink } from '../OrgLink';
import { chartTree, type ChartTreeItem } from './chart-tree';

function Item({ item }: { item: ChartTreeItem }) {
  const { t } = useTranslation('organisation');
  const { node } = item;
  return (
    <li>
      <OrgLink to={orgPaths.forum(node.id)}>{node.name}</OrgLink>{' '}
      <span className="muted">
        ({t(`forumLevel.${node.level}`)}, {t(`forumKind.${node.kind}`)},{' '}
        {t('chart.members', { count: node.memberCount })},{' '}
        {t('common.breachCount', { count: node.breachCount })})
      </span>
      {item.bornFrom.length > 0 ? (
        <div className="muted org-small">
          {t('chart.bornFrom', { fora: item.bornFrom.map((n) => n.name).join(', ') })}
        </div>
      ) : null}
      {item.children.length > 0 ? (
        <ul>
          {item.children.map((child) => (
            <Item key={child.node.id} item={child} />
          ))}
        </ul>
      ) : null}
    </li>
  );
}

/** The org chart's text alternative: the same fora as a nested list, by reports-to. */
export function ChartList({ chart }: { chart: OrgChart }) {
  const { t } = useTranslation('organisation');
  return (
    <section aria-labelledby="chart-list" className="org-section org-chart-list">
      <h2 id="chart-list">{t('chart.listHeading')}</h2>
      <p className="muted">{t('chart.listIntro')}</p>
      <ul>
        {chartTree(chart).map((item) => (
          <Item key={item.node.id} item={item} />
        ))}
      </ul>
    </section>
  );
}
