import { useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, useToast } from '../../../ui/index';
import { fileNamePart } from '../download';
import { exportChart, type ChartFormat } from './chart-export';

/** Props of {@link ChartExport}. */
export interface ChartExportProps {
  svgRef: RefObject<SVGSVGElement | null>;
  /** The file name without extension (collaboration and date). */
  baseName: string;
  title: string;
}

const FORMATS: {
  format: ChartFormat;
  key: 'chart.exportSvg' | 'chart.exportPng' | 'chart.exportPdf';
}[] = [
  { format: 'svg', key: 'chart.exportSvg' },
  { format: 'png', key: 'chart.exportPng' },
  { format: 'pdf', key: 'chart.exportPdf' },
];

/** "Hent som SVG / PNG / PDF", named after the collaboration and the date. */
export function ChartExport({ svgRef, baseName, title }: ChartExportProps) {
  const { t } = useTranslation('organisation');
  const toast = useToast();
  const [busy, setBusy] = useState<ChartFormat | null>(null);

  const onExport = async (format: ChartFormat) => {
    const svg = svgRef.current;
    if (!svg || busy) return;
    setBusy(format);
    try {
      await exportChart(svg, format, fileNamePart(baseName), title);
    } catch {
      toast.show(t('chart.exportFailed'), 'error');
    } finally {
      setBusy(null);
    }
  };

  return (
    <div className="button-row org-chart-export" role="group" aria-label={t('chart.export')}>
      {FORMATS.map(({ format, key }) => (
        <Button key={format} size="sm" busy={busy === format} onClick={() => void onExport(format)}>
          {t(key)}
        </Button>
      ))}
    </div>
  );
}
