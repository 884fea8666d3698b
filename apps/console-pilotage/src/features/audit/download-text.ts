// Hands a text made in the browser to the browser as a download (the same way as the indicators' exports).
import { saveBlob } from '../indicators/download.ts';

export function downloadText(text: string, fileName: string, type: string): void {
  saveBlob(new Blob([text], { type }), fileName);
}
