// Supporting documents of a demande d'agrément (accord, annexe 4 §2.2.2: the deadline runs from "la réception de la
// demande écrite complète"). The files are checked in the browser before they are read and sent, by the API's own
// rules (validateRequestDocument of @navette/domain, approval-documents.ts; issue 13): the API checks again, and also
// that each file's content is what its type says.
import {
  ACCEPTED_DOCUMENT_TYPES,
  MAX_DOCUMENT_BYTES,
  MAX_DOCUMENTS_PER_REQUEST,
  validateRequestDocument,
  validateRequestDocuments,
  type AcceptedDocumentType,
} from '@navette/domain';
import { copy } from '../../copy.ts';
import type { FieldErrors } from '../../forms/field-errors.ts';
import type { DocumentUpload } from '../../generated/graphql.ts';

export { ACCEPTED_DOCUMENT_TYPES, MAX_DOCUMENT_BYTES, MAX_DOCUMENTS_PER_REQUEST, type AcceptedDocumentType };
/** What the file picker offers (extensions too: some systems give no type for a file). */
export const DOCUMENT_ACCEPT = '.pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png';

/** What the checks need of a File (its name, type and size). */
export interface DocumentFile {
  readonly name: string;
  readonly type: string;
  readonly size: number;
}

const TYPE_BY_EXTENSION: Record<string, AcceptedDocumentType> = {
  pdf: 'application/pdf',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
};

function isAcceptedType(type: string): type is AcceptedDocumentType {
  return Object.hasOwn(ACCEPTED_DOCUMENT_TYPES, type);
}

/**
 * The MIME type to send: the browser's, or, when it gives none (some systems for some extensions), the one of the
 * file's extension. An unknown type is sent as is, so that it is refused with the API's message.
 */
export function documentContentType(file: Pick<DocumentFile, 'name' | 'type'>): string {
  if (file.type) return file.type;
  const extension = /\.([a-z0-9]+)$/i.exec(file.name.trim())?.[1]?.toLowerCase() ?? '';
  return TYPE_BY_EXTENSION[extension] ?? '';
}

/** "PDF", "JPEG", "PNG"; the type itself for any other. */
export function documentTypeLabel(contentType: string): string {
  return isAcceptedType(contentType) ? ACCEPTED_DOCUMENT_TYPES[contentType] : contentType;
}

/** The API's refusal of one document, or null when it is accepted (the domain's check, as the API runs it). */
export function documentError(file: DocumentFile): string | null {
  const result = validateRequestDocument({
    fileName: file.name,
    contentType: documentContentType(file),
    size: file.size,
  });
  return result.ok ? null : result.message;
}

/**
 * Every reason to refuse a set of documents for one request (those already filed count towards the 10): the API stops
 * at the first one, the user sees them all at once.
 */
export function documentErrors(files: readonly DocumentFile[], alreadyFiled = 0): string[] {
  const errors: string[] = [];
  // The count alone (no document to check here: each one is checked below, so that all refusals show).
  const count = validateRequestDocuments([], files.length + alreadyFiled);
  if (!count.ok) errors.push(count.message);
  for (const file of files) {
    const error = documentError(file);
    if (error) errors.push(error);
  }
  return errors;
}

/**
 * The error of a form's documents field: none chosen when the form needs one, or every refusal in one message (the
 * error summary links each field once).
 */
export function documentsFieldErrors(
  files: readonly DocumentFile[],
  { alreadyFiled = 0, required = false }: { alreadyFiled?: number; required?: boolean } = {},
): FieldErrors<'documents'> {
  if (required && files.length === 0) return { documents: copy.documents.required };
  const errors = documentErrors(files, alreadyFiled);
  return errors.length > 0 ? { documents: errors.join(' ') } : {};
}

const decimal = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 });

/** "820 octets", "12 Ko", "1,5 Mo": sizes in the units of the 5 Mo limit (1 Ko = 1 024 octets). */
export function formatFileSize(bytes: number): string {
  if (bytes < 1024) return bytes <= 1 ? `${bytes} octet` : `${bytes} octets`;
  if (bytes < 1024 * 1024) return `${decimal.format(Math.round((bytes / 1024) * 10) / 10)} Ko`;
  return `${decimal.format(Math.round((bytes / (1024 * 1024)) * 10) / 10)} Mo`;
}

/** Base64 of bytes (what `dataBase64` carries), by slices so that a 5 Mo file does not overflow the call stack. */
export function bytesToBase64(bytes: Uint8Array): string {
  const SLICE = 0x8000;
  let binary = '';
  for (let start = 0; start < bytes.length; start += SLICE) {
    binary += String.fromCharCode(...bytes.subarray(start, start + SLICE));
  }
  return btoa(binary);
}

/** The content of a file (or any Blob), base64-encoded. */
export async function readFileAsBase64(file: Blob): Promise<string> {
  return bytesToBase64(new Uint8Array(await file.arrayBuffer()));
}

/**
 * A chosen file could not be read (moved or deleted since it was picked). Shaped like the API's user errors
 * (`errors[].extensions.code`), so that the form's error alert shows its French message like theirs.
 */
export class DocumentReadError extends Error {
  readonly errors: { message: string; extensions: { code: 'BAD_USER_INPUT' } }[];

  constructor(fileName: string, cause: unknown) {
    super(copy.documents.readFailed(fileName), { cause });
    this.name = 'DocumentReadError';
    this.errors = [{ message: this.message, extensions: { code: 'BAD_USER_INPUT' } }];
  }
}

/** The files as the API takes them: name, type, content in base64. */
export async function toDocumentUploads(files: readonly File[]): Promise<DocumentUpload[]> {
  return Promise.all(
    files.map(async (file) => {
      let dataBase64: string;
      try {
        dataBase64 = await readFileAsBase64(file);
      } catch (error) {
        throw new DocumentReadError(file.name, error);
      }
      return { fileName: file.name.trim(), contentType: documentContentType(file), dataBase64 };
    }),
  );
}

/** The files picked, added to those already chosen (the same file picked twice is kept once). */
export function addPickedFiles<F extends DocumentFile & { lastModified?: number }>(
  chosen: readonly F[],
  picked: readonly F[],
): F[] {
  const key = (file: F) => `${file.name}|${file.size}|${file.lastModified ?? ''}`;
  const seen = new Set(chosen.map(key));
  return [...chosen, ...picked.filter((file) => !seen.has(key(file)) && seen.add(key(file)))];
}
