/**
 * Results per question: a simple SVG bar chart (hidden from assistive technology) with the same
 * numbers in a table beside it, statistics for numbers and the list of free-text answers.
 */
import { useTranslation } from 'react-i18next';
import type { QuestionResult } from '../../../shared/questionnaires.contract';
import { Table } from '../../ui/index';

const BAR_W = 240;
const ROW_H = 22;

function BarChart({ result }: { result: QuestionResult }) {
  const max = Math.max(1, ...result.counts.map((c) => c.count));
  const height = result.counts.length * ROW_H;
  return (
    <svg
      className="q-chart"
      width={BAR_W + 120}
      height={height}
      viewBox={`0 0 ${BAR_W + 120} ${height}`}
      aria-hidden="true"
      focusable="false"
    >
      {result.counts.map((c, i) => (
        <g key={c.label} transform={`translate(0 ${i * ROW_H})`}>
          <rect x={0} y={3} width={(c.count / max) * BAR_W} height={ROW_H - 6} className="q-bar" />
          <text x={Math.max(4, (c.count / max) * BAR_W + 6)} y={ROW_H - 7} className="q-bar-label">
            {`${c.label}: ${c.count} (${c.percent} %)`}
          </text>
        </g>
      ))}
    </svg>
  );
}

export function QuestionResults({ result }: { result: QuestionResult }) {
  const { t } = useTranslation('questionnaires');
  return (
    <article className="q-result">
      <h3>{result.text}</h3>
      <p>{t('results.answeredBy', { count: result.answered })}</p>
      {result.counts.length ? (
        <div className="q-result-body">
          <BarChart result={result} />
          <Table caption={t('results.chartLabel', { question: result.text })} captionHidden>
            <thead>
              <tr>
                <th scope="col">{t('columns.answer')}</th>
                <th scope="col">#</th>
                <th scope="col">%</th>
              </tr>
            </thead>
            <tbody>
              {result.counts.map((c) => (
                <tr key={c.label}>
                  <th scope="row">{c.label}</th>
                  <td>{c.count}</td>
                  <td>{c.percent}</td>
                </tr>
              ))}
            </tbody>
          </Table>
        </div>
      ) : null}
      {result.stats ? <p>{t('results.stats', result.stats)}</p> : null}
      {result.texts.length ? (
        <ul>
          {result.texts.map((text, i) => (
            <li key={i}>{text}</li>
          ))}
        </ul>
      ) : null}
    </article>
  );
}
