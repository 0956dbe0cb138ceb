import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { MyWork } from '../../../shared/home.contract';
import { meetingPaths } from '../meetings/paths';
import { useMeetingFormat } from '../meetings/use-format';

/** "Mine handlinger" on the home page: the user's open actions, overdue first. */
export function MyActions({ work }: { work: MyWork }) {
  const { t } = useTranslation('actions');
  const format = useMeetingFormat();
  const items = work.actions?.items ?? [];
  return (
    <section className="my-work-card" aria-labelledby="my-work-actions">
      <h3 id="my-work-actions">{t('home.heading')}</h3>
      {items.length === 0 ? (
        <p className="muted">{t('home.empty')}</p>
      ) : (
        <ul className="my-work-list">
          {items.map((a) => (
            <li key={a.id}>
              <Link to={meetingPaths.meeting(a.meetingId)}>{a.title}</Link>
              <span className="my-work-meta">
                {t('home.due', { date: format.date(a.dueDate) })}
                {a.overdue ? <strong> · {t('list.overdue')}</strong> : null} ·{' '}
                {t(`status.${a.status}`)} · {a.followUpForum.name ?? '–'}
              </span>
            </li>
          ))}
        </ul>
      )}
      {work.actions && work.actions.total > items.length ? (
        <p className="my-work-more muted">
          {items.length} / {work.actions.total}
        </p>
      ) : null}
    </section>
  );
}
