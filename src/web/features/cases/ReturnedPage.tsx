import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Button, EmptyState, PageHeader } from '../../ui/index';
import { ForumSelect } from '../meetings/ForumSelect';
import { useForumDirectory } from '../meetings/org-lookup.api';
import { casePaths } from '../meetings/paths';
import { QueryBlock } from '../meetings/QueryBlock';
import { CaseTimeline } from './CaseTimeline';
import { RETURNED_PAGE, useReturned } from './cases.api';
import '../meetings/meetings.css';
import './cases.css';

/**
 * A forum's "returned decisions": what came back to it from the fora above (the SSU's decision
 * appearing in the cluster that raised the case), cases sent back, and cases withdrawn.
 */
export function ReturnedPage() {
  const { t } = useTranslation('cases');
  const [params, setParams] = useSearchParams();
  const forumId = params.get('forum') ?? '';
  const offset = Math.max(0, Number(params.get('offset') ?? 0) || 0);
  const directory = useForumDirectory();
  const returned = useReturned(forumId, offset);
  const goTo = (next: number) =>
    setParams(next > 0 ? { forum: forumId, offset: String(next) } : { forum: forumId });
  const forumName = directory.data?.byId.get(forumId)?.name ?? '';
  return (
    <>
      <PageHeader title={t('ui.returned.title')} description={<p>{t('ui.returned.intro')}</p>} />
      <div className="form-grid mtg-bar">
        <ForumSelect
          label={t('ui.returned.forum')}
          directory={directory.data}
          value={forumId}
          onChange={(id) => setParams(id ? { forum: id } : {})}
          emptyOption={t('ui.raise.chooseForum')}
        />
      </div>
      {!forumId ? (
        <EmptyState title={t('ui.returned.chooseTitle')}>
          <p>{t('ui.returned.chooseBody')}</p>
        </EmptyState>
      ) : (
        <QueryBlock query={returned} loadingLabel={t('ui.returned.loading')}>
          {(data) =>
            data.items.length === 0 ? (
              <EmptyState title={t('ui.returned.emptyTitle', { forum: forumName })}>
                <p>{t('ui.returned.emptyBody')}</p>
              </EmptyState>
            ) : (
              <>
                <ul className="case-returned">
                  {data.items.map(({ case: c, entries, steps }) => (
                    <li key={c.id} className="case-group">
                      <h2 className="case-returned-title">
                        <Link to={casePaths.case(c.id)}>{c.title}</Link>
                      </h2>
                      {steps.length > 0 ? (
                        <ul
                          className="case-trail-steps"
                          aria-label={t('trail.stepsOf', { forum: forumName })}
                        >
                          {steps.map((s) => (
                            <li key={s.id}>
                              <span className="mtg-tag">{t(`stepStatuses.${s.status}`)}</span>{' '}
                              {s.returnMode ? (
                                <span className="mtg-tag">{t(`returnModes.${s.returnMode}`)}</span>
                              ) : null}{' '}
                              <Link to={`${casePaths.case(c.id)}#step-${s.id}`}>
                                {t('trail.goToStep')}
                              </Link>
                            </li>
                          ))}
                        </ul>
                      ) : null}
                      <CaseTimeline
                        entries={entries}
                        label={t('ui.returned.entries', { title: c.title })}
                      />
                    </li>
                  ))}
                </ul>
                {data.total > data.items.length || offset > 0 ? (
                  <nav className="button-row" aria-label={t('ui.returned.title')}>
                    <span className="muted">
                      {t('trail.page', {
                        from: offset + 1,
                        to: offset + data.items.length,
                        total: data.total,
                      })}
                    </span>
                    <Button
                      disabled={offset === 0}
                      onClick={() => goTo(Math.max(0, offset - RETURNED_PAGE))}
                    >
                      {t('trail.previous')}
                    </Button>
                    <Button
                      disabled={offset + data.items.length >= data.total}
                      onClick={() => goTo(offset + RETURNED_PAGE)}
                    >
                      {t('trail.next')}
                    </Button>
                  </nav>
                ) : null}
              </>
            )
          }
        </QueryBlock>
      )}
    </>
  );
}
