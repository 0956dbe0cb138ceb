import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { EmptyState, PageHeader } from '../../ui/index';
import { ForumSelect } from '../meetings/ForumSelect';
import { useForumDirectory } from '../meetings/org-lookup.api';
import { casePaths } from '../meetings/paths';
import { QueryBlock } from '../meetings/QueryBlock';
import { CaseTimeline } from './CaseTimeline';
import { useReturned } from './cases.api';
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
  const directory = useForumDirectory();
  const returned = useReturned(forumId);
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
              <ul className="case-returned">
                {data.items.map(({ case: c, entries }) => (
                  <li key={c.id} className="case-group">
                    <h2 className="case-returned-title">
                      <Link to={casePaths.case(c.id)}>{c.title}</Link>
                    </h2>
                    <CaseTimeline
                      entries={entries}
                      label={t('ui.returned.entries', { title: c.title })}
                    />
                  </li>
                ))}
              </ul>
            )
          }
        </QueryBlock>
      )}
    </>
  );
}
