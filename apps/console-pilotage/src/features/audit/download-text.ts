// Hands a text made in the browser to the browser as a download.
export function downloadText(text: string, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
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
