import { useTranslation } from 'react-i18next';
import type { Verification } from '../../../shared/organisation.rules';

/** True when a fact of the verification is in conflict (and so gets a badge). */
export function hasConflict(
  verification: Verification | null | undefined,
  facts?: readonly string[],
): boolean {
  return Object.entries(verification ?? {}).some(
    ([fact, v]) => v.status === 'conflict' && (facts === undefined || facts.includes(fact)),
  );
}

const KNOWN_FACTS = [
  'members',
  'membership',
  'formula',
  'councilSize',
  'owner',
  'acuteHospital',
  'population',
  'chair',
  'name',
  'role',
  'charter',
] as const;

type KnownFact = (typeof KNOWN_FACTS)[number];

const isKnownFact = (fact: string): fact is KnownFact =>
  (KNOWN_FACTS as readonly string[]).includes(fact);

/** A fact's name in words ("medlemskab" for `membership`); an unknown fact as it is written. */
export function useFactLabel(): (fact: string) => string {
  const { t } = useTranslation('organisation');
  return (fact) => (isKnownFact(fact) ? t(`referenceData.fact.${fact}`) : fact);
}

/** Props of {@link VerificationBadges}. */
export interface VerificationBadgesProps {
  verification: Verification | null | undefined;
  /** Only these facts (e.g. `['formula']`); default every fact. */
  facts?: readonly string[];
  /** Name the fact before its status ("members: Ikke verificeret"). */
  showFact?: boolean;
}

/**
 * Badges for the facts in conflict ("Konflikt"), in words (never colour alone), the source and
 * note as a tooltip and the note visible. Facts that are only unverified or inferred get no
 * badge: the page's {@link UnverifiedSummary} lists them once, with their sources.
 */
export function VerificationBadges({
  verification,
  facts,
  showFact = false,
}: VerificationBadgesProps) {
  const { t } = useTranslation('organisation');
  const factLabel = useFactLabel();
  const shown = Object.entries(verification ?? {}).filter(
    ([fact, v]) => v.status === 'conflict' && (facts === undefined || facts.includes(fact)),
  );
  if (shown.length === 0) return null;
  return (
    <>
      {shown.map(([fact, v]) => {
        const status = t(`verificationStatus.${v.status}`);
        const label = showFact
          ? t('reform.verificationFact', { fact: factLabel(fact), status })
          : status;
        const title = [v.source, v.note].filter(Boolean).join(' · ');
        return (
          <span key={fact} className="org-verification">
            {' '}
            <span className="org-badge org-badge-error" title={title || undefined}>
              {label}
            </span>
            {v.note ? <span className="muted org-small"> {v.note}</span> : null}
          </span>
        );
      })}
    </>
  );
}
