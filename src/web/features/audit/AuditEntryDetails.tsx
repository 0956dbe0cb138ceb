import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '../../../shared/audit.contract';
import { languageOf } from '../../app/i18n';
import { formatDateTime } from '../../format';
import { Tabs } from '../../ui/index';
import { diffEntry, showValue } from './audit-diff';
import { filtersToParams, NO_FILTERS } from './audit-filters';

/** The address of the audit log filtered on everything that concerns `id`. */
function relatedHref(id: string): string {
  return `?${filtersToParams({ ...NO_FILTERS, relatedTo: id }).toString()}`;
}

/** Props of {@link AuditEntryDetails}. */
export interface AuditEntryDetailsProps {
  entry: AuditEntry;
  /** The subject as the entry's line shows it ("Sag: …"). */
  subject: string;
  /** The summary, readably dated. */
  summary: string;
  /** A readable name for an id (a user's name), or the id itself. */
  nameOf: (id: string) => string;
}

/**
 * An entry's details: the full subject and summary with the ids behind them, what changed
 * (field by field) and the raw before/after data.
 */
export function AuditEntryDetails({ entry, subject, summary, nameOf }: AuditEntryDetailsProps) {
  const { t, i18n } = useTranslation('audit');
  const language = languageOf(i18n);
  const changes = diffEntry(entry.before, entry.after);
  const none = t('details.none');

  const changesTab =
    changes.length === 0 ? (
      <p className="muted">{t('details.noChanges')}</p>
    ) : (
      <table className="table audit-diff">
        <caption className="visually-hidden">{t('details.changes')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('details.field')}</th>
            <th scope="col">{t('details.before')}</th>
            <th scope="col">{t('details.after')}</th>
          </tr>
        </thead>
        <tbody>
          {changes.map((c) => (
            <tr key={c.field}>
              <th scope="row">
                <code>{c.field}</code>
              </th>
              <td>{showValue(c.before) || none}</td>
              <td>{showValue(c.after) || none}</td>
            </tr>
          ))}
        </tbody>
      </table>
    );

  const rawTab = (
    <div className="audit-raw">
      <div>
        <p className="audit-raw-label">{t('details.before')}</p>
        <pre>{entry.before == null ? none : JSON.stringify(entry.before, null, 2)}</pre>
      </div>
      <div>
        <p className="audit-raw-label">{t('details.after')}</p>
        <pre>{entry.after == null ? none : JSON.stringify(entry.after, null, 2)}</pre>
      </div>
    </div>
  );

  return (
    <div className="audit-details">
      <dl className="audit-meta">
        <div>
          <dt>{t('details.time')}</dt>
          <dd>{formatDateTime(entry.at, language)}</dd>
        </div>
        <div>
          <dt>{t('details.entity')}</dt>
          <dd>{subject}</dd>
        </div>
        <div>
          <dt>{t('details.entityId')}</dt>
          <dd>
            <code>{entry.entityId ?? none}</code>
          </dd>
        </div>
        {summary ? (
          <div className="audit-meta-wide">
            <dt>{t('details.summary')}</dt>
            <dd>{summary}</dd>
          </div>
        ) : null}
        <div>
          <dt>{t('details.entryId')}</dt>
          <dd>{entry.id}</dd>
        </div>
        <div>
          <dt>{t('details.ip')}</dt>
          <dd>{entry.ip ?? none}</dd>
        </div>
        <div>
          <dt>{t('details.related')}</dt>
          <dd>
            {entry.relatedIds.length === 0 ? none : null}
            <ul className="audit-related">
              {entry.relatedIds.map((id) => (
                <li key={id}>
                  <Link to={relatedHref(id)}>
                    {t('details.showRelated', { subject: nameOf(id) })}
                  </Link>
                </li>
              ))}
            </ul>
          </dd>
        </div>
      </dl>
      <Tabs
        label={t('details.tabs', { id: entry.id })}
        tabs={[
          { id: 'changes', label: t('details.changes'), content: changesTab },
          { id: 'raw', label: t('details.raw'), content: rawTab },
        ]}
      />
    </div>
  );
}
