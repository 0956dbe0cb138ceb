import { Fragment, useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '../../../shared/audit.contract';
import type { User } from '../../../shared/auth.contract';
import { languageOf } from '../../app/i18n';
import { formatDateTime, formatDateTimeCompact } from '../../format';
import { Table } from '../../ui/index';
import { AuditEntryDetails } from './AuditEntryDetails';
import { useAuditLabels } from './audit-labels';
import { readableSummary, subjectName, subjectPath } from './audit-subject';

/** Props of {@link AuditTable}. */
export interface AuditTableProps {
  entries: readonly AuditEntry[];
  /** Known users, to show a name instead of an id among an entry's related people. */
  usersById: ReadonlyMap<string, User>;
}

const COLUMNS = 6;

/**
 * The entries, one line each: time, who, action, what it concerns (by name, linked), summary,
 * and a button that unfolds the details (ids, changes, raw data) below the line.
 */
export function AuditTable({ entries, usersById }: AuditTableProps) {
  const { t, i18n } = useTranslation('audit');
  const language = languageOf(i18n);
  const labels = useAuditLabels();
  const [expanded, setExpanded] = useState<ReadonlySet<number>>(new Set());

  const toggle = (id: number) =>
    setExpanded((open) => {
      const next = new Set(open);
      if (!next.delete(id)) next.add(id);
      return next;
    });

  const nameOf = (id: string) => usersById.get(id)?.name ?? id;
  /** The subject's type and name: the line shows the name, the details and title both. */
  const subjectOf = (entry: AuditEntry) => {
    const type = labels.entityType(entry.entityType);
    const name = entry.subjectHidden
      ? t('subject.confidential')
      : (subjectName(entry, language) ??
        (entry.entityType === 'user' && entry.entityId ? nameOf(entry.entityId) : null));
    return { full: name ? `${type}: ${name}` : type, short: name ?? type };
  };

  return (
    <Table caption={t('table.caption')} captionHidden className="audit-table">
      <thead>
        <tr>
          <th scope="col" className="audit-col-time">
            {t('table.time')}
          </th>
          <th scope="col" className="audit-col-who">
            {t('table.who')}
          </th>
          <th scope="col" className="audit-col-action">
            {t('table.action')}
          </th>
          <th scope="col">{t('table.entity')}</th>
          <th scope="col" className="audit-col-summary audit-summary">
            {t('table.summary')}
          </th>
          <th scope="col" className="audit-col-details">
            {t('table.details')}
          </th>
        </tr>
      </thead>
      <tbody>
        {entries.map((entry) => {
          const open = expanded.has(entry.id);
          const detailsId = `audit-entry-${entry.id}`;
          const subject = subjectOf(entry);
          const path = subjectPath(entry.entityType, entry.entityId);
          const summary = readableSummary(entry.summary, language);
          return (
            <Fragment key={entry.id}>
              <tr className={open ? 'audit-row audit-row-open' : 'audit-row'}>
                <td>
                  <time dateTime={entry.at} title={formatDateTime(entry.at, language)}>
                    {formatDateTimeCompact(entry.at, language)}
                  </time>
                </td>
                <td title={entry.actorName}>{entry.actorName}</td>
                <td>{labels.action(entry.action)}</td>
                <td title={subject.full}>
                  {path ? <Link to={path}>{subject.short}</Link> : subject.short}
                </td>
                <td className="audit-summary" title={summary}>
                  {summary}
                </td>
                <td>
                  <button
                    type="button"
                    className="btn btn-ghost btn-sm"
                    aria-expanded={open}
                    aria-controls={open ? detailsId : undefined}
                    aria-label={
                      open
                        ? t('details.hideFor', { id: entry.id })
                        : t('details.showFor', { id: entry.id })
                    }
                    onClick={() => toggle(entry.id)}
                  >
                    {open ? t('details.hide') : t('details.show')}
                  </button>
                </td>
              </tr>
              {open ? (
                <tr id={detailsId} className="audit-details-row">
                  <td colSpan={COLUMNS}>
                    <AuditEntryDetails
                      entry={entry}
                      subject={subject.full}
                      summary={summary}
                      nameOf={(id) => (id === entry.entityId ? subject.full : nameOf(id))}
                    />
                  </td>
                </tr>
              ) : null}
            </Fragment>
          );
        })}
      </tbody>
    </Table>
  );
}
