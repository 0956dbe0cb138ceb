/**
 * Exporting the org chart: SVG (the element serialised), PNG (drawn on a canvas at twice the
 * size) and PDF (jsPDF + svg2pdf.js, vector, loaded only when asked for). All in the browser,
 * offline; the chart's styling is in attributes, so the files look like the page.
 */
import { downloadBlob } from '../download';

/** The export formats. */
export type ChartFormat = 'svg' | 'png' | 'pdf';

/** The SVG as a stand-alone document (focus rings and app classes removed). */
export function serializeSvg(svg: SVGSVGElement): string {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  copy.querySelectorAll('.org-chart-focus').forEach((el) => el.remove());
  copy.removeAttribute('class');
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  copy.setAttribute('xmlns:xlink', 'http://www.w3.org/1999/xlink');
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(copy)}`;
}

function sizeOf(svg: SVGSVGElement): { width: number; height: number } {
  return { width: svg.width.baseVal.value, height: svg.height.baseVal.value };
}

async function pngOf(svg: SVGSVGElement, scale = 2): Promise<Blob> {
  const { width, height } = sizeOf(svg);
  const url = URL.createObjectURL(new Blob([serializeSvg(svg)], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.decoding = 'async';
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.ceil(width * scale);
    canvas.height = Math.ceil(height * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('No 2D canvas');
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('No PNG'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

async function pdfOf(svg: SVGSVGElement, title: string): Promise<Blob> {
  const [{ jsPDF }] = await Promise.all([import('jspdf'), import('svg2pdf.js')]);
  const { width, height } = sizeOf(svg);
  const doc = new jsPDF({
    orientation: width >= height ? 'landscape' : 'portrait',
    unit: 'pt',
    format: [width, height],
  });
  doc.setProperties({ title, creator: 'Samspil' });
  // The live element: svg2pdf reads computed styles; the focus ring has no stroke there.
  await doc.svg(svg, { x: 0, y: 0, width, height });
  return doc.output('blob');
}

/** Makes the file and offers it for download as `<baseName>.<format>`. */
export async function exportChart(
  svg: SVGSVGElement,
  format: ChartFormat,
  baseName: string,
  title: string,
): Promise<void> {
  const name = `${baseName}.${format}`;
  if (format === 'svg') {
    downloadBlob(new Blob([serializeSvg(svg)], { type: 'image/svg+xml;charset=utf-8' }), name);
  } else if (format === 'png') {
    downloadBlob(await pngOf(svg), name);
  } else {
    downloadBlob(await pdfOf(svg, title), name);
  }
}
