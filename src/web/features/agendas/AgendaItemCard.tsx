import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { AgendaItemView, ReviewComment } from '../../../shared/agendas.contract';
import { casePaths } from '../meetings/paths';
import { DownloadButton } from '../meetings/DownloadButton';

/** Props of {@link AgendaItemCard}. */
export interface AgendaItemCardProps {
  item: AgendaItemView;
  /** Review comments on this item. */
  comments?: readonly ReviewComment[];
  /** Buttons for the item (move, change, decide …). */
  actions?: ReactNode;
}

/**
 * One agenda item: number and title, type, closed marker with its legal basis, the text, the
 * case it carries, recommendation and decision, attachments and review comments. A closed
 * item the viewer may not see shows as "Lukket punkt" and nothing else.
 */
export function AgendaItemCard({ item, comments = [], actions }: AgendaItemCardProps) {
  const { t } = useTranslation(['agendas', 'cases']);
  const headingId = `agenda-item-${item.id}`;
  if (item.redacted) {
    return (
      <li
        className="agenda-item agenda-item-redacted"
        id={`item-${item.number}`}
        aria-labelledby={headingId}
      >
        <h3 id={headingId} className="agenda-item-title">
          {t('closedItemNumbered', { number: item.number })}
        </h3>
        <p className="muted">{t('ui.item.redactedHelp')}</p>
      </li>
    );
  }
  return (
    <li className="agenda-item" id={`item-${item.number}`} aria-labelledby={headingId}>
      <div className="agenda-item-head">
        <h3 id={headingId} className="agenda-item-title">
          {t('ui.item.heading', { number: item.number, title: item.title })}
        </h3>
        <p className="agenda-item-tags">
          <span className="mtg-tag">{t(`cases:types.${item.type}`)}</span>
          <span className="mtg-tag">{t(`itemStatuses.${item.status}`)}</span>
          {item.closed ? <span className="mtg-tag mtg-tag-warning">{t('closedItem')}</span> : null}
        </p>
      </div>
      {item.closed && item.closedReason ? (
        <p className="muted">{t('ui.item.closedReason', { reason: item.closedReason })}</p>
      ) : null}
      {item.body ? <p className="agenda-item-body">{item.body}</p> : null}
      <p>
        {item.caseId ? (
          <Link to={casePaths.case(item.caseId)}>
            {t('ui.item.openCase', { title: item.title })}
          </Link>
        ) : (
          <span className="muted">{t('freeItem')}</span>
        )}
      </p>
      <dl className="agenda-item-texts">
        <div>
          <dt>{t('ui.item.recommendation')}</dt>
          <dd>{item.recommendation ?? t('ui.item.none')}</dd>
        </div>
        <div>
          <dt>{t('ui.item.decision')}</dt>
          <dd>{item.decision ?? t('ui.item.none')}</dd>
        </div>
      </dl>
      {item.attachments.length > 0 && item.caseId ? (
        <div className="button-row">
          <span>{t('ui.item.attachments')}</span>
          {item.attachments.map((a) => (
            <DownloadButton
              key={a.id}
              size="sm"
              path={`/cases/${encodeURIComponent(a.caseId)}/attachments/${encodeURIComponent(a.id)}`}
              fileName={a.fileName}
            >
              {a.fileName}
            </DownloadButton>
          ))}
        </div>
      ) : null}
      {comments.length > 0 ? (
        <div className="agenda-comments">
          <h4>{t('ui.review.itemComments', { count: comments.length })}</h4>
          <ul>
            {comments.map((c) => (
              <li key={c.id}>
                <strong>{c.authorName}:</strong> {c.redacted ? t('closedItem') : c.text}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {actions ? <div className="button-row agenda-item-actions">{actions}</div> : null}
    </li>
  );
}
