// Saving an export in the browser: the file is made from the rows loaded for it, then handed to the browser as a
// download. The XLSX writer is loaded only when asked for.
import { toCsv, toXlsxData, type ExportSheet } from './table-export.ts';

/** Hands a file made in the browser to the browser as a download. */
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

export async function downloadXlsx(sheet: ExportSheet, fileName: string, sheetName: string): Promise<void> {
  const { default: writeXlsxFile } = await import('write-excel-file/browser');
  const blob = await writeXlsxFile(toXlsxData(sheet), {
    sheet: sheetName.slice(0, 31),
    stickyRowsCount: 1,
    columns: sheet.header.map((header) => ({ width: Math.max(12, Math.min(header.length + 4, 40)) })),
  }).toBlob();
  saveBlob(blob, fileName);
}
