import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../app/page-title';
import type { VisibleCase } from '../../../shared/cases.contract';
import { hasRole } from '../../../shared/roles';
import { Alert, EmptyState, PageHeader } from '../../ui/index';
import { useMe } from '../auth/auth.api';
import { useForumDirectory, type ForumDirectory } from '../meetings/org-lookup.api';
import { casePaths } from '../meetings/paths';
import { QueryBlock } from '../meetings/QueryBlock';
import { useMeetingFormat } from '../meetings/use-format';
import { useScrollToHash } from '../meetings/use-scroll-to-hash';
import { CaseActions } from './CaseActions';
import { CaseAttachments } from './CaseAttachments';
import { CaseBadges } from './CaseBadges';
import { CaseRoute } from './CaseRoute';
import { CaseTimeline } from './CaseTimeline';
import { ReturnTrail } from './ReturnTrail';
import { useCase } from './cases.api';
import { useHistoryRecord } from '../history/history.api';
import '../meetings/meetings.css';
import './cases.css';

function Passport({
  item,
  directory,
}: {
  item: VisibleCase;
  directory: ForumDirectory | undefined;
}) {
  const { t } = useTranslation(['cases', 'history']);
  const me = useMe();
  const format = useMeetingFormat();
  usePageTitle(item.title);
  useScrollToHash();
  const name = (forumName: string | null) => forumName ?? t('ui.unknownForum');
  const returnTo = name(item.returnToForumName);
  // A case brought in as history: its trail up to `throughSeq` was recorded afterwards.
  const history = useHistoryRecord(item.id).data?.record ?? null;
  const recordedLater = history ? { throughSeq: history.throughSeq, on: history.recordedOn } : null;
  return (
    <>
      <PageHeader
        title={item.title}
        description={
          <div className="stack">
            <CaseBadges item={item} />
            <p>
              {t('passport.raised', {
                forum: name(item.raisedInForumName),
                date: format.date(item.raisedOn),
              })}{' '}
              {t('passport.status', { status: t(`statuses.${item.status}`) })}{' '}
              {item.status === 'open' && item.currentForumId
                ? t('passport.now', { forum: name(item.currentForumName) })
                : null}
            </p>
          </div>
        }
      />
      <CaseActions
        item={item}
        directory={directory}
        secretariat={hasRole(me.user.role, 'secretariat')}
        member={hasRole(me.user.role, 'member')}
      />
      <div className="case-passport">
        <section className="mtg-section" aria-labelledby="case-about">
          <h2 id="case-about">{t('passport.about')}</h2>
          {item.summary ? <p className="case-summary">{item.summary}</p> : null}
          {item.body ? <p className="case-body">{item.body}</p> : null}
          {!item.summary && !item.body ? <p className="muted">{t('passport.noText')}</p> : null}
        </section>
        <section className="mtg-section" aria-labelledby="case-route">
          <h2 id="case-route">{t('passport.route')}</h2>
          <p className="muted">{t('passport.routeHelp', { forum: returnTo })}</p>
          <CaseRoute item={item} />
        </section>
        {item.steps.some((s) => s.origin === 'trail') ? (
          <section className="mtg-section" aria-labelledby="case-trail">
            <h2 id="case-trail">{t('trail.heading')}</h2>
            <p className="muted">{t('trail.help')}</p>
            <ReturnTrail
              item={item}
              canNote={hasRole(me.user.role, 'member')}
              secretariat={hasRole(me.user.role, 'secretariat')}
            />
          </section>
        ) : null}
        <section className="mtg-section" aria-labelledby="case-returned">
          <h2 id="case-returned">{t('passport.returned', { forum: returnTo })}</h2>
          {item.returned.length === 0 ? (
            <p className="muted">{t('passport.nothingReturned')}</p>
          ) : (
            <CaseTimeline
              entries={item.returned}
              label={t('passport.returned', { forum: returnTo })}
            />
          )}
        </section>
        <section className="mtg-section" aria-labelledby="case-timeline">
          <h2 id="case-timeline">{t('passport.timeline')}</h2>
          {history ? (
            <p className="muted">
              {t('history:ui.historicalNotice', { date: format.date(history.recordedOn) })}
            </p>
          ) : null}
          <CaseTimeline
            entries={item.timeline}
            label={t('passport.timeline')}
            recordedLater={recordedLater}
          />
        </section>
        <section className="mtg-section" aria-labelledby="case-attachments">
          <h2 id="case-attachments">{t('files.heading')}</h2>
          <CaseAttachments
            item={item}
            canEdit={hasRole(me.user.role, 'member') && item.status !== 'closed'}
          />
        </section>
      </div>
    </>
  );
}

/** The case passport: one case's route across fora, decisions both ways, timeline, attachments. */
export function CasePage() {
  const { t } = useTranslation('cases');
  const { caseId = '' } = useParams();
  const detail = useCase(caseId);
  const directory = useForumDirectory();
  return (
    <QueryBlock query={detail} loadingLabel={t('passport.loading')}>
      {(data) =>
        data.redacted ? (
          <>
            <PageHeader title={t('confidentialPlaceholder')} />
            <Alert tone="info">{t('errors.confidentialNotCleared')}</Alert>
            <EmptyState title={t('passport.hiddenTitle')}>
              <p>
                <Link to={casePaths.list}>{t('passport.backToList')}</Link>
              </p>
            </EmptyState>
          </>
        ) : (
          <Passport item={data} directory={directory.data} />
        )
      }
    </QueryBlock>
  );
}
