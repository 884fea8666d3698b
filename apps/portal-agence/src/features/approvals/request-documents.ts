// The supporting documents of a demande d'agrément as the agent sees them (annexe 4 §2.2.2: the deadline runs from
// "la réception de la demande écrite complète"): their type and size in words, and the file saved on a click.

const TYPE_LABELS: Record<string, string> = { 'application/pdf': 'PDF', 'image/jpeg': 'JPEG', 'image/png': 'PNG' };

/** "PDF", "JPEG", "PNG" (the types the API accepts); the type itself for any other. */
export function documentTypeLabel(contentType: string): string {
  return Object.hasOwn(TYPE_LABELS, contentType) ? TYPE_LABELS[contentType]! : contentType;
}

const decimal = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 });

/** "820 octets", "12 Ko", "1,5 Mo": the units of the 5 Mo limit (1 Ko = 1 024 octets). */
export function formatFileSize(bytes: number): string {
  if (bytes < 1024) return bytes <= 1 ? `${bytes} octet` : `${bytes} octets`;
  if (bytes < 1024 * 1024) return `${decimal.format(Math.round((bytes / 1024) * 10) / 10)} Ko`;
  return `${decimal.format(Math.round((bytes / (1024 * 1024)) * 10) / 10)} Mo`;
}

/** The bytes of `dataBase64` (whitespace, which some encoders add every 76 characters, ignored). */
export function base64ToBytes(base64: string): Uint8Array {
  const binary = atob(base64.replace(/\s+/g, ''));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** The content of one document among those the API sent for the request; an error when it is not there. */
export function documentContent(
  documents: readonly { id: string; dataBase64: string }[],
  documentId: string,
): Uint8Array {
  const document = documents.find((candidate) => candidate.id === documentId);
  if (!document) throw new Error(`document ${documentId} is not among the request's documents`);
  return base64ToBytes(document.dataBase64);
}

/** Hands `bytes` to the browser as a file to save, under its name and type. */
export function saveFile(bytes: Uint8Array, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([bytes.slice().buffer], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Some browsers read the object URL after click() returns: release it a little later.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
