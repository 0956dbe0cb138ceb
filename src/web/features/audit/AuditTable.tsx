import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '../../../shared/audit.contract';
import type { User } from '../../../shared/auth.contract';
import { languageOf } from '../../app/i18n';
import { formatDateTime, formatDateTimeCompact } from '../../format';
import { Table } from '../../ui/index';
import { AuditEntryDetails } from './AuditEntryDetails';
import { useAuditLabels } from './audit-labels';

/** Props of {@link AuditTable}. */
export interface AuditTableProps {
  entries: readonly AuditEntry[];
  /** Known users, to show a name instead of an id for user entities. */
  usersById: ReadonlyMap<string, User>;
}

const COLUMNS = 6;

/** The entries: time, who, action, object, summary, and an expandable details row each. */
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
  const entityText = (entry: AuditEntry) => {
    const type = labels.entityType(entry.entityType);
    if (!entry.entityId) return type;
    return `${type}: ${entry.entityType === 'user' ? nameOf(entry.entityId) : entry.entityId}`;
  };

  return (
    <Table caption={t('table.caption')} captionHidden className="audit-table">
      <thead>
        <tr>
          <th scope="col">{t('table.time')}</th>
          <th scope="col">{t('table.who')}</th>
          <th scope="col">{t('table.action')}</th>
          <th scope="col">{t('table.entity')}</th>
          <th scope="col">{t('table.summary')}</th>
          <th scope="col">{t('table.details')}</th>
        </tr>
      </thead>
      <tbody>
        {entries.map((entry) => {
          const open = expanded.has(entry.id);
          const detailsId = `audit-entry-${entry.id}`;
          return (
            <Fragment key={entry.id}>
              <tr className={open ? 'audit-row-open' : undefined}>
                <td className="audit-time">
                  <time dateTime={entry.at} title={formatDateTime(entry.at, language)}>
                    {formatDateTimeCompact(entry.at, language)}
                  </time>
                </td>
                <td>{entry.actorName}</td>
                <td>{labels.action(entry.action)}</td>
                <td className="audit-entity">{entityText(entry)}</td>
                <td>{entry.summary ?? ''}</td>
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
                    <AuditEntryDetails entry={entry} nameOf={nameOf} />
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
