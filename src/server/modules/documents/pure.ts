/**
 * The documents module's worker-safe surface: pure code only (no routes, repositories or
 * database client), for other modules' worker tasks that render PDFs the way documents do.
 */
export {
  newPdf,
  PDF_MARGIN,
  pdfBlock,
  pdfBytes,
  pdfFonts,
  pdfFooters,
  pdfList,
  type Pdf,
  type PdfElement,
  type PdfFonts,
  type PdfStyle,
  type PdfTag,
} from './pdf.kit';
export { documentFonts, type FontPair } from './fonts';
