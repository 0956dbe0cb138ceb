import { useTranslation } from 'react-i18next';
import type { HistoryProblem, HistoryResult } from '../../../shared/history.contract';
import { languageOf } from '../../app/i18n';
import { formatDate } from '../../format';
import { Alert } from '../../ui/index';

/** Props of {@link ProblemList}. */
export interface ProblemListProps {
  problems: readonly HistoryProblem[];
  title: string;
  tone: 'error' | 'info';
}

/** Problems (or notes) in the reader's language. */
export function ProblemList({ problems, title, tone }: ProblemListProps) {
  const { i18n } = useTranslation();
  const language = languageOf(i18n);
  if (problems.length === 0) return null;
  return (
    <Alert tone={tone}>
      <p>
        <strong>{title}</strong>
      </p>
      <ul>
        {problems.map((p, i) => (
          <li key={`${p.code}-${i}`}>{p.message[language]}</li>
        ))}
      </ul>
    </Alert>
  );
}

/** Props of {@link HistoryPreview}. */
export interface HistoryPreviewProps {
  result: HistoryResult;
  /** Heading level-2 id prefix (unique on the page). */
  idPrefix: string;
}

/** What a record creates (meetings, the case's trail) and its problems and notes. */
export function HistoryPreview({ result, idPrefix }: HistoryPreviewProps) {
  const { t, i18n } = useTranslation(['history', 'cases']);
  const language = languageOf(i18n);
  const date = (d: string) => formatDate(d, language);
  const plan = result.plan;
  return (
    <div className="stack">
      <ProblemList problems={result.problems} title={t('ui.problemsTitle')} tone="error" />
      <ProblemList problems={result.warnings} title={t('ui.warningsTitle')} tone="info" />
      {result.problems.length === 0 ? <p>{t('ui.noProblems')}</p> : null}
      {plan ? (
        <>
          <h3 id={`${idPrefix}-meetings`}>{t('ui.previewTitle')}</h3>
          <ul aria-labelledby={`${idPrefix}-meetings`}>
            {plan.meetings.map((m) => (
              <li key={m.step}>
                {t('ui.step', { n: m.step })}:{' '}
                {t(m.existing ? 'ui.usesMeeting' : 'ui.willCreateMeeting', {
                  forum: m.forumName ?? m.forumId,
                  date: date(m.date),
                })}
              </li>
            ))}
          </ul>
          <h3 id={`${idPrefix}-events`}>{t('ui.events')}</h3>
          <ol aria-labelledby={`${idPrefix}-events`}>
            {plan.events.map((e, i) => (
              <li key={i}>
                {date(e.on)}: {t(`cases:events.${e.kind}`)}
                {e.forumName ? ` (${e.forumName})` : ''}
              </li>
            ))}
          </ol>
        </>
      ) : null}
    </div>
  );
}
