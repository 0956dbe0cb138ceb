/** Small shared pieces of the transfer pages: the precedent badge, a dimension's read-only view. */
import { useTranslation } from 'react-i18next';
import { formatKroner, type Dimension } from '../../../shared/transfers.contract';

/** The visible flag of a transfer that sets a precedent for other clusters. */
export function PrecedentBadge() {
  const { t } = useTranslation('transfers');
  return <span className="transfer-precedent">{t('precedentBadge')}</span>;
}

/** A dimension's text, amount (kr.) and rating as text. */
export function DimensionView({ value }: { value: Dimension }) {
  const { t } = useTranslation('transfers');
  return (
    <>
      <span>{value.text.trim() || t('detail.none')}</span>
      {value.amountOre !== null ? (
        <>
          <br />
          <strong>{t('fields.amount')}:</strong> {formatKroner(value.amountOre)}
        </>
      ) : null}
      {value.rating !== null ? (
        <>
          <br />
          <strong>{t('fields.rating')}:</strong> {t(`ratings.${value.rating}` as 'ratings.1')}
        </>
      ) : null}
    </>
  );
}
