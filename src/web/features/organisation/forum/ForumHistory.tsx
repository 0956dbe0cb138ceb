import { useTranslation } from 'react-i18next';
import type { ForumView } from '../../../../shared/organisation.contract';
import type { ForumPage } from '../../../../shared/organisation-views.contract';
import { EmptyState, Table } from '../../../ui/index';
import { useOrgFormat } from '../org-format';
import { orgPaths } from '../org-paths';
import { OrgLink } from '../OrgLink';

/** The attributes a forum version can change, in the order they are named. */
export const FORUM_FIELDS = [
  'name',
  'shortName',
  'level',
  'kind',
  'scope',
  'clusterId',
  'ownerPartyId',
  'reportsToForumId',
  'cadence',
  'secretariat',
  'charter',
  'mustTasks',
  'mayTasks',
  'decisionCompetence',
  'successorForumIds',
] as const satisfies readonly (keyof ForumView)[];

/** The attributes that differ between two versions of a forum. */
export function changedFields(
  before: ForumView,
  after: ForumView,
): (typeof FORUM_FIELDS)[number][] {
  return FORUM_FIELDS.filter((f) => JSON.stringify(before[f]) !== JSON.stringify(after[f]));
}

function Person({ person }: { person: { id: string; name: string } | null }) {
  const { t } = useTranslation('organisation');
  if (!person) return <span className="muted">{t('common.vacant')}</span>;
  return <OrgLink to={orgPaths.person(person.id)}>{person.name}</OrgLink>;
}

/** A forum's history: its versions (what changed when) and every change of its members. */
export function ForumHistory({ history }: { history: ForumPage['history'] }) {
  const { t } = useTranslation('organisation');
  const format = useOrgFormat();
  const versions = [...history.versions].sort((a, b) => a.validFrom.localeCompare(b.validFrom));
  const events = [...history.events].sort((a, b) => b.date.localeCompare(a.date));
  return (
    <div className="stack">
      <Table caption={t('forum.history.versionsCaption')}>
        <thead>
          <tr>
            <th scope="col">{t('common.validFrom')}</th>
            <th scope="col">{t('common.validTo')}</th>
            <th scope="col">{t('forum.history.name')}</th>
            <th scope="col">{t('forum.history.changes')}</th>
          </tr>
        </thead>
        <tbody>
          {versions.map((v, i) => {
            const prev = versions[i - 1];
            const fields = prev ? changedFields(prev, v) : [];
            return (
              <tr key={v.id}>
                <th scope="row">{format.day(v.validFrom)}</th>
                <td>{v.validTo ? format.day(v.validTo) : t('common.openEnded')}</td>
                <td>{v.name}</td>
                <td>
                  {prev
                    ? fields.map((f) => t(`forum.field.${f}`)).join(', ') || '–'
                    : t('forum.history.firstVersion')}
                </td>
              </tr>
            );
          })}
        </tbody>
      </Table>
      {events.length === 0 ? (
        <EmptyState title={t('forum.history.noEvents')} />
      ) : (
        <Table caption={t('forum.history.eventsCaption')}>
          <thead>
            <tr>
              <th scope="col">{t('forum.history.date')}</th>
              <th scope="col">{t('forum.history.change')}</th>
              <th scope="col">{t('forum.history.seat')}</th>
              <th scope="col">{t('forum.history.before')}</th>
              <th scope="col">{t('forum.history.after')}</th>
            </tr>
          </thead>
          <tbody>
            {events.map((e, i) => (
              <tr key={`${e.date}-${e.seatEntityId}-${i}`}>
                <th scope="row">{format.day(e.date)}</th>
                <td>{t(`forum.history.event.${e.change}`)}</td>
                <td>{e.seatLabel}</td>
                <td>
                  <Person person={e.before} />
                </td>
                <td>
                  <Person person={e.after} />
                </td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </div>
  );
}
