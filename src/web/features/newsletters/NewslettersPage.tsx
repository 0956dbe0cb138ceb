import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { addDays, todayInDenmark } from '../../../shared/dates';
import { useErrorText } from '../../app/errors';
import { Alert, Button, EmptyState, PageHeader, Select, Table, TextField } from '../../ui/index';
import { useCollaborationList, useStartingCollaboration } from '../meetings/org-lookup.api';
import { QueryState } from '../organisation/QueryState';
import { newsletterPages, useCreateNewsletter, useNewsletters } from './newsletters.api';
import { danishDate } from './texts';

/** The secretariat's newsletters: a new one pre-filled for a period, and the list. */
export function NewslettersPage() {
  const { t } = useTranslation('newsletters');
  const collaborations = useCollaborationList();
  const list = useNewsletters();
  const nameOf = (id: string) =>
    collaborations.data?.items.find((c) => c.entityId === id)?.name ?? '—';
  return (
    <>
      <PageHeader title={t('title')} description={<p>{t('navDescription')}</p>} />
      <NewNewsletterForm />
      <h2>{t('title')}</h2>
      <QueryState query={list}>
        {(data) =>
          data.items.length === 0 ? (
            <EmptyState title={t('list.empty')} />
          ) : (
            <Table caption={t('title')} captionHidden>
              <thead>
                <tr>
                  <th scope="col">{t('list.titleLabel')}</th>
                  <th scope="col">{t('list.collaboration')}</th>
                  <th scope="col">{t('list.period')}</th>
                  <th scope="col">{t('list.status')}</th>
                </tr>
              </thead>
              <tbody>
                {data.items.map((n) => (
                  <tr key={n.id}>
                    <th scope="row">
                      <Link to={newsletterPages.edit(n.id)}>{n.title}</Link>
                    </th>
                    <td>
                      {nameOf(n.collaborationId)}{' '}
                      <Link to={newsletterPages.archive(n.collaborationId)}>
                        ({t('list.archiveLink')})
                      </Link>
                    </td>
                    <td>
                      {danishDate(n.periodFrom)}–{danishDate(n.periodTo)}
                    </td>
                    <td>{t(`status.${n.status}`)}</td>
                  </tr>
                ))}
              </tbody>
            </Table>
          )
        }
      </QueryState>
    </>
  );
}

function NewNewsletterForm() {
  const { t } = useTranslation('newsletters');
  const errorText = useErrorText();
  const navigate = useNavigate();
  const { items, startId } = useStartingCollaboration();
  const create = useCreateNewsletter();
  const today = todayInDenmark();
  const [collaborationId, setCollaborationId] = useState('');
  const [title, setTitle] = useState('');
  const [periodFrom, setFrom] = useState(addDays(today, -30));
  const [periodTo, setTo] = useState(today);
  const options = items.map((c) => ({
    value: c.entityId,
    label: c.name,
  }));
  const chosen = collaborationId || startId;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate(
      { collaborationId: chosen, title, periodFrom, periodTo },
      { onSuccess: (created) => void navigate(newsletterPages.edit(created.id)) },
    );
  };
  return (
    <section aria-labelledby="new-newsletter">
      <h2 id="new-newsletter">{t('list.newTitle')}</h2>
      <form onSubmit={submit} className="newsletter-form">
        <Select
          label={t('list.collaboration')}
          options={options}
          value={chosen}
          onChange={(e) => setCollaborationId(e.target.value)}
          required
        />
        <TextField
          label={t('list.titleLabel')}
          value={title}
          onChange={(e) => setTitle(e.target.value)}
          required
          maxLength={200}
        />
        <TextField
          label={t('list.from')}
          type="date"
          value={periodFrom}
          onChange={(e) => setFrom(e.target.value)}
          required
        />
        <TextField
          label={t('list.to')}
          type="date"
          value={periodTo}
          onChange={(e) => setTo(e.target.value)}
          required
        />
        {create.isError ? <Alert tone="error">{errorText(create.error)}</Alert> : null}
        <div>
          <Button type="submit" variant="primary" busy={create.isPending} disabled={!chosen}>
            {t('list.create')}
          </Button>
        </div>
      </form>
    </section>
  );
}
