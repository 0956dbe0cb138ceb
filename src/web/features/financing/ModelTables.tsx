/** The four models side by side per municipality, and the comparison of saved scenarios. */
import { useTranslation } from 'react-i18next';
import { formatKroner } from '../../../domain/financing/index';
import type { Comparison, ModelResultView } from '../../../shared/financing.contract';
import { Table } from '../../ui/index';

/** Pays / receives / net of each model, one row per municipality, with the totals. */
export function ModelsTable({
  models,
  caption,
}: {
  models: readonly ModelResultView[];
  caption: string;
}) {
  const { t } = useTranslation('financing');
  const first = models[0];
  if (!first) return null;
  const sum = (m: ModelResultView, f: 'pays' | 'receives') =>
    m.rows.reduce((a, r) => a + r[f], 0) + (f === 'receives' ? m.secretariatReceives : 0);
  return (
    <div className="financing-scroll">
      <Table caption={caption}>
        <thead>
          <tr>
            <th scope="col" rowSpan={2}>
              {t('municipality')}
            </th>
            {models.map((m) => (
              <th key={m.model} scope="colgroup" colSpan={3}>
                {t(`models.${m.model}`)}
              </th>
            ))}
          </tr>
          <tr>
            {models.flatMap((m) =>
              (['pays', 'receives', 'net'] as const).map((f) => (
                <th key={`${m.model}-${f}`} scope="col" className="num">
                  {t(f)}
                </th>
              )),
            )}
          </tr>
        </thead>
        <tbody>
          {first.rows.map((row, i) => (
            <tr key={row.code}>
              <th scope="row">{row.name}</th>
              {models.flatMap((m) => {
                const r = m.rows[i];
                return (['pays', 'receives', 'net'] as const).map((f) => (
                  <td key={`${m.model}-${f}`} className="num">
                    {r ? formatKroner(r[f]) : ''}
                  </td>
                ));
              })}
            </tr>
          ))}
          {models.some((m) => m.secretariatReceives > 0) && (
            <tr>
              <th scope="row">{t('secretariatReceives')}</th>
              {models.flatMap((m) => [
                <td key={`${m.model}-p`} />,
                <td key={`${m.model}-r`} className="num">
                  {m.secretariatReceives > 0 ? formatKroner(m.secretariatReceives) : ''}
                </td>,
                <td key={`${m.model}-n`} />,
              ])}
            </tr>
          )}
          <tr className="financing-total">
            <th scope="row">{t('total')}</th>
            {models.flatMap((m) => [
              <td key={`${m.model}-p`} className="num">
                {formatKroner(sum(m, 'pays'))}
              </td>,
              <td key={`${m.model}-r`} className="num">
                {formatKroner(sum(m, 'receives'))}
              </td>,
              <td key={`${m.model}-n`} className="num">
                {formatKroner(sum(m, 'receives') - sum(m, 'pays'))}
              </td>,
            ])}
          </tr>
        </tbody>
      </Table>
    </div>
  );
}

/** Saved scenarios side by side: each model's total, then each municipality's net per model. */
export function ComparisonTable({ comparison }: { comparison: Comparison }) {
  const { t } = useTranslation('financing');
  const models = [1, 2, 3, 4] as const;
  return (
    <>
      <Table caption={t('scenario.comparison')}>
        <thead>
          <tr>
            <th scope="col">{t('scenario.name')}</th>
            {models.map((m) => (
              <th key={m} scope="col" className="num">
                {t(`modelShort.${m}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {comparison.scenarios.map((s) => (
            <tr key={s.id}>
              <th scope="row">{s.name}</th>
              {s.modelCosts.map((cost, i) => (
                <td key={i} className="num">
                  {formatKroner(cost)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </Table>
      <div className="financing-scroll">
        <Table caption={`${t('scenario.comparison')}: ${t('net')}`}>
          <thead>
            <tr>
              <th scope="col" rowSpan={2}>
                {t('municipality')}
              </th>
              {models.map((m) => (
                <th key={m} scope="colgroup" colSpan={comparison.scenarios.length}>
                  {t(`modelShort.${m}`)} — {t('net')}
                </th>
              ))}
            </tr>
            <tr>
              {models.flatMap((m) =>
                comparison.scenarios.map((s) => (
                  <th key={`${m}-${s.id}`} scope="col" className="num">
                    {s.name}
                  </th>
                )),
              )}
            </tr>
          </thead>
          <tbody>
            {comparison.rows.map((row) => (
              <tr key={row.code}>
                <th scope="row">{row.name}</th>
                {row.nets.flatMap((perScenario, m) =>
                  perScenario.map((net, i) => (
                    <td key={`${m}-${i}`} className="num">
                      {net === null ? '–' : formatKroner(net)}
                    </td>
                  )),
                )}
              </tr>
            ))}
          </tbody>
        </Table>
      </div>
    </>
  );
}
