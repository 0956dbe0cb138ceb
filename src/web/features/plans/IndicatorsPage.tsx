import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IndicatorSeries } from '../../../shared/plan-indicators.contract';
import { useErrorText } from '../../app/errors';
import { Alert, Button, ConfirmDialog, EmptyState, ProgressBar, Table } from '../../ui/index';
import { QueryState } from '../organisation/QueryState';
import { toNumber } from './chart';
import { LineChart } from './LineChart';
import { PlanHeader } from './PlanHeader';
import { useIsSecretariat, usePlanId } from './PlanParts';
import { RowErrors, SheetInput } from './RowErrors';
import { useImportIndicatorValues, useIndicators, useIndicatorSeries } from './plans.api';
import { isSheetFile, rowErrorsOf } from './upload';
import { useIndicatorEditing } from './edit/IndicatorDialogs';
import './plans.css';

/** How many municipalities the chart shows at first. */
const FIRST_LINES = 4;

/** One indicator's chart: chosen municipalities against the region (dashed) and the target. */
function SeriesView({ series }: { series: IndicatorSeries }) {
  const { t } = useTranslation('plansUi');
  const [chosen, setChosen] = useState<string[]>(
    series.lines.slice(0, FIRST_LINES).map((l) => l.partyId),
  );
  const name = series.indicator.name;
  const lines = series.lines.filter((l) => chosen.includes(l.partyId));
  const shown = [...lines, ...(series.region ? [series.region] : [])];
  if (series.periods.length === 0) return <p className="muted">{t('indicators.noValues')}</p>;
  return (
    <div className="plan-series">
      <fieldset className="plan-picker">
        <legend>{t('indicators.parties')}</legend>
        <div className="plan-picker-list plan-picker-columns">
          {series.lines.map((l) => (
            <label key={l.partyId} className="plan-check">
              <input
                type="checkbox"
                checked={chosen.includes(l.partyId)}
                onChange={(e) =>
                  setChosen(
                    e.target.checked
                      ? [...chosen, l.partyId]
                      : chosen.filter((id) => id !== l.partyId),
                  )
                }
              />{' '}
              {l.name}
            </label>
          ))}
        </div>
      </fieldset>
      <LineChart
        title={t('indicators.chartTitle', { name, unit: series.indicator.unit })}
        description={t('indicators.chartDesc')}
        labels={series.periods}
        target={toNumber(series.target)}
        targetLabel={
          series.target ? t('indicators.targetLine', { value: series.target }) : undefined
        }
        lines={[
          ...lines.map((l) => ({ id: l.partyId, label: l.name, values: l.values.map(toNumber) })),
          ...(series.region
            ? [
                {
                  id: series.region.partyId,
                  label: series.region.name,
                  values: series.region.values.map(toNumber),
                  dashed: true,
                  emphasis: true,
                },
              ]
            : []),
        ]}
      />
      <Table caption={t('indicators.seriesCaption', { name })}>
        <thead>
          <tr>
            <th scope="col">{t('indicators.period')}</th>
            {shown.map((l) => (
              <th key={l.partyId} scope="col">
                {l.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {series.periods.map((period, i) => (
            <tr key={period}>
              <th scope="row">{period}</th>
              {shown.map((l) => (
                <td key={l.partyId}>{l.values[i] ?? t('dash')}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </Table>
    </div>
  );
}

/** Importing values: a dry run with per-row errors first, then the import after confirmation. */
function ImportValues({ planId }: { planId: string }) {
  const { t } = useTranslation('plansUi');
  const [file, setFile] = useState<File | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const run = useImportIndicatorValues(planId);
  const errorText = useErrorText();
  const result = run.data;
  const start = (dryRun: boolean) => {
    if (!file || !isSheetFile(file.name)) return setProblem(t('importValues.wrongType'));
    setProblem(null);
    run.mutate({ file, dryRun }, { onSettled: () => setConfirming(false) });
  };
  return (
    <section className="plan-section" aria-labelledby="import-values">
      <h2 id="import-values">{t('importValues.title')}</h2>
      <p>{t('importValues.intro')}</p>
      <SheetInput
        id="indicator-file"
        label={t('importValues.file')}
        hint={t('importValues.fileHint')}
        onFile={(f) => {
          setFile(f);
          run.reset();
        }}
      />
      <div className="plan-form-actions">
        <Button onClick={() => start(true)} busy={run.isPending && run.variables?.dryRun}>
          {t('importValues.dryRun')}
        </Button>
        {result?.dryRun && result.errors.length === 0 ? (
          <Button variant="primary" onClick={() => setConfirming(true)}>
            {t('importValues.apply')}
          </Button>
        ) : null}
      </div>
      {run.isPending ? <ProgressBar label={t('importValues.running')} /> : null}
      {problem ? <Alert tone="error">{problem}</Alert> : null}
      {run.error ? <Alert tone="error">{errorText(run.error)}</Alert> : null}
      <RowErrors errors={rowErrorsOf(run.error)} />
      {result ? (
        <div aria-live="polite">
          <p>
            {t('importValues.result', {
              rows: result.rows,
              new: result.counts.new,
              changed: result.counts.changed,
              unchanged: result.counts.unchanged,
            })}
          </p>
          {result.errors.length === 0 ? (
            <Alert tone="success">
              {result.dryRun ? t('importValues.ok') : t('importValues.done')}
            </Alert>
          ) : null}
          <RowErrors errors={result.errors} />
        </div>
      ) : null}
      <ConfirmDialog
        open={confirming}
        title={t('importValues.apply')}
        confirmLabel={t('importValues.apply')}
        tone="primary"
        busy={run.isPending}
        onCancel={() => setConfirming(false)}
        onConfirm={() => start(false)}
      >
        <p>
          {result
            ? t('importValues.result', {
                rows: result.rows,
                new: result.counts.new,
                changed: result.counts.changed,
                unchanged: result.counts.unchanged,
              })
            : null}
        </p>
      </ConfirmDialog>
    </section>
  );
}

/** A plan's indicators, each with a chart per municipality against the region over time. */
export function IndicatorsPage() {
  const { t } = useTranslation('plansUi');
  const planId = usePlanId();
  const indicators = useIndicators(planId);
  const [selected, setSelected] = useState<string | null>(null);
  const series = useIndicatorSeries(planId, selected);
  const secretariat = useIsSecretariat();
  const { t: te } = useTranslation('plansEdit');
  const editing = useIndicatorEditing(planId, indicators.data?.publicSources ?? [], (id) =>
    setSelected((current) => (current === id ? null : current)),
  );
  return (
    <>
      <PlanHeader
        planId={planId}
        title={t('indicators.title')}
        description={<p>{t('indicators.intro')}</p>}
        actions={secretariat ? editing.newButton : undefined}
      />
      {secretariat ? editing.dialogs : null}
      <QueryState query={indicators} loadingLabel={t('loading')}>
        {(data) =>
          data.items.length === 0 ? (
            <EmptyState title={t('indicators.empty')} />
          ) : (
            <Table caption={t('indicators.caption')} captionHidden>
              <thead>
                <tr>
                  <th scope="col">{t('indicators.name')}</th>
                  <th scope="col">{t('indicators.unit')}</th>
                  <th scope="col">{t('indicators.direction')}</th>
                  <th scope="col">{t('indicators.source')}</th>
                  <th scope="col">{t('indicators.target')}</th>
                  <th scope="col">
                    <span className="visually-hidden">{t('indicators.show')}</span>
                  </th>
                  {secretariat ? <th scope="col">{te('indicator.actions')}</th> : null}
                </tr>
              </thead>
              <tbody>
                {data.items.map((i) => (
                  <tr key={i.id}>
                    <th scope="row">{i.name}</th>
                    <td>{i.unit}</td>
                    <td>{t(`indicators.directions.${i.direction}`)}</td>
                    <td>
                      {i.sourceUrl ? (
                        <a href={i.sourceUrl} rel="noreferrer noopener" target="_blank">
                          {i.sourceName || t(`indicators.sources.${i.source}`)}
                        </a>
                      ) : (
                        i.sourceName || t(`indicators.sources.${i.source}`)
                      )}
                    </td>
                    <td>
                      {i.target
                        ? `${i.target}${i.targetPeriod ? ` (${i.targetPeriod})` : ''}`
                        : t('dash')}
                    </td>
                    <td>
                      <Button
                        size="sm"
                        aria-pressed={selected === i.id}
                        onClick={() => setSelected(i.id)}
                      >
                        {t('indicators.show')}
                        <span className="visually-hidden">: {i.name}</span>
                      </Button>
                    </td>
                    {secretariat ? <td>{editing.rowButtons(i)}</td> : null}
                  </tr>
                ))}
              </tbody>
            </Table>
          )
        }
      </QueryState>
      {selected ? (
        <section className="plan-section" aria-live="polite">
          <QueryState query={series} loadingLabel={t('loading')}>
            {(data) => (
              <>
                <h2>{data.indicator.name}</h2>
                <SeriesView key={data.indicator.id} series={data} />
              </>
            )}
          </QueryState>
        </section>
      ) : null}
      {secretariat ? <ImportValues planId={planId} /> : null}
    </>
  );
}
