import { useRef, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { OrgChart } from '../../../../shared/organisation-views.contract';
import { Alert, EmptyState, LoadingBlock } from '../../../ui/index';
import { useAsOf, withAsOf } from '../as-of';
import { CollaborationFrame } from '../CollaborationFrame';
import { useCollaborations, useOrgChart } from '../org.api';
import { useOrgFormat } from '../org-format';
import { orgPaths } from '../org-paths';
import { QueryState } from '../QueryState';
import { ChartExport } from './ChartExport';
import { ChartList } from './ChartList';
import { layoutChart } from './chart-layout';
import { ChartViewport } from './ChartViewport';
import { chartSize, OrgChartSvg } from './OrgChartSvg';

type View = 'diagram' | 'list';

function Diagram({ chart, title, baseName }: { chart: OrgChart; title: string; baseName: string }) {
  const { t } = useTranslation('organisation');
  const navigate = useNavigate();
  const asOf = useAsOf();
  const svgRef = useRef<SVGSVGElement>(null);
  const layout = useQuery({
    queryKey: ['org-chart-layout', chart],
    queryFn: () => layoutChart(chart),
    staleTime: Infinity,
    retry: false,
  });
  const href = (id: string) => withAsOf(orgPaths.forum(id), asOf.date, asOf.today);
  if (layout.isPending) return <LoadingBlock label={t('chart.drawing')} />;
  if (layout.isError) return <Alert tone="warning">{t('chart.drawFailed')}</Alert>;
  return (
    <>
      <ChartExport svgRef={svgRef} baseName={baseName} title={title} />
      <ChartViewport content={chartSize(layout.data)}>
        <OrgChartSvg
          svgRef={svgRef}
          picture={layout.data}
          title={title}
          hrefOf={href}
          onOpen={(id) => void navigate(href(id))}
        />
      </ChartViewport>
    </>
  );
}

/** The org chart for the day (ELK layout, SVG), its list form, and SVG/PNG/PDF exports. */
export function ChartPage() {
  const { t } = useTranslation('organisation');
  const { collaborationId = '' } = useParams();
  const asOf = useAsOf();
  const format = useOrgFormat();
  const chart = useOrgChart(collaborationId, asOf.date);
  const collaboration = useCollaborations(asOf.date).data?.items.find(
    (c) => c.entityId === collaborationId,
  );
  const [view, setView] = useState<View>('diagram');
  const name = collaboration?.name ?? t('chart.title');
  const title = t('chart.svgTitle', { name, date: format.day(asOf.date) });
  const baseName = `organisationsdiagram-${collaboration?.key ?? 'samarbejde'}-${asOf.date}`;
  return (
    <CollaborationFrame
      collaborationId={collaborationId}
      title={t('chart.title')}
      intro={<p>{t('chart.intro')}</p>}
    >
      <div className="org-toggle" role="group" aria-label={t('chart.views')}>
        {(['diagram', 'list'] as const).map((v) => (
          <button
            key={v}
            type="button"
            className="btn btn-secondary btn-sm"
            aria-pressed={view === v}
            onClick={() => setView(v)}
          >
            {t(v === 'diagram' ? 'chart.viewDiagram' : 'chart.viewList')}
          </button>
        ))}
      </div>
      <QueryState query={chart}>
        {(data) =>
          data.nodes.length === 0 ? (
            <EmptyState title={t('chart.empty')} />
          ) : view === 'diagram' ? (
            <Diagram chart={data} title={title} baseName={baseName} />
          ) : (
            <ChartList chart={data} />
          )
        }
      </QueryState>
    </CollaborationFrame>
  );
}
