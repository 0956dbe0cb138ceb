import { useTranslation } from 'react-i18next';
import type { CaseSummary } from '../../../shared/cases.contract';

/** The case's type, flags and confidentiality as small labelled tags (text, not colour). */
export function CaseBadges({
  item,
}: {
  item: Pick<CaseSummary, 'type' | 'flags' | 'confidential'>;
}) {
  const { t } = useTranslation('cases');
  return (
    <span className="case-badges">
      <span className="mtg-tag">{t(`types.${item.type}`)}</span>
      {item.flags.map((f) => (
        <span key={f} className="mtg-tag mtg-tag-flag">
          {t(`flags.${f}`)}
        </span>
      ))}
      {item.confidential ? (
        <span className="mtg-tag mtg-tag-warning">{t('ui.confidential')}</span>
      ) : null}
    </span>
  );
}
