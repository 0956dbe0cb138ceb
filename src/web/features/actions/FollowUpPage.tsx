import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import {
  ACTION_PAGE_SIZE,
  ACTION_STATUSES,
  type ActionStatus,
  type DecisionAction,
} from '../../../shared/actions.contract';
import { todayInDenmark } from '../../../shared/dates';
import { Button, EmptyState, PageHeader, Select, Table } from '../../ui/index';
import { Checkbox } from '../meetings/Checkbox';
import { meetingPaths } from '../meetings/paths';
import { QueryBlock } from '../meetings/QueryBlock';
import { useMeetingFormat } from '../meetings/use-format';
import { useActions, useFollowUpFora } from './actions.api';
import { UpdateActionDialog } from './UpdateActionDialog';
import '../meetings/meetings.css';

const isStatus = (s: string | null): s is ActionStatus =>
  !!s && (ACTION_STATUSES as readonly string[]).includes(s);

/** The actions of one page, each with its "Opdater" button. */
function ActionsTable({
  items,
  caption,
  onOpen,
}: {
  items: DecisionAction[];
  caption: string;
  onOpen: (action: DecisionAction) => void;
}) {
  const { t } = useTranslation('actions');
  const format = useMeetingFormat();
  return (
    <Table caption={caption}>
      <thead>
        <tr>
          <th scope="col">{t('fields.title')}</th>
          <th scope="col">{t('fields.owner')}</th>
          <th scope="col">{t('fields.dueDate')}</th>
          <th scope="col">{t('fields.status')}</th>
          <th scope="col">{t('fields.decidingForum')}</th>
          <th scope="col">
            <span className="visually-hidden">{t('update.change')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {items.map((a) => (
          <tr key={a.id}>
            <td>
              <Link to={meetingPaths.meeting(a.meetingId)}>{a.title}</Link>
            </td>
            <td>{a.owner.name ?? '–'}</td>
            <td>
              {format.date(a.dueDate)}
              {a.overdue ? (
                <strong className="action-overdue"> · {t('list.overdue')}</strong>
              ) : null}
            </td>
            <td>{t(`status.${a.status}`)}</td>
            <td>
              {a.decidingForum.name ?? '–'} {format.date(a.decidedOn)}
            </td>
            <td>
              <Button
                size="sm"
                aria-label={`${t('update.change')}: ${a.title}`}
                onClick={() => onOpen(a)}
              >
                {t('update.change')}
              </Button>
            </td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}

/** "Opfølgning": the actions a forum follows up, filtered by status and overdue, paged. */
export function FollowUpPage() {
  const { t } = useTranslation('actions');
  const [params, setParams] = useSearchParams();
  const forumId = params.get('forumId') ?? '';
  const statusParam = params.get('status');
  const status = isStatus(statusParam) ? statusParam : undefined;
  const overdue = params.get('overdue') === '1';
  const page = Math.max(1, Number(params.get('page') ?? '1') || 1);
  const today = todayInDenmark();
  const fora = useFollowUpFora();
  const actions = useActions({
    followUpForumId: forumId || undefined,
    status,
    overdueOn: overdue ? today : undefined,
    page,
  });
  const [open, setOpen] = useState<DecisionAction | null>(null);
  const set = (next: Record<string, string>) => {
    const merged = new URLSearchParams(params);
    for (const [k, v] of Object.entries(next)) {
      if (v) merged.set(k, v);
      else merged.delete(k);
    }
    if (!('page' in next)) merged.delete('page');
    setParams(merged);
  };
  return (
    <>
      <PageHeader title={t('title')} description={<p>{t('intro')}</p>} />
      <form className="filter-row button-row" onSubmit={(e) => e.preventDefault()}>
        <Select
          label={t('filters.forum')}
          value={forumId}
          emptyOption={t('filters.anyForum')}
          options={(fora.data?.items ?? []).map((f) => ({ value: f.id, label: f.name ?? f.id }))}
          onChange={(e) => set({ forumId: e.target.value })}
        />
        <Select
          label={t('filters.status')}
          value={status ?? ''}
          emptyOption={t('filters.allStatuses')}
          options={ACTION_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))}
          onChange={(e) => set({ status: e.target.value })}
        />
        <Checkbox
          label={t('filters.overdue')}
          checked={overdue}
          onChange={(e) => set({ overdue: e.target.checked ? '1' : '' })}
        />
      </form>
      {
        <QueryBlock query={actions}>
          {(data) => {
            const pages = Math.max(1, Math.ceil(data.total / ACTION_PAGE_SIZE));
            if (data.items.length === 0) return <EmptyState title={t('list.empty')} />;
            return (
              <div className="stack">
                <p className="muted" aria-live="polite">
                  {t('list.total', { count: data.total })}
                </p>
                <ActionsTable
                  items={data.items}
                  caption={t('list.page', { page, pages })}
                  onOpen={setOpen}
                />
                {pages > 1 ? (
                  <nav className="button-row" aria-label={t('list.page', { page, pages })}>
                    <Button disabled={page <= 1} onClick={() => set({ page: String(page - 1) })}>
                      {t('list.previous')}
                    </Button>
                    <Button
                      disabled={page >= pages}
                      onClick={() => set({ page: String(page + 1) })}
                    >
                      {t('list.next')}
                    </Button>
                  </nav>
                ) : null}
              </div>
            );
          }}
        </QueryBlock>
      }
      {open ? <UpdateActionDialog action={open} onClose={() => setOpen(null)} /> : null}
    </>
  );
}
