import { useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../app/errors';
import { languageOf } from '../../app/i18n';
import { Alert, Button, EmptyState, PageHeader, TextField } from '../../ui/index';
import { QueryState } from '../organisation/QueryState';
import { newsletterPages, useArchive, useSubscribe } from './newsletters.api';
import { danishDate } from './texts';
import './newsletters.css';

/** The public archive of a collaboration's sent newsletters, its feed and the subscribe form. */
export function ArchivePage() {
  const { t } = useTranslation('newsletters');
  const { collaborationId = '' } = useParams();
  const archive = useArchive(collaborationId);
  return (
    <QueryState query={archive}>
      {(data) => (
        <>
          <PageHeader
            title={t('archive.title', { name: data.collaborationName })}
            description={
              <p>
                <a href={newsletterPages.feed(collaborationId)} type="application/atom+xml">
                  {t('archive.feed')}
                </a>
              </p>
            }
          />
          {data.items.length === 0 ? (
            <EmptyState title={t('archive.empty')} />
          ) : (
            <ul className="newsletter-archive-list">
              {data.items.map((n) => (
                <li key={n.id}>
                  <Link to={newsletterPages.archived(collaborationId, n.id)}>{n.title}</Link>
                  <br />
                  {danishDate(n.periodFrom)}–{danishDate(n.periodTo)} ·{' '}
                  {t('archive.sentOn', { date: new Date(n.sentAt).toLocaleDateString('da-DK') })}
                </li>
              ))}
            </ul>
          )}
          <SubscribeForm collaborationId={collaborationId} />
        </>
      )}
    </QueryState>
  );
}

function SubscribeForm({ collaborationId }: { collaborationId: string }) {
  const { t, i18n } = useTranslation('newsletters');
  const errorText = useErrorText();
  const subscribe = useSubscribe(collaborationId);
  const [email, setEmail] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    subscribe.mutate({ email, locale: languageOf(i18n) });
  };
  return (
    <section aria-labelledby="subscribe-heading">
      <h2 id="subscribe-heading">{t('archive.subscribeTitle')}</h2>
      {subscribe.isSuccess ? (
        <Alert tone="success">{t('archive.subscribed')}</Alert>
      ) : (
        <form onSubmit={submit} className="newsletter-form">
          <TextField
            label={t('archive.email')}
            type="email"
            autoComplete="email"
            value={email}
            onChange={(e) => setEmail(e.target.value)}
            required
            maxLength={254}
          />
          {subscribe.isError ? <Alert tone="error">{errorText(subscribe.error)}</Alert> : null}
          <div>
            <Button type="submit" variant="primary" busy={subscribe.isPending}>
              {t('archive.subscribe')}
            </Button>
          </div>
        </form>
      )}
    </section>
  );
}
