/**
 * Parts every plans page shares: the fictional marker, the plan's sub-navigation, a degree as a
 * badge (colour, glyph and words), the degree legend, simple paging, and the hooks for degree
 * words, dates and the secretariat check.
 */
import { NavLink, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { canAccess } from '../../app/access';
import { useLanguage } from '../../app/language';
import { formatDate, formatDateShort } from '../../format';
import { Button } from '../../ui/index';
import { useSession } from '../auth/auth.api';
import { degreeLabel, degreeVisual, type ScaleStep } from './heatmap';
import { planPages } from './plans.paths';

/** The `:planId` of the page (empty when missing). */
export function usePlanId(): string {
  return useParams().planId ?? '';
}

/** True when the user may do the secretariat's work (open and close rounds, import, …). */
export function useIsSecretariat(): boolean {
  const { data } = useSession();
  return canAccess('secretariat', data);
}

/** A date in the user's language ("" for null). */
export function useDate(): (iso: string | null | undefined) => string {
  const { language } = useLanguage();
  return (iso) => (iso ? formatDate(iso.slice(0, 10), language) : '');
}

/** A short date in the user's language, for chart axes ("" for null). */
export function useShortDate(): (iso: string | null | undefined) => string {
  const { language } = useLanguage();
  return (iso) => (iso ? formatDateShort(iso.slice(0, 10), language) : '');
}

/** The words of a degree on a scale. */
export function useDegreeText(scale: readonly ScaleStep[]): (degree: string | null) => string {
  const { t, i18n } = useTranslation(['plansUi', 'plans']);
  return (degree) =>
    degreeLabel(
      scale,
      degree,
      (key) =>
        i18n.exists(`plans:degrees.${key}`)
          ? t(`plans:degrees.${key}` as 'plans:degrees.full')
          : null,
      t('none'),
    );
}

/** "Fiktivt eksempel": shown beside every fictional plan's title. */
export function FictionalBadge() {
  const { t } = useTranslation(['plansUi', 'plans']);
  return <span className="plan-fictional">{t('plans:fictional')}</span>;
}

/** A degree: its colour step, its glyph and its words (never colour alone). */
export function DegreeBadge({
  scale,
  degree,
}: {
  scale: readonly ScaleStep[];
  degree: string | null;
}) {
  const text = useDegreeText(scale);
  const visual = degreeVisual(scale, degree);
  return (
    <span className={`plan-degree ${visual.className}`}>
      <span aria-hidden="true" className="plan-degree-glyph">
        {visual.glyph}
      </span>{' '}
      {text(degree)}
    </span>
  );
}

/** The legend of a scale, optionally with a count per degree. */
export function DegreeLegend({
  scale,
  counts,
}: {
  scale: readonly ScaleStep[];
  counts?: ReadonlyMap<string | null, number>;
}) {
  const { t } = useTranslation(['plansUi', 'plans']);
  const text = useDegreeText(scale);
  const keys: (string | null)[] = [...scale.map((s) => s.key), null];
  return (
    <section className="plan-legend" aria-labelledby="plan-legend-heading">
      <h2 id="plan-legend-heading" className="plan-legend-heading">
        {t('heatmap.legend')}
      </h2>
      <ul>
        {keys.map((key) => {
          const visual = degreeVisual(scale, key);
          const label = text(key);
          return (
            <li key={key ?? 'none'}>
              <span className={`plan-swatch ${visual.className}`} aria-hidden="true">
                {visual.glyph}
              </span>{' '}
              {counts ? t('heatmap.legendCount', { label, count: counts.get(key) ?? 0 }) : label}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/** The pages of one plan, as a small navigation with the current one marked. */
export function PlanNav({ planId }: { planId: string }) {
  const { t } = useTranslation(['plansUi', 'plans']);
  const secretariat = useIsSecretariat();
  const items = [
    { to: planPages.plan(planId), label: t('nav.overview') },
    { to: planPages.heatmap(planId), label: t('nav.heatmap') },
    { to: planPages.progress(planId), label: t('nav.progress') },
    { to: planPages.rounds(planId), label: t('nav.rounds') },
    { to: planPages.priorities(planId), label: t('nav.priorities') },
    { to: planPages.indicators(planId), label: t('nav.indicators') },
    ...(secretariat ? [{ to: planPages.import(planId), label: t('nav.import') }] : []),
  ];
  return (
    <nav className="plan-subnav" aria-label={t('nav.label')}>
      <ul>
        {items.map((item) => (
          <li key={item.to}>
            <NavLink to={item.to} end className="plan-subnav-link">
              {item.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** Previous / next for cursor paging (the cursors seen so far are the way back). */
export function CursorPager({
  page,
  hasNext,
  onPrevious,
  onNext,
  busy,
}: {
  page: number;
  hasNext: boolean;
  onPrevious: () => void;
  onNext: () => void;
  busy?: boolean;
}) {
  const { t } = useTranslation(['plansUi', 'plans']);
  if (page === 1 && !hasNext) return null;
  return (
    <nav className="plan-pager" aria-label={t('overview.pageLabel', { page })}>
      <Button size="sm" onClick={onPrevious} disabled={page === 1}>
        {t('overview.previous')}
      </Button>
      <span>{t('overview.pageLabel', { page })}</span>
      <Button size="sm" onClick={onNext} disabled={!hasNext} busy={busy}>
        {t('overview.next')}
      </Button>
    </nav>
  );
}
