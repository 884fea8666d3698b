// PDFs drawn in the browser with pdf-lib (a subpath of @navette/ui: import it lazily, pdf-lib stays out of the
// portals' first load).
export { downloadBytes } from './download.ts';
export { A4, BLACK, BLUE_FRANCE, createPdf, GREY, MARGIN, PdfWriter, wrapText } from './pdf-writer.ts';
export type { TextStyle } from './pdf-writer.ts';
export { toWinAnsiText } from './win-ansi.ts';
