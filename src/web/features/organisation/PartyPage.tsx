import { useState } from 'react';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Office } from '../../../shared/organisation.enums';
import type { PartyPage as PartyPageData } from '../../../shared/organisation-views.contract';
import { kindAddsToName } from '../../../shared/party-label';
import { usePageTitle } from '../../app/page-title';
import { Button, PageHeader } from '../../ui/index';
import { AsOfControl } from './AsOfControl';
import { useAsOf } from './as-of';
import { Marker } from './ClusterList';
import { EndDialog } from './edit/EndDialog';
import { OfficeDialog } from './edit/OfficeDialog';
import { PartySeats } from './PartySeats';
import { useParty } from './org.api';
import { orgChanges } from './org-changes.api';
import { useOrgFormat } from './org-format';
import { OfficesTable, type OfficeRow } from './OfficesTable';
import { QueryState } from './QueryState';
import { useCanEdit } from './use-can-edit';
import { unverifiedGroup, type UnverifiedGroup } from './unverified';
import { UnverifiedSummary } from './UnverifiedSummary';
import { hasConflict, VerificationBadges } from './VerificationBadges';
import './organisation.css';

/** The party's facts and cluster memberships that are not verified, for the one summary. */
function partyUnverified(page: PartyPageData): UnverifiedGroup[] {
  const { party } = page;
  const memberships = page.clusters.map((c) => ({
    key: `cluster-${c.entityId}`,
    name: c.name,
    verification: c.verified
      ? null
      : { membership: { status: 'unverified' as const, source: null, note: null } },
  }));
  return [
    unverifiedGroup('facts', [
      {
        key: party.entityId,
        name: party.name,
        verified: party.verified,
        source: party.source,
        verification: party.verification,
      },
      ...memberships,
    ]),
  ];
}

type Open = { kind: 'office'; office?: Office } | { kind: 'end'; row: OfficeRow } | null;

function PartyBody({ page, open }: { page: PartyPageData; open: (o: Open) => void }) {
  const { t } = useTranslation('organisation');
  const format = useOrgFormat();
  const canEdit = useCanEdit();
  const { party } = page;
  const date = format.day(page.date);
  return (
    <>
      <UnverifiedSummary groups={partyUnverified(page)} />
      <dl className="org-attrs">
        <div className="org-attr">
          <dt>{t('party.kind')}</dt>
          <dd>{t(`partyKind.${party.kind}`)}</dd>
        </div>
        {party.code ? (
          <div className="org-attr">
            <dt>{t('party.code')}</dt>
            <dd>{party.code}</dd>
          </div>
        ) : null}
        {party.population !== null ? (
          <div className="org-attr">
            <dt>{t('party.population')}</dt>
            <dd>
              {t('party.populationValue', {
                population: format.number(party.population),
                year: party.populationYear ?? '–',
              })}
            </dd>
          </div>
        ) : null}
        {party.councilSize !== null ? (
          <div className="org-attr">
            <dt>{t('reform.councilSize')}</dt>
            <dd>
              {t('reform.councilSizeValue', { count: party.councilSize })}
              <VerificationBadges verification={party.verification} facts={['councilSize']} />
            </dd>
          </div>
        ) : null}
        {hasConflict(
          party.verification,
          Object.keys(party.verification ?? {}).filter((f) => f !== 'councilSize'),
        ) ? (
          <div className="org-attr">
            <dt>{t('reform.verification')}</dt>
            <dd>
              <VerificationBadges
                verification={party.verification}
                facts={Object.keys(party.verification ?? {}).filter((f) => f !== 'councilSize')}
                showFact
              />
            </dd>
          </div>
        ) : null}
        {party.source ? (
          <div className="org-attr">
            <dt>{t('party.source')}</dt>
            <dd className="org-prose">{party.source}</dd>
          </div>
        ) : null}
      </dl>
      <section aria-labelledby="party-clusters" className="org-section">
        <h2 id="party-clusters">{t('party.clustersHeading')}</h2>
        {page.clusters.length === 0 ? (
          <p className="muted">{t('party.noClusters')}</p>
        ) : (
          <ul className="org-members-inline">
            {page.clusters.map((c) => (
              <li key={c.entityId}>
                {c.name}
                {c.partial ? (
                  <>
                    {' '}
                    <Marker kind="partial" />
                  </>
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="party-seats" className="org-section">
        <h2 id="party-seats">{t('party.seatsHeading', { date })}</h2>
        <PartySeats page={page} />
      </section>
      <section aria-labelledby="party-offices" className="org-section">
        <h2 id="party-offices">{t('party.officesHeading', { date })}</h2>
        {canEdit ? (
          <p>
            <Button onClick={() => open({ kind: 'office' })}>{t('edit.office.add')}</Button>
          </p>
        ) : null}
        <OfficesTable
          caption={t('party.officesCaption')}
          rows={page.offices}
          empty={t('party.noOffices')}
          show="person"
          onChange={canEdit ? (row) => open({ kind: 'office', office: row.office }) : undefined}
          onEnd={canEdit ? (row) => open({ kind: 'end', row }) : undefined}
        />
      </section>
      {page.officeHistory.length > 0 ? (
        <section aria-labelledby="party-history" className="org-section">
          <h2 id="party-history">{t('person.historyHeading')}</h2>
          <OfficesTable
            caption={t('party.officeHistoryCaption')}
            rows={page.officeHistory}
            empty={t('person.noHistory')}
            show="person"
          />
        </section>
      ) : null}
    </>
  );
}

/** A party (municipality, region, hospital, …): clusters, seats and offices on the day. */
export function PartyPage() {
  const { t } = useTranslation('organisation');
  const { partyId = '' } = useParams();
  const asOf = useAsOf();
  const party = useParty(partyId, asOf.date);
  const [open, setOpen] = useState<Open>(null);
  const data = party.data;
  usePageTitle(data?.party.name);
  const close = () => setOpen(null);
  return (
    <>
      <PageHeader
        title={data?.party.name ?? t('party.title')}
        description={
          data && kindAddsToName(data.party.name, t(`partyKind.${data.party.kind}`)) ? (
            <p>{t(`partyKind.${data.party.kind}`)}</p>
          ) : null
        }
      />
      <AsOfControl />
      <QueryState query={party}>{(page) => <PartyBody page={page} open={setOpen} />}</QueryState>
      {data && open?.kind === 'office' ? (
        <OfficeDialog
          party={{ entityId: data.party.entityId, name: data.party.name }}
          office={open.office}
          onClose={close}
        />
      ) : null}
      {open?.kind === 'end' ? (
        <EndDialog
          title={t('edit.endOffice.title', {
            name: open.row.personName,
            office: t(`office.${open.row.office}`),
          })}
          body={<p>{t('edit.endOffice.body')}</p>}
          confirmLabel={t('edit.endOffice.confirm')}
          doneText={t('edit.endOffice.done')}
          send={(body, ack) => orgChanges.endOffice(open.row.id, body, ack)}
          onClose={close}
        />
      ) : null}
    </>
  );
}
