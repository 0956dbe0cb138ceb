import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../ui/index';
import { QueryState } from '../organisation/QueryState';
import { newsletterPages, usePublicNewsletter } from './newsletters.api';
import { danishDate } from './texts';
import './newsletters.css';

/** One sent newsletter, as the public reads it. */
export function ArchivedNewsletterPage() {
  const { t } = useTranslation('newsletters');
  const { collaborationId = '', id = '' } = useParams();
  const query = usePublicNewsletter(collaborationId, id);
  return (
    <QueryState query={query}>
      {(n) => (
        <>
          <PageHeader
            title={n.title}
            description={
              <p>
                {n.collaborationName} · {danishDate(n.periodFrom)}–{danishDate(n.periodTo)} ·{' '}
                <Link to={newsletterPages.archive(collaborationId)}>{t('archive.back')}</Link>
              </p>
            }
          />
          {n.content.intro ? <p className="newsletter-intro">{n.content.intro}</p> : null}
          {n.content.sections.map((section) => (
            <section key={section.id} aria-labelledby={`s-${section.id}`}>
              <h2 id={`s-${section.id}`}>{section.heading}</h2>
              <ul>
                {section.items.map((item) => (
                  <li key={item.id}>
                    <strong>{item.title}</strong>
                    {item.on ? ` (${danishDate(item.on)})` : null}
                    {item.text ? <p>{item.text}</p> : null}
                    {item.link ? (
                      <p>
                        <a href={item.link} rel="noopener noreferrer">
                          {item.link}
                        </a>
                      </p>
                    ) : null}
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </>
      )}
    </QueryState>
  );
}
