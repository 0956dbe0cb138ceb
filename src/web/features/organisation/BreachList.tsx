import { useTranslation } from 'react-i18next';
import type { BreachView } from '../../../shared/organisation.contract';
import { useOrgFormat } from './org-format';

/** Props of {@link BreachList}. */
export interface BreachListProps {
  breaches: readonly BreachView[];
  /** The list's accessible name (e.g. "Brud i SSU"). */
  label?: string;
}

/** Breaches in words, each marked "Brud" or "Advarsel" in text as well as colour. */
export function BreachList({ breaches, label }: BreachListProps) {
  const { t } = useTranslation('organisation');
  const format = useOrgFormat();
  return (
    <ul className="org-breaches" aria-label={label}>
      {breaches.map((breach) => (
        <li
          key={`${breach.forumEntityId}|${breach.ruleId ?? breach.ruleKind}|${breach.code}|${breach.subject}`}
          className={`org-breach org-breach-${breach.severity}`}
        >
          <span className={`org-badge org-badge-${breach.severity}`}>
            {t(`severity.${breach.severity}`)}
          </span>{' '}
          <span>{format.text(breach.message)}</span>
        </li>
      ))}
    </ul>
  );
}
