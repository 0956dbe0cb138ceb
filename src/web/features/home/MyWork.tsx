import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { MyMeeting, MyWork as MyWorkData } from '../../../shared/home.contract';
import { Alert, Spinner } from '../../ui/index';
import { casePaths, meetingPaths } from '../meetings/paths';
import { useMeetingFormat } from '../meetings/use-format';
import { useMyWork } from './home.api';
import { MyActions } from '../actions/MyActions';

/** One card of "Mit arbejde": a heading, a list, or its empty state, and a "show all" link. */
function Section(props: {
  id: string;
  heading: string;
  empty: string;
  count: number;
  total: number;
  more?: { to: string; label: string };
  children: ReactNode;
}) {
  const { t } = useTranslation('home');
  return (
    <section className="my-work-card" aria-labelledby={props.id}>
      <h3 id={props.id}>{props.heading}</h3>
      {props.count === 0 ? (
        <p className="muted">{props.empty}</p>
      ) : (
        <ul className="my-work-list">{props.children}</ul>
      )}
      {props.total > props.count ? (
        <p className="my-work-more muted">
          {t('myWork.shown', { shown: props.count, total: props.total })}
        </p>
      ) : null}
      {props.more && props.count > 0 ? <Link to={props.more.to}>{props.more.label}</Link> : null}
    </section>
  );
}

/** A meeting row: the title as a link, then date, time and forum. */
function MeetingItem({ meeting }: { meeting: MyMeeting }) {
  const format = useMeetingFormat();
  const { t } = useTranslation('home');
  return (
    <li>
      <Link to={meetingPaths.meeting(meeting.id)}>{meeting.title}</Link>
      <span className="my-work-meta">
        {format.dateTimeCompact(meeting.startsAt)} · {meeting.forumName ?? t('myWork.unknownForum')}
      </span>
    </li>
  );
}

/** The sections of a user who sits in or serves fora. */
function MineSections({ work }: { work: MyWorkData }) {
  const { t } = useTranslation('home');
  const format = useMeetingFormat();
  const forum = (name: string | null) => name ?? t('myWork.unknownForum');
  return (
    <>
      <MeetingsSection work={work} general={false} />
      <Section
        id="my-work-deadlines"
        heading={t('myWork.deadlines.heading')}
        empty={t('myWork.deadlines.empty')}
        count={work.deadlines.items.length}
        total={work.deadlines.total}
      >
        {work.deadlines.items.map((d) => (
          <li key={d.meeting.id}>
            <Link to={meetingPaths.meeting(d.meeting.id)}>
              {t('myWork.deadlines.agenda', { date: format.date(d.deadline) })}
            </Link>
            <span className="my-work-meta">
              {t('myWork.deadlines.meeting', {
                forum: forum(d.meeting.forumName),
                date: format.date(d.meeting.date),
              })}
            </span>
          </li>
        ))}
      </Section>
      <Section
        id="my-work-waiting"
        heading={t('myWork.waiting.heading')}
        empty={t('myWork.waiting.empty')}
        count={work.waitingCases.items.length}
        total={work.waitingCases.total}
        more={{ to: casePaths.list, label: t('myWork.waiting.all') }}
      >
        {work.waitingCases.items.map((c) => (
          <li key={c.id}>
            <Link to={casePaths.case(c.id)}>{c.title}</Link>
            <span className="my-work-meta">
              {t('myWork.waiting.meta', {
                forum: forum(c.forumName),
                status: t(`myWork.statuses.${c.stepStatus}`),
              })}
              {c.meetingDate
                ? ` ${t('myWork.waiting.onMeeting', { date: format.date(c.meetingDate) })}`
                : ''}
            </span>
          </li>
        ))}
      </Section>
      <Section
        id="my-work-returned"
        heading={t('myWork.returned.heading')}
        empty={t('myWork.returned.empty')}
        count={work.returned.items.length}
        total={work.returned.total}
      >
        {work.returned.items.map((r) => (
          <li key={r.caseId}>
            <Link to={casePaths.case(r.caseId)}>{r.title}</Link>
            <span className="my-work-meta">
              {t('myWork.returned.meta', {
                kind: t(`myWork.returned.kinds.${r.kind}`, { defaultValue: r.kind }),
                from: forum(r.fromForumName),
                to: forum(r.toForumName),
                date: format.date(r.on),
              })}
            </span>
            {r.text ? <span className="my-work-text">{r.text}</span> : null}
          </li>
        ))}
      </Section>
    </>
  );
}

/** The next meetings: mine, or (for a reader without seats) those of the collaborations. */
function MeetingsSection({ work, general }: { work: MyWorkData; general: boolean }) {
  const { t } = useTranslation('home');
  return (
    <Section
      id="my-work-meetings"
      heading={general ? t('myWork.meetings.headingGeneral') : t('myWork.meetings.heading')}
      empty={general ? t('myWork.meetings.emptyGeneral') : t('myWork.meetings.empty')}
      count={work.meetings.items.length}
      total={work.meetings.total}
      more={{ to: meetingPaths.list, label: t('myWork.meetings.all') }}
    >
      {work.meetings.items.map((m) => (
        <MeetingItem key={m.id} meeting={m} />
      ))}
    </Section>
  );
}

/** The sections of a user without seats: the collaboration's meetings and latest decisions. */
function GeneralSections({ work }: { work: MyWorkData }) {
  const { t } = useTranslation('home');
  const format = useMeetingFormat();
  return (
    <>
      <MeetingsSection work={work} general />
      <Section
        id="my-work-decisions"
        heading={t('myWork.decisions.heading')}
        empty={t('myWork.decisions.empty')}
        count={work.decisions.items.length}
        total={work.decisions.total}
      >
        {work.decisions.items.map((d) => (
          <li key={d.caseId}>
            <Link to={casePaths.case(d.caseId)}>{d.title}</Link>
            <span className="my-work-meta">
              {t('myWork.decisions.meta', {
                forum: d.forumName ?? t('myWork.unknownForum'),
                date: d.decidedOn ? format.date(d.decidedOn) : '',
              })}
            </span>
          </li>
        ))}
      </Section>
    </>
  );
}

/** Minutes to approve; the reporting rounds have their own box above (MyRounds). */
function TaskSection({ work }: { work: MyWorkData }) {
  const { t } = useTranslation('home');
  const format = useMeetingFormat();
  const empty = work.rounds.total > 0 ? t('myWork.tasks.noApprovals') : t('myWork.tasks.empty');
  return (
    <Section
      id="my-work-tasks"
      heading={t('myWork.tasks.heading')}
      empty={empty}
      count={work.approvals.items.length}
      total={work.approvals.total}
    >
      {work.approvals.items.map(({ meeting }) => (
        <li key={meeting.id}>
          <Link to={meetingPaths.meeting(meeting.id)}>
            {t('myWork.tasks.approval', {
              forum: meeting.forumName ?? t('myWork.unknownForum'),
              date: format.date(meeting.date),
            })}
          </Link>
        </li>
      ))}
    </Section>
  );
}

/**
 * "Mit arbejde": the user's next meetings, deadlines, waiting cases, what came back and what is
 * due; for a user without seats, the collaboration's next meetings and latest decisions.
 */
export function MyWork() {
  const { t } = useTranslation('home');
  const format = useMeetingFormat();
  const query = useMyWork();
  const work = query.data;
  return (
    <section className="my-work" aria-labelledby="my-work-heading">
      <h2 id="my-work-heading">{t('myWork.heading')}</h2>
      {query.isPending ? (
        <Spinner label={t('myWork.loading')} />
      ) : !work ? (
        <Alert tone="error">{t('myWork.error')}</Alert>
      ) : (
        <>
          <p className="muted">
            {t(work.mode === 'mine' ? 'myWork.introMine' : 'myWork.introGeneral', {
              date: format.date(work.asOf),
            })}
          </p>
          {work.seats.length > 0 ? (
            <p className="my-work-seats">
              {t('myWork.seats', {
                fora: work.seats.map((s) => s.name ?? t('myWork.unknownForum')).join(', '),
              })}
            </p>
          ) : null}
          <div className="my-work-grid">
            {work.mode === 'mine' ? <MineSections work={work} /> : <GeneralSections work={work} />}
            {work.mode === 'mine' || work.approvals.total + work.rounds.total > 0 ? (
              <TaskSection work={work} />
            ) : null}
            {work.mode === 'mine' || (work.actions?.total ?? 0) > 0 ? (
              <MyActions work={work} />
            ) : null}
          </div>
        </>
      )}
    </section>
  );
}
