/**
 * "Finansiering af sekretariater" (issue 14): pick a collaboration and a date, see its clusters
 * with their derived hosts, type each cluster's FTE and DKK per FTE, choose the keys, see the four
 * models side by side per municipality, save scenarios and work with them (ScenarioPanel).
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatKroner, costOfFte } from '../../../domain/financing/index';
import { todayInDenmark } from '../../../shared/dates';
import type { FinancingSetup, ModelResultView } from '../../../shared/financing.contract';
import { useLanguage } from '../../app/language';
import {
  Alert,
  Button,
  EmptyState,
  PageHeader,
  Select,
  Table,
  TextField,
  useToast,
} from '../../ui/index';
import { useStartingId } from '../meetings/org-lookup.api';
import { useCollaborations } from '../organisation/org.api';
import { QueryState } from '../organisation/QueryState';
import { useIsSecretariat } from '../plans/PlanParts';
import { ScenarioPanel } from './ScenarioPanel';
import { useSaveScenario, useScenario, useSetup } from './financing.api';
import {
  EMPTY_FORM,
  formOf,
  preview,
  toInput,
  type FinancingForm,
  type KeyKind,
  validFte,
  validRate,
} from './financing-form';
import { ModelsTable } from './ModelTables';
import './financing.css';

export function FinancingPage() {
  const { t } = useTranslation('financing');
  const [asOf, setAsOf] = useState(todayInDenmark());
  const collaborations = useCollaborations(asOf);
  const [chosen, setChosen] = useState('');
  const [populationYear, setPopulationYear] = useState<number | null>(null);
  const startId = useStartingId((collaborations.data?.items ?? []).map((c) => c.entityId));
  const collaborationId = chosen || startId;
  const setup = useSetup(collaborationId, asOf, populationYear);
  const [openId, setOpenId] = useState<string | null>(null);
  return (
    <div className="financing-page">
      <PageHeader title={t('title')} description={<p>{t('intro')}</p>} />
      <div className="financing-row">
        <Select
          label={t('collaboration')}
          value={collaborationId}
          onChange={(e) => {
            setChosen(e.target.value);
            setOpenId(null);
          }}
          options={(collaborations.data?.items ?? []).map((c) => ({
            value: c.entityId,
            label: c.name,
          }))}
        />
        <TextField
          label={t('asOf')}
          type="date"
          value={asOf}
          onChange={(e) => setAsOf(e.target.value)}
        />
        {setup.data && (
          <Select
            label={t('population')}
            value={populationYear === null ? '' : String(populationYear)}
            onChange={(e) => setPopulationYear(e.target.value ? Number(e.target.value) : null)}
            emptyOption={`${setup.data.population.year} (${t(`populationKinds.${setup.data.population.kind}`)})`}
            options={setup.data.populationYears.map((p) => ({
              value: String(p.year),
              label: `${p.year} (${t(`populationKinds.${p.kind}`)})`,
            }))}
          />
        )}
      </div>
      {collaborations.data && collaborations.data.items.length === 0 ? (
        <EmptyState title={t('noCollaborations')} />
      ) : (
        <QueryState query={setup}>
          {(data) => (
            <Simulator
              key={`${data.collaborationId}-${data.asOf}`}
              setup={data}
              populationYear={populationYear}
              openId={openId}
              onOpen={setOpenId}
            />
          )}
        </QueryState>
      )}
    </div>
  );
}

function KeyChoice(props: {
  label: string;
  kind: KeyKind;
  percent: string;
  onKind: (k: KeyKind) => void;
  onPercent: (p: string) => void;
}) {
  const { t } = useTranslation('financing');
  return (
    <div className="financing-row">
      <Select
        label={props.label}
        value={props.kind}
        onChange={(e) => props.onKind(e.target.value as KeyKind)}
        options={(['population', 'equal', 'mix'] as const).map((k) => ({
          value: k,
          label: t(`keyKinds.${k}`),
        }))}
      />
      {props.kind === 'mix' && (
        <TextField
          label={`${props.label}: ${t('populationPercent')}`}
          inputMode="numeric"
          value={props.percent}
          onChange={(e) => props.onPercent(e.target.value)}
        />
      )}
    </div>
  );
}

function Simulator(props: {
  setup: FinancingSetup;
  populationYear: number | null;
  openId: string | null;
  onOpen: (id: string | null) => void;
}) {
  const { setup } = props;
  const { t } = useTranslation('financing');
  const { language } = useLanguage();
  const toast = useToast();
  const secretariat = useIsSecretariat();
  const [form, setForm] = useState<FinancingForm>(EMPTY_FORM);
  const save = useSaveScenario();
  const opened = useScenario(props.openId);
  const set = (patch: Partial<FinancingForm>) => setForm((f) => ({ ...f, ...patch }));
  const { input, badFte, badRate } = toInput(form, setup, props.populationYear);
  const result = input ? preview(setup, input) : null;
  const problemText = (p: { code: string; params: Record<string, string> }) =>
    t(`problems.${p.code.replace('financing.', '') as 'noHost'}`, {
      ...p.params,
      cluster: p.params.cluster ?? '',
    });
  const submit = async (asNew: boolean) => {
    if (!input) return;
    try {
      const saved = await save.mutateAsync({ id: asNew ? null : props.openId, input });
      props.onOpen(saved.id);
      toast.show(t('scenario.saved'), 'success');
    } catch (e) {
      toast.show(
        e instanceof Error && 'textIn' in e
          ? String((e as { textIn: (l: string) => string }).textIn(language))
          : String(e),
        'error',
      );
    }
  };
  return (
    <>
      <p>{t('populationFrom', { year: setup.population.year, source: setup.population.source })}</p>
      <ClustersSection setup={setup} form={form} set={set} badFte={badFte} badRate={badRate} />
      <KeysSection form={form} set={set} />
      <section aria-labelledby="financing-result">
        <h2 id="financing-result">{t('result')}</h2>
        {result && !result.ok ? (
          <Alert tone="warning" title={t('problemsTitle')}>
            <ul>
              {result.problems.map((p, i) => (
                <li key={i}>{problemText(p)}</li>
              ))}
            </ul>
          </Alert>
        ) : result?.ok ? (
          <>
            <p>
              {t('total')}: <strong>{formatKroner(result.total)}</strong>
            </p>
            <ModelsTable models={result.models as ModelResultView[]} caption={t('result')} />
          </>
        ) : null}
        {secretariat && (
          <div className="financing-row">
            <TextField
              label={t('scenario.name')}
              value={form.name}
              maxLength={200}
              onChange={(e) => set({ name: e.target.value })}
            />
            <Button
              variant="primary"
              disabled={!input || form.name.trim() === '' || save.isPending}
              onClick={() => void submit(props.openId === null)}
            >
              {t('scenario.save')}
            </Button>
            {props.openId && (
              <Button
                disabled={!input || form.name.trim() === '' || save.isPending}
                onClick={() => void submit(true)}
              >
                {t('scenario.saveAsNew')}
              </Button>
            )}
          </div>
        )}
      </section>
      <ScenarioPanel
        collaborationId={setup.collaborationId}
        openId={props.openId}
        opened={opened.data ?? null}
        onOpen={(id) => {
          props.onOpen(id);
        }}
        onEdit={(s) => setForm(formOf(s))}
      />
    </>
  );
}

type SetForm = (patch: Partial<FinancingForm>) => void;

function ClustersSection(props: {
  setup: FinancingSetup;
  form: FinancingForm;
  set: SetForm;
  badFte: Set<string>;
  badRate: Set<string>;
}) {
  const { setup, form, set, badFte, badRate } = props;
  const { t } = useTranslation('financing');
  return (
    <section aria-labelledby="financing-clusters">
      <h2 id="financing-clusters">{t('clusters')}</h2>
      {setup.clusters.length === 0 ? (
        <EmptyState title={t('noClusters')} />
      ) : (
        <Table caption={t('clusters')} captionHidden>
          <thead>
            <tr>
              <th scope="col">{t('cluster')}</th>
              <th scope="col">{t('host')}</th>
              <th scope="col">{t('members')}</th>
              <th scope="col">{t('fte')}</th>
              <th scope="col">{t('rate')}</th>
              <th scope="col" className="num">
                {t('cost')}
              </th>
            </tr>
          </thead>
          <tbody>
            {setup.clusters.map((c) => {
              const fte = validFte(form.fte[c.id]);
              const rate = validRate(form.rate[c.id]);
              return (
                <tr key={c.id}>
                  <th scope="row">{c.name}</th>
                  <td>{c.hostName ?? <em>{t('noHost')}</em>}</td>
                  <td>{c.memberCodes.length}</td>
                  <td className="financing-cell-input">
                    <TextField
                      label={`${t('fte')}: ${c.name}`}
                      inputMode="decimal"
                      value={form.fte[c.id] ?? ''}
                      placeholder="0"
                      error={badFte.has(c.id) ? t('badFte') : undefined}
                      onChange={(e) => set({ fte: { ...form.fte, [c.id]: e.target.value } })}
                    />
                  </td>
                  <td className="financing-cell-input">
                    <TextField
                      label={`${t('rate')}: ${c.name}`}
                      inputMode="decimal"
                      value={form.rate[c.id] ?? ''}
                      placeholder="0,00"
                      error={badRate.has(c.id) ? t('badRate') : undefined}
                      onChange={(e) => set({ rate: { ...form.rate, [c.id]: e.target.value } })}
                    />
                  </td>
                  <td className="num">
                    {fte !== null && rate !== null ? formatKroner(costOfFte(fte, rate)) : '–'}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </Table>
      )}
    </section>
  );
}

function KeysSection({ form, set }: { form: FinancingForm; set: SetForm }) {
  const { t } = useTranslation('financing');
  return (
    <section aria-labelledby="financing-keys">
      <h2 id="financing-keys">{t('keys')}</h2>
      <KeyChoice
        label={t('key')}
        kind={form.keyKind}
        percent={form.keyPercent}
        onKind={(keyKind) => set({ keyKind })}
        onPercent={(keyPercent) => set({ keyPercent })}
      />
      <KeyChoice
        label={t('secretariatKey')}
        kind={form.secretariatKeyKind}
        percent={form.secretariatPercent}
        onKind={(secretariatKeyKind) => set({ secretariatKeyKind })}
        onPercent={(secretariatPercent) => set({ secretariatPercent })}
      />
      <Select
        label={t('model4Mode')}
        value={form.model4Mode}
        onChange={(e) => set({ model4Mode: e.target.value as FinancingForm['model4Mode'] })}
        options={(['secretariatStaff', 'fundsToHosts'] as const).map((m) => ({
          value: m,
          label: t(`model4Modes.${m}`),
        }))}
      />
    </section>
  );
}
