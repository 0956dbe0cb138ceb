import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { CaseSummary } from '../../../shared/cases.contract';
import { Table } from '../../ui/index';
import { casePaths } from '../meetings/paths';
import { useMeetingFormat } from '../meetings/use-format';
import { CaseBadges } from './CaseBadges';

/** Props of {@link CasesTable}. */
export interface CasesTableProps {
  items: readonly CaseSummary[];
  caption: string;
}

/** Cases: title (link to the case passport), type and flags, where raised, where now, status. */
export function CasesTable({ items, caption }: CasesTableProps) {
  const { t } = useTranslation('cases');
  const format = useMeetingFormat();
  const forum = (id: string | null, name: string | null) =>
    id ? (name ?? t('ui.unknownForum')) : '—';
  return (
    <Table caption={caption}>
      <thead>
        <tr>
          <th scope="col">{t('ui.list.columns.case')}</th>
          <th scope="col">{t('ui.list.columns.raisedIn')}</th>
          <th scope="col">{t('ui.list.columns.now')}</th>
          <th scope="col">{t('ui.list.columns.status')}</th>
          <th scope="col">{t('ui.list.columns.raisedOn')}</th>
        </tr>
      </thead>
      <tbody>
        {items.map((c) => (
          <tr key={c.id}>
            <td>
              <Link to={casePaths.case(c.id)}>{c.title}</Link>
              <br />
              <CaseBadges item={c} />
            </td>
            <td>{forum(c.raisedInForumId, c.raisedInForumName)}</td>
            <td>{c.status === 'open' ? forum(c.currentForumId, c.currentForumName) : '—'}</td>
            <td>{t(`statuses.${c.status}`)}</td>
            <td className="mtg-when">{format.dateShort(c.raisedOn)}</td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
