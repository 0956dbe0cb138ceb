/**
 * A person's offices and seats in words, so a picker can tell namesakes apart:
 * "Borgmester, Odense (kommune)", "Kommunale medlemmer, Sundhedsklynge Fyn (Assens (kommune))".
 */
import { useTranslation } from 'react-i18next';
import type { PersonAffiliation } from '../../../shared/organisation-views.contract';
import { partyLabel } from '../../../shared/party-label';

const capitalised = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** The words for a person's affiliations (joined by " · "), or "" when there are none. */
export function useAffiliationText(): (affiliations: readonly PersonAffiliation[]) => string {
  const { t } = useTranslation('organisation');
  const party = (a: PersonAffiliation) =>
    a.partyName
      ? partyLabel(a.partyName, a.partyKind ? t(`partyKind.${a.partyKind}`) : null)
      : null;
  const one = (a: PersonAffiliation): string | null => {
    const partyText = party(a);
    if (a.office) {
      const office = capitalised(t(`office.${a.office}`));
      return partyText ? t('edit.person.affiliationOffice', { office, party: partyText }) : office;
    }
    if (a.seatLabel && a.forumName) {
      return partyText
        ? t('edit.person.affiliationSeatParty', {
            seat: a.seatLabel,
            forum: a.forumName,
            party: partyText,
          })
        : t('edit.person.affiliationSeat', { seat: a.seatLabel, forum: a.forumName });
    }
    return partyText;
  };
  return (affiliations) =>
    affiliations
      .map(one)
      .filter((text): text is string => Boolean(text))
      .join(' · ');
}
