import { useTranslation } from 'react-i18next';
import type { SeriesPreview } from '../../../shared/meetings-planning.contract';
import { Table } from '../../ui/index';
import { useMeetingFormat } from './use-format';
import { WarningText } from './WarningText';

/** Props of {@link SeriesProposals}. */
export interface SeriesProposalsProps {
  preview: SeriesPreview;
  chosen: readonly string[];
  onToggle: (date: string, on: boolean) => void;
}

/**
 * The proposed dates: each with its week, the evenly spread date it started from, why it moved
 * (a holiday, a closure day, a month kept free, a day already taken) and any ordering warning.
 * A checkbox per row decides whether it is created.
 */
export function SeriesProposals({ preview, chosen, onToggle }: SeriesProposalsProps) {
  const { t } = useTranslation('meetings');
  const format = useMeetingFormat();
  return (
    <Table caption={t('seriesPage.proposalsCaption', { count: preview.proposals.length })}>
      <thead>
        <tr>
          <th scope="col">{t('seriesPage.include')}</th>
          <th scope="col">{t('seriesPage.columns.date')}</th>
          <th scope="col">{t('seriesPage.columns.why')}</th>
          <th scope="col">{t('seriesPage.columns.warnings')}</th>
        </tr>
      </thead>
      <tbody>
        {preview.proposals.map((p) => {
          const label = t('seriesPage.includeNamed', { date: format.date(p.date) });
          return (
            <tr key={p.date}>
              <td>
                <input
                  type="checkbox"
                  aria-label={label}
                  checked={chosen.includes(p.date)}
                  onChange={(e) => onToggle(p.date, e.target.checked)}
                />
              </td>
              <td className="mtg-when">
                {format.dateTime(p.startsAt)}
                <br />
                <span className="muted">{t('list.week', { week: format.week(p.date) })}</span>
              </td>
              <td>
                {p.explanations.length === 0 ? (
                  <span className="muted">{t('seriesPage.notMoved')}</span>
                ) : (
                  p.explanations.map((e) => e[format.language]).join(' ')
                )}
              </td>
              <td>
                {p.warnings.length === 0
                  ? t('seriesPage.noWarnings')
                  : p.warnings.map((w, i) => (
                      <p key={`${w.code}-${i}`} className="mtg-warning-line">
                        <WarningText warning={w} />
                      </p>
                    ))}
              </td>
            </tr>
          );
        })}
      </tbody>
    </Table>
  );
}
