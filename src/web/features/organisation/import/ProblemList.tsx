import { useTranslation } from 'react-i18next';
import type { OrgFileProblem } from '../../../../shared/org-file.contract';
import { useOrgFormat } from '../org-format';

/** Props of {@link ProblemList}. */
export interface ProblemListProps {
  heading: string;
  problems: readonly OrgFileProblem[];
  tone: 'error' | 'warning';
}

/** Problems in a file, each with its line and column and where in the file it is. */
export function ProblemList({ heading, problems, tone }: ProblemListProps) {
  const { t } = useTranslation('organisation');
  const format = useOrgFormat();
  if (problems.length === 0) return null;
  return (
    <div className={`org-problems org-problems-${tone}`}>
      <h3>{heading}</h3>
      <ol>
        {problems.map((p, i) => (
          <li key={`${p.line}-${p.column}-${i}`}>
            <strong>{t('import.location', { line: p.line, column: p.column })}:</strong>{' '}
            {format.text({ da: p.message, en: p.messageEn })}
            {p.path ? (
              <div className="muted org-small">{t('import.path', { path: p.path })}</div>
            ) : null}
          </li>
        ))}
      </ol>
    </div>
  );
}
