import { useTranslation } from 'react-i18next';
import type { ProcessPreview } from '../../../shared/meetings-planning.contract';
import { Table } from '../../ui/index';
import type { ForumDirectory } from './org-lookup.api';
import { useMeetingFormat } from './use-format';

/** Props of {@link ProcessDrafts}. */
export interface ProcessDraftsProps {
  preview: ProcessPreview;
  directory: ForumDirectory | undefined;
  skipped: readonly string[];
  onToggle: (draftKey: string, include: boolean) => void;
  roleLabel: (role: string) => string;
}

/**
 * The process placed in the calendar: one row per meeting to create, in order, with its forum,
 * date (or the window it must fall in), the steps it follows and what happens there.
 */
export function ProcessDrafts({
  preview,
  directory,
  skipped,
  onToggle,
  roleLabel,
}: ProcessDraftsProps) {
  const { t } = useTranslation('meetings');
  const format = useMeetingFormat();
  const titleOf = new Map(preview.drafts.map((d) => [d.draftKey, d.title]));
  return (
    <Table caption={t('processPage.draftsCaption', { title: preview.title })}>
      <thead>
        <tr>
          <th scope="col">{t('processPage.include')}</th>
          <th scope="col">{t('processPage.columns.step')}</th>
          <th scope="col">{t('processPage.columns.forum')}</th>
          <th scope="col">{t('processPage.columns.date')}</th>
          <th scope="col">{t('processPage.columns.after')}</th>
        </tr>
      </thead>
      <tbody>
        {preview.drafts.map((d) => {
          const complete = d.date !== null && d.forumId !== null;
          const forum = d.forumId
            ? (directory?.byId.get(d.forumId)?.name ?? t('list.unknownForum'))
            : t('processPage.unresolved', { role: roleLabel(d.forumRole ?? '') });
          return (
            <tr key={d.draftKey}>
              <td>
                <input
                  type="checkbox"
                  aria-label={t('processPage.includeNamed', { title: d.title, forum })}
                  checked={complete && !skipped.includes(d.draftKey)}
                  disabled={!complete}
                  onChange={(e) => onToggle(d.draftKey, e.target.checked)}
                />
              </td>
              <th scope="row">{d.title}</th>
              <td>{forum}</td>
              <td>
                <span className="mtg-when">
                  {d.startsAt
                    ? format.dateTime(d.startsAt)
                    : d.date
                      ? format.date(d.date)
                      : t('processPage.noDate')}
                </span>
                {d.windowStart && d.date ? (
                  <>
                    <br />
                    <span className="muted">
                      {t('processPage.window', {
                        from: format.date(d.windowStart),
                        to: format.date(d.date),
                      })}
                    </span>
                  </>
                ) : null}
              </td>
              <td>
                {d.predecessorDraftKeys.length === 0
                  ? '—'
                  : [...new Set(d.predecessorDraftKeys.map((k) => titleOf.get(k) ?? k))].join(', ')}
              </td>
            </tr>
          );
        })}
      </tbody>
    </Table>
  );
}
