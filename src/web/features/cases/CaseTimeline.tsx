import { useTranslation } from 'react-i18next';
import type { TimelineEntryView } from '../../../shared/cases.contract';
import { useMeetingFormat } from '../meetings/use-format';
import { formatDay } from '../organisation/org-format';
import { CaseMeetingLink } from './CaseMeetingLink';

/** Props of {@link CaseTimeline}. */
export interface CaseTimelineProps {
  entries: readonly TimelineEntryView[];
  /** Accessible name of the list. */
  label: string;
  /** A case brought in as history: entries up to `throughSeq` were recorded on `on`. */
  recordedLater?: { throughSeq: number; on: string } | null;
}

/**
 * The case's timeline both ways: up the route (raised, placed, recommended, decided,
 * escalated) and back down to the forum that raised it (returned, sent back). The direction
 * is written out ("Op ad", "Tilbage til"), not shown by colour or arrow alone.
 */
export function CaseTimeline({ entries, label, recordedLater = null }: CaseTimelineProps) {
  const { t } = useTranslation(['cases', 'history']);
  const format = useMeetingFormat();
  const name = (forumName: string | null) => forumName ?? t('ui.unknownForum');
  // A reorganisation's carry-over says where the case went, by name and with the day.
  const head = (e: TimelineEntryView) =>
    e.kind === 'carriedOver'
      ? t('ui.timeline.carriedOver', {
          to: name(e.toForumName),
          date: formatDay(e.on, format.language),
        })
      : t(`events.${e.kind}`);
  const route = (e: TimelineEntryView) =>
    e.kind === 'carriedOver'
      ? t('ui.timeline.carriedOverFrom', { from: name(e.forumName) })
      : e.toForumId
        ? t('ui.timeline.fromTo', { from: name(e.forumName), to: name(e.toForumName) })
        : name(e.forumName);
  // Reasons the domain records itself are worded here, never shown as stored.
  const text = (e: TimelineEntryView) =>
    e.kind === 'skipped' && e.text === 'carryOver'
      ? t('ui.timeline.mergedByCarryOver')
      : e.kind === 'skipped' && e.text === 'final decision'
        ? t('ui.timeline.finalDecision')
        : e.text;
  return (
    <ol className="case-timeline" aria-label={label}>
      {entries.map((e) => (
        <li key={e.seq} className={`case-event case-event-${e.direction}`}>
          <p className="case-event-head">
            <span className="case-event-date">{format.date(e.on)}</span> <strong>{head(e)}</strong>
            {e.direction !== 'none' ? (
              <span className="mtg-tag">
                <span aria-hidden="true">{e.direction === 'up' ? '↑ ' : '↓ '}</span>
                {t(`ui.timeline.${e.direction}`)}
              </span>
            ) : null}
          </p>
          <p className="muted">
            {route(e)}
            {e.actorName ? ` · ${t('passport.by', { name: e.actorName })}` : null}
            {recordedLater && e.seq <= recordedLater.throughSeq
              ? ` · ${t('history:ui.recordedLater', { date: format.date(recordedLater.on) })}`
              : null}
            {e.meetingId ? (
              <>
                {' · '}
                <CaseMeetingLink meetingId={e.meetingId} meeting={e.meeting} />
              </>
            ) : null}
          </p>
          {e.redacted ? (
            <p className="muted">{t('closedStepPlaceholder')}</p>
          ) : e.text ? (
            <p className="case-event-text">{text(e)}</p>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
