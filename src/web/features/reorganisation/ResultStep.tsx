import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { todayInDenmark } from '../../../shared/dates';
import type { ReformResult } from '../../../shared/reorganisation.contract';
import { Alert } from '../../ui/index';
import { meetingPaths } from '../meetings/paths';
import { CountsTable } from './CountsTable';
import { withAsOf } from '../organisation/as-of';
import { orgPaths } from '../organisation/org-paths';
import { useOrgFormat } from '../organisation/org-format';

/** Props of {@link ResultStep}. */
export interface ResultStepProps {
  result: ReformResult;
}

/** Step 4: what was done, with the counts and links to both sides of the reorganisation. */
export function ResultStep({ result }: ResultStepProps) {
  const { t } = useTranslation('reorganisation');
  const format = useOrgFormat();
  const today = todayInDenmark();
  const target = result.targetCollaboration;
  const successors = new Map<string, string>();
  for (const m of result.mappings) {
    for (const s of m.to) if (s.id) successors.set(s.id, s.name);
  }
  return (
    <div className="stack">
      <Alert tone="success">
        {t('result.summary', {
          effectiveDate: format.day(result.effectiveDate),
          target: target.name,
        })}
      </Alert>
      <ul className="reform-links">
        {target.id ? (
          <li>
            <Link to={withAsOf(orgPaths.collaboration(target.id), result.effectiveDate, today)}>
              {t('result.openTarget', {
                target: target.name,
                date: format.day(result.effectiveDate),
              })}
            </Link>
          </li>
        ) : null}
        {result.sources
          .filter((s) => s.id !== target.id)
          .map((s) => (
            <li key={s.id}>
              <Link to={withAsOf(orgPaths.collaboration(s.id), result.lastDay, today)}>
                {t('result.openSource', { source: s.name, date: format.day(result.lastDay) })}
              </Link>
            </li>
          ))}
        {[...successors].map(([id, name]) => (
          <li key={id}>
            <Link to={withAsOf(orgPaths.forum(id), result.effectiveDate, today)}>{name}</Link>
          </li>
        ))}
        <li>
          <Link to={meetingPaths.list}>{t('result.plan')}</Link>
        </li>
      </ul>
      <CountsTable counts={result.counts} />
      {result.carriedOver.length > 0 ? (
        <section aria-labelledby="reform-carried">
          <h3 id="reform-carried">{t('result.carriedHeading')}</h3>
          <ul>
            {result.carriedOver.map((c) => (
              <li key={c.handler}>
                {c.summary}{' '}
                <span className="muted">({t('result.moved', { count: c.movedIds.length })})</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
