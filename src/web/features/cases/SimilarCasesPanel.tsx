import { useTranslation } from 'react-i18next';
import type { SimilarCaseView } from '../../../shared/cases.contract';
import { Spinner } from '../../ui/index';
import { useDebounced } from '../meetings/use-debounced';
import { useSimilarCases } from './cases.api';
import { casePaths } from '../meetings/paths';
import { CaseBadges } from './CaseBadges';

/** Props of {@link SimilarCasesPanel}. */
export interface SimilarCasesPanelProps {
  items: readonly SimilarCaseView[] | undefined;
  loading: boolean;
  /** Nothing to compare yet (no forum or too short a title). */
  idle: boolean;
}

/**
 * "Lignende sager i andre klynger" (seed 004), updated as the title and summary are typed, so a
 * cluster can reuse what another has done before raising the same case again.
 */
export function SimilarCasesPanel({ items, loading, idle }: SimilarCasesPanelProps) {
  const { t } = useTranslation('cases');
  return (
    <aside className="case-similar" aria-labelledby="case-similar">
      <h2 id="case-similar">{t('screening.similarTitle')}</h2>
      <div aria-live="polite">
        {idle ? <p className="muted">{t('ui.similar.idle')}</p> : null}
        {!idle && loading ? <Spinner label={t('ui.similar.loading')} showLabel /> : null}
        {!idle && !loading && items?.length === 0 ? (
          <p className="muted">{t('ui.similar.none')}</p>
        ) : null}
        {!idle && items && items.length > 0 ? (
          <p>{t('ui.similar.found', { count: items.length })}</p>
        ) : null}
      </div>
      {!idle && items && items.length > 0 ? (
        <ul className="case-similar-list">
          {items.map(({ case: c, score }) => (
            <li key={c.id}>
              <a href={casePaths.case(c.id)} target="_blank" rel="noopener noreferrer">
                {c.title}
                <span className="visually-hidden"> {t('ui.similar.newTab')}</span>
              </a>
              <p className="muted">
                {t('ui.similar.meta', {
                  forum: c.raisedInForumName ?? t('ui.unknownForum'),
                  status: t(`statuses.${c.status}`),
                  score: Math.round(score * 100),
                })}
              </p>
              <CaseBadges item={c} />
            </li>
          ))}
        </ul>
      ) : null}
    </aside>
  );
}

/** Props of {@link LiveSimilarCases}. */
export interface LiveSimilarCasesProps {
  collaborationId: string;
  forumId: string;
  title: string;
  summary: string;
}

/** {@link SimilarCasesPanel} fed as the user types (half a second after the last key). */
export function LiveSimilarCases({
  collaborationId,
  forumId,
  title,
  summary,
}: LiveSimilarCasesProps) {
  const typedTitle = useDebounced(title.trim(), 500);
  const typedSummary = useDebounced(summary.trim(), 500);
  const similar = useSimilarCases({
    collaborationId,
    forumId,
    title: typedTitle,
    summary: typedSummary,
  });
  return (
    <SimilarCasesPanel
      items={similar.data?.items}
      loading={similar.isFetching}
      idle={!collaborationId || typedTitle.length < 3}
    />
  );
}
