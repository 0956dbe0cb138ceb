import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import {
  Button,
  buttonClass,
  EmptyState,
  PageHeader,
  Select,
  Table,
  TextField,
} from '../../ui/index';
import { QueryState } from '../organisation/QueryState';
import { useDate, useIsSecretariat } from '../plans/PlanParts';
import {
  consultationPages,
  PAGE_SIZE,
  useConsultations,
  type ListFilter,
} from './consultations.api';
import './consultations.css';

const EMPTY: ListFilter = { status: '', year: '', sender: '', page: 1 };

/** Consultations, drafts and the archive of sent responses: filtered by status, year and sender. */
export function ConsultationsPage() {
  const { t } = useTranslation('consultations');
  const secretariat = useIsSecretariat();
  const date = useDate();
  const [draft, setDraft] = useState<ListFilter>(EMPTY);
  const [filter, setFilter] = useState<ListFilter>(EMPTY);
  const list = useConsultations(filter);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setFilter({ ...draft, page: 1 });
  };
  return (
    <>
      <PageHeader
        title={t('title')}
        description={<p>{t('intro')}</p>}
        actions={
          secretariat ? (
            <Link className={buttonClass('primary')} to={consultationPages.create()}>
              {t('list.create')}
            </Link>
          ) : null
        }
      />
      <form className="consultation-filters" aria-label={t('list.filters')} onSubmit={onSubmit}>
        <Select
          label={t('list.status')}
          value={draft.status}
          onChange={(e) => setDraft({ ...draft, status: e.target.value as ListFilter['status'] })}
          options={[
            { value: '', label: t('list.allStatuses') },
            { value: 'draft', label: t('statuses.draft') },
            { value: 'sent', label: t('statuses.sent') },
          ]}
        />
        <TextField
          label={t('list.year')}
          inputMode="numeric"
          value={draft.year}
          onChange={(e) =>
            setDraft({ ...draft, year: e.target.value.replace(/\D/g, '').slice(0, 4) })
          }
        />
        <TextField
          label={t('list.sender')}
          value={draft.sender}
          onChange={(e) => setDraft({ ...draft, sender: e.target.value })}
        />
        <Button type="submit">{t('list.apply')}</Button>
      </form>
      <QueryState query={list}>
        {(data) => {
          const pages = Math.max(1, Math.ceil(data.total / PAGE_SIZE));
          if (data.items.length === 0) return <EmptyState title={t('list.empty')} />;
          return (
            <>
              <p aria-live="polite">{t('list.count', { count: data.total })}</p>
              <Table caption={t('list.caption')} captionHidden>
                <thead>
                  <tr>
                    <th scope="col">{t('fields.title')}</th>
                    <th scope="col">{t('fields.sender')}</th>
                    <th scope="col">{t('fields.draftingForum')}</th>
                    <th scope="col">{t('fields.contributionDeadline')}</th>
                    <th scope="col">{t('fields.externalDeadline')}</th>
                    <th scope="col">{t('fields.status')}</th>
                  </tr>
                </thead>
                <tbody>
                  {data.items.map((c) => (
                    <tr key={c.id}>
                      <th scope="row">
                        <Link to={consultationPages.one(c.id)}>{c.title}</Link>
                      </th>
                      <td>{c.sender}</td>
                      <td>{c.draftingForumName ?? ''}</td>
                      <td>{date(c.contributionDeadline)}</td>
                      <td>{date(c.externalDeadline)}</td>
                      <td>
                        {c.sentOn ? `${t('statuses.sent')} ${date(c.sentOn)}` : t('statuses.draft')}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </Table>
              {pages > 1 ? (
                <nav
                  className="consultation-pager"
                  aria-label={t('list.page', { page: filter.page, pages })}
                >
                  <Button
                    disabled={filter.page <= 1}
                    onClick={() => setFilter({ ...filter, page: filter.page - 1 })}
                  >
                    {t('list.previous')}
                  </Button>
                  <span>{t('list.page', { page: filter.page, pages })}</span>
                  <Button
                    disabled={filter.page >= pages}
                    onClick={() => setFilter({ ...filter, page: filter.page + 1 })}
                  >
                    {t('list.next')}
                  </Button>
                </nav>
              ) : null}
            </>
          );
        }}
      </QueryState>
    </>
  );
}
