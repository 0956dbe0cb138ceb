import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Burden } from '../../../shared/organisation-views.contract';
import { compareDanish } from '../../format';
import { Alert, EmptyState, Table } from '../../ui/index';
import { useAsOf } from './as-of';
import { BarChart } from './BarChart';
import { isHeavyLoad, median } from './burden';
import { CollaborationFrame } from './CollaborationFrame';
import { useBurden } from './org.api';
import { useOrgFormat } from './org-format';
import { orgPaths } from './org-paths';
import { OrgLink } from './OrgLink';
import { QueryState } from './QueryState';

const TOP_PERSONS = 15;

type ForumCounts = Burden['municipalities'][number]['fora'];

function foraText(fora: ForumCounts): string {
  return fora
    .map((f) => (f.seatCount > 1 ? `${f.forumName} (${f.seatCount})` : f.forumName))
    .join(', ');
}

function Municipalities({ burden }: { burden: Burden }) {
  const { t } = useTranslation('organisation');
  const format = useOrgFormat();
  const rows = [...burden.municipalities].sort(
    (a, b) => b.seatCount - a.seatCount || compareDanish(a.name, b.name),
  );
  const typical = median(rows.map((r) => r.seatCount));
  const heavy = (n: number) => isHeavyLoad(n, typical);
  return (
    <section aria-labelledby="burden-municipalities" className="org-section">
      <h2 id="burden-municipalities">{t('burden.municipalitiesHeading')}</h2>
      <p className="muted">{t('burden.heavyRule', { median: format.number(typical) })}</p>
      <BarChart
        title={t('burden.chartTitle')}
        description={t('burden.chartDescription')}
        flagLabel={t('burden.heavy')}
        bars={rows.map((r) => ({
          id: r.partyEntityId,
          label: r.name,
          value: r.seatCount,
          flagged: heavy(r.seatCount),
        }))}
      />
      <Table caption={t('burden.municipalitiesCaption', { date: format.day(burden.date) })}>
        <thead>
          <tr>
            <th scope="col">{t('burden.municipality')}</th>
            <th scope="col" className="num">
              {t('burden.seats')}
            </th>
            <th scope="col" className="num">
              {t('burden.clusterSeats')}
            </th>
            <th scope="col">{t('burden.fora')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.partyEntityId}>
              <th scope="row">
                <OrgLink to={orgPaths.party(r.partyEntityId)}>{r.name}</OrgLink>
                {heavy(r.seatCount) ? (
                  <>
                    {' '}
                    <span className="org-badge org-badge-warning">{t('burden.heavy')}</span>
                  </>
                ) : null}
              </th>
              <td className="num">{r.seatCount}</td>
              <td className="num">{r.clusterSeatCount}</td>
              <td>{foraText(r.fora)}</td>
            </tr>
          ))}
        </tbody>
      </Table>
    </section>
  );
}

function Persons({ burden }: { burden: Burden }) {
  const { t } = useTranslation('organisation');
  const format = useOrgFormat();
  const rows = [...burden.persons].sort(
    (a, b) => b.seatCount - a.seatCount || compareDanish(a.name, b.name),
  );
  if (rows.length === 0) return null;
  const top = rows.slice(0, TOP_PERSONS);
  return (
    <section aria-labelledby="burden-persons" className="org-section">
      <h2 id="burden-persons">{t('burden.personsHeading')}</h2>
      <BarChart
        title={t('burden.chartPersonsTitle', { count: top.length })}
        description={t('burden.chartDescription')}
        flagLabel=""
        bars={top.map((r) => ({ id: r.personId, label: r.name, value: r.seatCount }))}
      />
      <Table caption={t('burden.personsCaption', { date: format.day(burden.date) })}>
        <thead>
          <tr>
            <th scope="col">{t('burden.person')}</th>
            <th scope="col" className="num">
              {t('burden.seats')}
            </th>
            <th scope="col">{t('burden.fora')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.personId}>
              <th scope="row">
                <OrgLink to={orgPaths.person(r.personId)}>{r.name}</OrgLink>
              </th>
              <td className="num">{r.seatCount}</td>
              <td>{foraText(r.fora)}</td>
            </tr>
          ))}
        </tbody>
      </Table>
    </section>
  );
}

/** Seats per municipality and per person, as bar charts and tables, heavy loads marked. */
export function BurdenPage() {
  const { t } = useTranslation('organisation');
  const { collaborationId = '' } = useParams();
  const asOf = useAsOf();
  const burden = useBurden(collaborationId, asOf.date);
  return (
    <CollaborationFrame
      collaborationId={collaborationId}
      title={t('burden.title')}
      intro={<p>{t('burden.intro')}</p>}
    >
      <QueryState query={burden}>
        {(data) => (
          <>
            {data.skippedForumEntityIds.length > 0 ? (
              <Alert tone="warning">
                {t('burden.skipped', { count: data.skippedForumEntityIds.length })}
              </Alert>
            ) : null}
            {data.municipalities.length === 0 && data.persons.length === 0 ? (
              <EmptyState title={t('burden.empty')} />
            ) : (
              <>
                <Municipalities burden={data} />
                <Persons burden={data} />
              </>
            )}
          </>
        )}
      </QueryState>
    </CollaborationFrame>
  );
}
