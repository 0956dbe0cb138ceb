import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { TimelineEntryView } from '../../../shared/cases.contract';
import type { ForumDirectory } from '../meetings/org-lookup.api';
import { meetingPaths } from '../meetings/paths';
import { useMeetingFormat } from '../meetings/use-format';

/** Props of {@link CaseTimeline}. */
export interface CaseTimelineProps {
  entries: readonly TimelineEntryView[];
  directory: ForumDirectory | undefined;
  /** Accessible name of the list. */
  label: string;
}

/**
 * The case's timeline both ways: up the route (raised, placed, recommended, decided,
 * escalated) and back down to the forum that raised it (returned, sent back). The direction
 * is written out ("Op ad", "Tilbage til"), not shown by colour or arrow alone.
 */
export function CaseTimeline({ entries, directory, label }: CaseTimelineProps) {
  const { t } = useTranslation('cases');
  const format = useMeetingFormat();
  const name = (id: string | null) =>
    id ? (directory?.byId.get(id)?.name ?? t('ui.unknownForum')) : '';
  return (
    <ol className="case-timeline" aria-label={label}>
      {entries.map((e) => (
        <li key={e.seq} className={`case-event case-event-${e.direction}`}>
          <p className="case-event-head">
            <span className="case-event-date">{format.date(e.on)}</span>{' '}
            <strong>{t(`events.${e.kind}`)}</strong>
            {e.direction !== 'none' ? (
              <span className="mtg-tag">
                <span aria-hidden="true">{e.direction === 'up' ? '↑ ' : '↓ '}</span>
                {t(`ui.timeline.${e.direction}`)}
              </span>
            ) : null}
          </p>
          <p className="muted">
            {e.toForumId
              ? t('ui.timeline.fromTo', { from: name(e.forumId), to: name(e.toForumId) })
              : name(e.forumId)}
            {e.meetingId ? (
              <>
                {' · '}
                <Link to={meetingPaths.meeting(e.meetingId)}>{t('passport.openMeeting')}</Link>
              </>
            ) : null}
          </p>
          {e.redacted ? (
            <p className="muted">{t('closedStepPlaceholder')}</p>
          ) : e.text ? (
            <p className="case-event-text">{e.text}</p>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
