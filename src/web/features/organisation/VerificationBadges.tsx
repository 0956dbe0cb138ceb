import { useTranslation } from 'react-i18next';
import type { Verification } from '../../../shared/organisation.rules';

/** Props of {@link VerificationBadges}. */
export interface VerificationBadgesProps {
  verification: Verification | null | undefined;
  /** Only these facts (e.g. `['formula']`); default every fact. */
  facts?: readonly string[];
  /** Name the fact before its status ("members: Ikke verificeret"). */
  showFact?: boolean;
}

/**
 * Badges for the facts that are not verified: "Ikke verificeret", "Udledt" or "Konflikt", in
 * words (never colour alone), the source and note as a tooltip, and a conflict's note visible.
 */
export function VerificationBadges({
  verification,
  facts,
  showFact = false,
}: VerificationBadgesProps) {
  const { t } = useTranslation('organisation');
  const shown = Object.entries(verification ?? {}).filter(
    ([fact, v]) => v.status !== 'verified' && (facts === undefined || facts.includes(fact)),
  );
  if (shown.length === 0) return null;
  return (
    <>
      {shown.map(([fact, v]) => {
        const status = t(`verificationStatus.${v.status}`);
        const label = showFact ? t('reform.verificationFact', { fact, status }) : status;
        const title = [v.source, v.note].filter(Boolean).join(' · ');
        return (
          <span key={fact} className="org-verification">
            {' '}
            <span
              className={`org-badge org-badge-${v.status === 'conflict' ? 'error' : 'unverified'}`}
              title={title || undefined}
            >
              {label}
            </span>
            {v.status === 'conflict' && v.note ? (
              <span className="muted org-small"> {v.note}</span>
            ) : null}
          </span>
        );
      })}
    </>
  );
}
