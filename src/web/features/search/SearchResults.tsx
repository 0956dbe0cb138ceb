import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useMeetingFormat } from '../meetings/use-format';
import { useAffiliationText } from '../organisation/person-affiliation';
import type { TextPart } from './highlight';
import type { ResultGroup, ResultItem } from './search-groups';

/** Text with its matched words in <mark> (the parts are text, never HTML). */
function Marked({ parts }: { parts: readonly TextPart[] }) {
  return (
    <>
      {parts.map((p, i) =>
        p.mark ? <mark key={i}>{p.text}</mark> : <span key={i}>{p.text}</span>,
      )}
    </>
  );
}

function Result({ item }: { item: ResultItem }) {
  const { t } = useTranslation('search');
  const format = useMeetingFormat();
  const affiliationText = useAffiliationText();
  const hit = item.hit;
  const meta = hit
    ? hit.date
      ? t('dated', { type: t(`types.${hit.type}`), date: format.date(hit.date) })
      : t(`types.${hit.type}`)
    : [
        affiliationText(item.affiliations),
        item.detail,
        item.endedOn ? t('endedOn', { date: format.date(item.endedOn) }) : null,
      ]
        .filter(Boolean)
        .join(' · ');
  return (
    <li className="search-hit">
      <p className="search-hit-title">
        {item.link ? (
          <Link to={item.link}>
            <Marked parts={item.title} />
          </Link>
        ) : (
          <Marked parts={item.title} />
        )}
      </p>
      {item.snippet ? (
        <p className="search-snippet">
          <Marked parts={item.snippet} />
        </p>
      ) : null}
      {meta ? <p className="muted search-meta">{meta}</p> : null}
    </li>
  );
}

/** The results, one section per kind (cases, agenda items, …, persons, fora, …). */
export function SearchResults({ groups }: { groups: readonly ResultGroup[] }) {
  const { t } = useTranslation('search');
  return (
    <div className="stack">
      {groups.map((group) => (
        <section key={group.id} className="search-group" aria-labelledby={`search-${group.id}`}>
          <h2 id={`search-${group.id}`}>
            {t(`groups.${group.id}`)}{' '}
            <span className="muted search-count">
              ({t('groupCount', { count: group.items.length })})
            </span>
          </h2>
          <ul className="search-hits">
            {group.items.map((item) => (
              <Result key={item.key} item={item} />
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
