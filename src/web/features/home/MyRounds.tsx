import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { buttonClass } from '../../ui/index';
import { useDate } from '../plans/PlanParts';
import { useMyRounds } from '../plans/plans.api';
import { planPages } from '../plans/plans.paths';

/**
 * "Dine åbne indberetninger": the open reporting rounds the user answers for a party, each with
 * its deadline and a link to the form. Nothing is shown when there are none.
 */
export function MyRounds() {
  const { t } = useTranslation('plansUi');
  const mine = useMyRounds();
  const date = useDate();
  const items = mine.data?.items ?? [];
  if (items.length === 0) return null;
  return (
    <section className="home-rounds" aria-labelledby="home-rounds">
      <h2 id="home-rounds">{t('mine.heading')}</h2>
      <p className="muted">{t('mine.intro')}</p>
      <ul className="home-rounds-list">
        {items.map((r) => (
          <li key={`${r.roundId}-${r.partyId}`} className="home-round">
            <p className="home-round-title">
              <strong>{r.partyName}</strong>: {r.roundTitle}
            </p>
            <p className="muted">{r.planTitle}</p>
            <p>
              {t('mine.deadline', { date: date(r.deadline) })} ·{' '}
              {r.status === 'answered' ? `✓ ${t('mine.answered')}` : `… ${t('mine.pending')}`}
            </p>
            <Link
              to={planPages.form(r.roundId, r.partyId)}
              className={buttonClass('primary')}
              aria-label={t('mine.openFor', { party: r.partyName, round: r.roundTitle })}
            >
              {t('mine.open')}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
