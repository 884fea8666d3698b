// Saving an export in the browser: the file is made from what the page already holds, then handed to the browser as
// a download. The XLSX writer is loaded only when asked for (it is not needed to read the figures).
import { toCsv, toXlsxData, type ExportSheet } from './indicator-export.ts';

/** Hands a file made in the browser to the browser as a download (the indicators' exports, the audit trail's CSV). */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download starts from the URL: release it only once the browser has taken it.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function downloadCsv(sheet: ExportSheet, fileName: string): void {
  saveBlob(new Blob([toCsv(sheet)], { type: 'text/csv;charset=utf-8' }), fileName);
}

export async function downloadXlsx(sheet: ExportSheet, fileName: string): Promise<void> {
  const { default: writeXlsxFile } = await import('write-excel-file/browser');
  const blob = await writeXlsxFile(toXlsxData(sheet), {
    sheet: 'Indicateur',
    stickyRowsCount: 1,
    columns: sheet.header.map((header, i) => ({ width: i === 1 ? 26 : Math.max(12, Math.min(header.length + 2, 32)) })),
  }).toBlob();
  saveBlob(blob, fileName);
}
