/**
 * "Assessments compared side by side": the four dimensions of the South Danish model in rows,
 * one column per transfer (2–4, across clusters), with each one's precedent flag.
 */
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { TRANSFER_DIMENSIONS } from '../../../shared/transfers.contract';
import { EmptyState, PageHeader, Table } from '../../ui/index';
import { QueryState } from '../organisation/QueryState';
import { transferPages, useCompare } from './transfers.api';
import { DimensionView, PrecedentBadge } from './TransferParts';
import './transfers.css';

export function ComparePage() {
  const { t } = useTranslation('transfers');
  const [params] = useSearchParams();
  const ids = (params.get('ids') ?? '').split(',').filter(Boolean);
  const query = useCompare(ids);
  const header = (
    <PageHeader
      title={t('compare.title')}
      description={
        <p>
          {t('compare.intro')} <Link to={transferPages.list}>{t('compare.back')}</Link>
        </p>
      }
    />
  );
  if (ids.length < 2 || ids.length > 4) {
    return (
      <>
        {header}
        <EmptyState title={t('compare.title')}>{t('compare.tooFew')}</EmptyState>
      </>
    );
  }
  return (
    <>
      {header}
      <QueryState query={query}>
        {(data) => (
          <Table caption={t('compare.caption')} captionHidden>
            <thead>
              <tr>
                <th scope="col">{t('compare.dimension')}</th>
                {data.items.map((item) => (
                  <th scope="col" key={item.id}>
                    <Link to={transferPages.detail(item.id)}>{item.title}</Link>
                    <br />
                    {item.cluster.name} · {t(`kindsShort.${item.kind}`)} ·{' '}
                    {t(`statuses.${item.status}`)}
                    {item.precedent ? (
                      <>
                        <br />
                        <PrecedentBadge />
                      </>
                    ) : null}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody className="transfer-compare">
              {TRANSFER_DIMENSIONS.map((d) => (
                <tr key={d}>
                  <th scope="row">{t(`dimensions.${d}`)}</th>
                  {data.items.map((item) => (
                    <td key={item.id}>
                      <DimensionView value={item.assessment[d]} />
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </Table>
        )}
      </QueryState>
    </>
  );
}
