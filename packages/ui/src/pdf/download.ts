// A file made in the browser, downloaded (no pdf-lib here: a screen imports it without loading the PDF drawing).

/** Saves `bytes` as a file the browser downloads. */
export function downloadBytes(bytes: Uint8Array | string, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
