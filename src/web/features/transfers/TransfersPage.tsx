/**
 * The task transfers (issue 12 point 4): a page of the list (paged on the server, with the
 * total), filters (cluster, status, kind, precedent), a precedent flag per row and a choice of
 * 2–4 transfers to compare side by side.
 */
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { TRANSFER_LIMITS, type TransferList } from '../../../shared/transfers.contract';
import { Button, EmptyState, PageHeader, Table, buttonClass } from '../../ui/index';
import { QueryState } from '../organisation/QueryState';
import { useDate } from '../plans/PlanParts';
import { transferPages, useTransfers } from './transfers.api';
import { NO_FILTER, TransferFilters, type FilterState } from './TransferFilters';
import { PrecedentBadge } from './TransferParts';
import './transfers.css';

const PAGE = TRANSFER_LIMITS.pageDefault;

export function TransfersPage() {
  const { t } = useTranslation('transfers');
  const navigate = useNavigate();
  const [filter, setFilter] = useState<FilterState>(NO_FILTER);
  const [offset, setOffset] = useState(0);
  const [selected, setSelected] = useState<string[]>([]);
  const list = useTransfers({
    status: filter.status,
    kind: filter.kind,
    precedent: filter.precedent,
    ...(filter.collaborationId ? { collaborationId: filter.collaborationId } : {}),
    ...(filter.clusterId ? { clusterId: filter.clusterId } : {}),
    limit: PAGE,
    offset,
  });
  const toggle = (id: string) =>
    setSelected((s) => (s.includes(id) ? s.filter((x) => x !== id) : [...s, id].slice(-4)));

  return (
    <>
      <PageHeader
        title={t('title')}
        description={<p>{t('intro')}</p>}
        actions={
          <Link className={buttonClass('primary')} to={transferPages.create}>
            {t('list.new')}
          </Link>
        }
      />
      <TransferFilters
        value={filter}
        onChange={(next) => {
          setFilter(next);
          setOffset(0);
        }}
      />
      <p className="transfer-pager">
        <Button
          variant="primary"
          disabled={selected.length < 2}
          onClick={() => void navigate(transferPages.compare(selected))}
        >
          {t('list.compare')} ({selected.length})
        </Button>
        <span>{t('list.compareHint')}</span>
      </p>
      <QueryState query={list}>
        {(data) => (
          <TransferTable
            data={data}
            selected={selected}
            onToggle={toggle}
            offset={offset}
            onPage={setOffset}
          />
        )}
      </QueryState>
    </>
  );
}

function TransferTable({
  data,
  selected,
  onToggle,
  offset,
  onPage,
}: {
  data: TransferList;
  selected: string[];
  onToggle: (id: string) => void;
  offset: number;
  onPage: (offset: number) => void;
}) {
  const { t } = useTranslation('transfers');
  const date = useDate();
  return data.items.length === 0 ? (
    <EmptyState title={t('list.empty')}>{t('list.emptyBody')}</EmptyState>
  ) : (
    <>
      <Table caption={t('list.caption')} captionHidden>
        <thead>
          <tr>
            <th scope="col">
              <span className="visually-hidden">{t('list.compare')}</span>
            </th>
            <th scope="col">{t('fields.title')}</th>
            <th scope="col">{t('fields.cluster')}</th>
            <th scope="col">{t('fields.kind')}</th>
            <th scope="col">{t('fields.status')}</th>
            <th scope="col">{t('fields.theme')}</th>
            <th scope="col">{t('fields.openedOn')}</th>
            <th scope="col">{t('fields.decidedOn')}</th>
          </tr>
        </thead>
        <tbody>
          {data.items.map((item) => (
            <tr key={item.id}>
              <td>
                <input
                  type="checkbox"
                  aria-label={t('list.select', { title: item.title })}
                  checked={selected.includes(item.id)}
                  onChange={() => onToggle(item.id)}
                />
              </td>
              <th scope="row">
                <Link to={transferPages.detail(item.id)}>{item.title}</Link>
                {item.precedent ? <PrecedentBadge /> : null}
              </th>
              <td>{item.cluster.name}</td>
              <td>{t(`kindsShort.${item.kind}`)}</td>
              <td>{t(`statuses.${item.status}`)}</td>
              <td>{item.theme ?? t('detail.none')}</td>
              <td>{date(item.openedOn)}</td>
              <td>{item.decidedOn ? date(item.decidedOn) : t('detail.none')}</td>
            </tr>
          ))}
        </tbody>
      </Table>
      <nav className="transfer-pager" aria-label={t('list.caption')}>
        <Button disabled={offset === 0} onClick={() => onPage(Math.max(0, offset - PAGE))}>
          {t('list.previous')}
        </Button>
        <span>{t('list.total', { count: data.total })}</span>
        <Button disabled={offset + PAGE >= data.total} onClick={() => onPage(offset + PAGE)}>
          {t('list.next')}
        </Button>
      </nav>
    </>
  );
}
