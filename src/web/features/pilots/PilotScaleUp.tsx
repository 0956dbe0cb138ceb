/** The pilot page's scale-up decision (form and history) and the spread per municipality. */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { todayInDenmark } from '../../../shared/dates';
import type { PilotDetail } from '../../../shared/pilots.contract';
import { useErrorText } from '../../app/errors';
import { Alert, Button, EmptyState, Select, Table, TextField, useToast } from '../../ui/index';
import { useDate } from '../plans/PlanParts';
import { useDecidePilot, useOverview, useRecordSpread } from './pilots.api';

const OUTCOMES = ['scaleUp', 'adjustAndRetry', 'stop'] as const;
const SPREAD = ['notStarted', 'started', 'implemented'] as const;

export function Decisions({ pilot, secretariat }: { pilot: PilotDetail; secretariat: boolean }) {
  const { t } = useTranslation('pilots');
  const date = useDate();
  return (
    <section className="pilot-section" aria-labelledby="pilot-decision">
      <h2 id="pilot-decision">{t('decision.heading')}</h2>
      {pilot.decisions.length === 0 ? (
        <p className="muted">{t('decision.none')}</p>
      ) : (
        <ul>
          {pilot.decisions.map((d) => (
            <li key={d.id}>
              <strong>{t(`outcomes.${d.outcome}`)}</strong> · {d.forumName} · {date(d.decidedOn)}
              <br />
              {d.text}
            </li>
          ))}
        </ul>
      )}
      {secretariat && pilot.caseId === null ? (
        <p className="muted">{t('decision.noCase')}</p>
      ) : null}
      {secretariat && pilot.caseId !== null ? <DecisionForm pilot={pilot} /> : null}
    </section>
  );
}

function DecisionForm({ pilot }: { pilot: PilotDetail }) {
  const { t } = useTranslation('pilots');
  const toast = useToast();
  const errorText = useErrorText();
  const overview = useOverview(pilot.collaborationId);
  const decide = useDecidePilot(pilot.id);
  const [outcome, setOutcome] = useState<(typeof OUTCOMES)[number]>('scaleUp');
  const [scopeKind, setScopeKind] = useState<'all' | 'clusters'>('all');
  const [clusterIds, setClusterIds] = useState<string[]>([]);
  const [on, setOn] = useState('');
  const clusters = overview.data?.clusters.map((c) => c.cluster) ?? [];
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const scope =
      outcome !== 'scaleUp'
        ? null
        : scopeKind === 'all'
          ? { kind: 'all' as const }
          : { kind: 'clusters' as const, clusterIds };
    decide.mutate(
      { outcome, scope, ...(on ? { on } : {}) },
      { onSuccess: () => toast.show(t('decision.recorded')) },
    );
  };
  return (
    <form className="form stack" onSubmit={submit}>
      <p>{t('decision.intro')}</p>
      <fieldset className="pilot-checks">
        <legend>{t('decision.outcome')}</legend>
        {OUTCOMES.map((o) => (
          <label key={o}>
            <input
              type="radio"
              name="outcome"
              value={o}
              checked={outcome === o}
              onChange={() => setOutcome(o)}
            />{' '}
            {t(`outcomes.${o}`)}
          </label>
        ))}
      </fieldset>
      {outcome === 'scaleUp' ? (
        <fieldset className="pilot-checks">
          <legend>{t('decision.scope')}</legend>
          <label>
            <input
              type="radio"
              name="scope"
              checked={scopeKind === 'all'}
              onChange={() => setScopeKind('all')}
            />{' '}
            {t('decision.scopeAll')}
          </label>
          <label>
            <input
              type="radio"
              name="scope"
              checked={scopeKind === 'clusters'}
              disabled={clusters.length === 0}
              onChange={() => setScopeKind('clusters')}
            />{' '}
            {t('decision.scopeClusters')}
          </label>
          {scopeKind === 'clusters'
            ? clusters.map((c) => (
                <label key={c.entityId}>
                  <input
                    type="checkbox"
                    checked={clusterIds.includes(c.entityId)}
                    onChange={(e) =>
                      setClusterIds((list) =>
                        e.target.checked
                          ? [...list, c.entityId]
                          : list.filter((id) => id !== c.entityId),
                      )
                    }
                  />{' '}
                  {c.name}
                </label>
              ))
            : null}
        </fieldset>
      ) : null}
      <TextField
        type="date"
        label={t('decision.on')}
        value={on}
        onChange={(e) => setOn(e.target.value)}
      />
      {decide.isError ? <Alert tone="error">{errorText(decide.error)}</Alert> : null}
      <div className="button-row">
        <Button type="submit" variant="primary" busy={decide.isPending}>
          {t('decision.submit')}
        </Button>
      </div>
    </form>
  );
}

export function Spread({ pilot, secretariat }: { pilot: PilotDetail; secretariat: boolean }) {
  const { t } = useTranslation('pilots');
  const date = useDate();
  const toast = useToast();
  const errorText = useErrorText();
  const record = useRecordSpread(pilot.id);
  const [partyId, setPartyId] = useState('');
  const [status, setStatus] = useState<(typeof SPREAD)[number]>('started');
  const [on, setOn] = useState(todayInDenmark());
  const [note, setNote] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    record.mutate(
      { partyId, status, on, note },
      {
        onSuccess: () => {
          setNote('');
          toast.show(t('spread.recorded'));
        },
      },
    );
  };
  return (
    <section className="pilot-section" aria-labelledby="pilot-spread">
      <h2 id="pilot-spread">{t('spread.heading')}</h2>
      {pilot.spread.length === 0 ? (
        <EmptyState title={t('spread.none')} />
      ) : (
        <>
          {pilot.initiativeId ? <p className="muted">{t('spread.mapping')}</p> : null}
          {secretariat ? (
            <form className="pilot-filters" onSubmit={submit}>
              <Select
                label={t('spread.party')}
                value={partyId}
                required
                onChange={(e) => setPartyId(e.target.value)}
                options={[
                  { value: '', label: '' },
                  ...pilot.spread.map((r) => ({ value: r.partyId, label: r.partyName })),
                ]}
              />
              <Select
                label={t('spread.current')}
                value={status}
                onChange={(e) => setStatus(e.target.value as (typeof SPREAD)[number])}
                options={SPREAD.map((s) => ({ value: s, label: t(`spreadStatus.${s}`) }))}
              />
              <TextField
                type="date"
                label={t('spread.on')}
                value={on}
                onChange={(e) => setOn(e.target.value)}
              />
              <TextField
                label={t('spread.note')}
                value={note}
                onChange={(e) => setNote(e.target.value)}
              />
              <Button type="submit" variant="primary" disabled={!partyId} busy={record.isPending}>
                {t('spread.record')}
              </Button>
            </form>
          ) : null}
          {record.isError ? <Alert tone="error">{errorText(record.error)}</Alert> : null}
          <Table caption={t('spread.heading')} captionHidden>
            <thead>
              <tr>
                <th scope="col">{t('spread.party')}</th>
                <th scope="col">{t('spread.current')}</th>
                <th scope="col">{t('spread.on')}</th>
                <th scope="col">{t('spread.history')}</th>
              </tr>
            </thead>
            <tbody>
              {pilot.spread.map((row) => (
                <tr key={row.partyId}>
                  <th scope="row">{row.partyName}</th>
                  <td>
                    {row.current
                      ? t(`spreadStatus.${row.current.status}`)
                      : t('spread.notRecorded')}
                  </td>
                  <td>{row.current ? date(row.current.on) : ''}</td>
                  <td>
                    {row.history
                      .slice(1)
                      .map(
                        (h) =>
                          `${t(`spreadStatus.${h.status}`)} (${date(h.on)})${h.note ? `: ${h.note}` : ''}`,
                      )
                      .join('; ')}
                  </td>
                </tr>
              ))}
            </tbody>
          </Table>
        </>
      )}
    </section>
  );
}
