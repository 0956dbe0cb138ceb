import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useFactLabel } from './VerificationBadges';
import { hasUnverified, type UnverifiedFact, type UnverifiedGroup } from './unverified';

/** Props of {@link UnverifiedSummary}. */
export interface UnverifiedSummaryProps {
  groups: readonly UnverifiedGroup[];
}

function FactLine({ fact }: { fact: UnverifiedFact }) {
  const { t } = useTranslation('organisation');
  const factLabel = useFactLabel();
  const what = fact.fact === null ? t('referenceData.whole') : factLabel(fact.fact);
  return (
    <li>
      {t('reform.verificationFact', { fact: what, status: t(`verificationStatus.${fact.status}`) })}
      {fact.note ? ` – ${fact.note}` : null}
      <span className="muted">
        {' '}
        (
        {fact.source
          ? t('referenceData.source', { source: fact.source })
          : t('referenceData.noSource')}
        )
      </span>
    </li>
  );
}

/**
 * The page's one notice about reference data that is not verified: "18 af 22 kommuner har data,
 * der ikke er verificeret", with the elements, their sources and notes behind "Se kilder".
 * Rows show no badge of their own; a conflict still shows beside its fact.
 */
export function UnverifiedSummary({ groups }: UnverifiedSummaryProps) {
  const { t } = useTranslation('organisation');
  const titleId = useId();
  if (!hasUnverified(groups)) return null;
  const shown = groups.filter((g) => g.entries.length > 0);
  return (
    <section
      className="alert alert-info org-unverified"
      aria-labelledby={titleId}
      data-unverified-summary=""
    >
      <div className="alert-content">
        <h2 id={titleId} className="alert-title org-unverified-title">
          {t('referenceData.title')}
        </h2>
        <div className="alert-body">
          <p>
            {shown
              .map((g) =>
                t(`referenceData.${g.noun}`, {
                  count:
                    g.noun === 'facts'
                      ? g.entries.reduce((sum, e) => sum + e.facts.length, 0)
                      : g.entries.length,
                  total: g.total,
                }),
              )
              .join(' ')}
          </p>
          <details className="org-unverified-details">
            <summary>{t('referenceData.sources')}</summary>
            <ul className="org-unverified-list">
              {shown.flatMap((g) =>
                g.entries.map((entry) => (
                  <li key={`${g.noun}-${entry.key}`}>
                    <span className="org-kicker">{entry.name}</span>
                    <ul>
                      {entry.facts.map((fact, i) => (
                        <FactLine key={`${fact.fact ?? ''}-${i}`} fact={fact} />
                      ))}
                    </ul>
                  </li>
                )),
              )}
            </ul>
          </details>
        </div>
      </div>
    </section>
  );
}
