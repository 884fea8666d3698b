/**
 * Supporting documents of a demande d'agrément (annexe 4 §2.2.2: the deadline runs from "la réception de la demande
 * écrite complète"; the SIAE files the request and its documents). What the platform accepts, once.
 */
import { ok, refuse, type Result } from './result.js';

export const ACCEPTED_DOCUMENT_TYPES = { 'application/pdf': 'PDF', 'image/jpeg': 'JPEG', 'image/png': 'PNG' } as const;
export type AcceptedDocumentType = keyof typeof ACCEPTED_DOCUMENT_TYPES;
/** 5 Mio per document. */
export const MAX_DOCUMENT_BYTES = 5 * 1024 * 1024;
export const MAX_DOCUMENTS_PER_REQUEST = 10;

export type DocumentRefusal =
  | 'DOCUMENT_TYPE_NOT_ACCEPTED'
  | 'DOCUMENT_TOO_LARGE'
  | 'DOCUMENT_EMPTY'
  | 'DOCUMENT_NAME_INVALID'
  | 'TOO_MANY_DOCUMENTS';

export interface DocumentDescription {
  readonly fileName: string;
  readonly contentType: string;
  readonly size: number;
}

/** One document: a PDF, JPEG or PNG, not empty, at most 5 Mio, with a plain file name. */
export function validateRequestDocument(doc: DocumentDescription): Result<true, DocumentRefusal> {
  const name = doc.fileName.trim();
  if (name.length === 0 || name.length > 200 || /[/\\]/.test(name) || [...name].some((c) => c.charCodeAt(0) < 32)) {
    return refuse('DOCUMENT_NAME_INVALID', `Nom de fichier invalide : « ${name.slice(0, 60)} ».`);
  }
  // Own keys only: `in` would take 'constructor' or 'toString' for an accepted type.
  if (!Object.hasOwn(ACCEPTED_DOCUMENT_TYPES, doc.contentType)) {
    return refuse('DOCUMENT_TYPE_NOT_ACCEPTED', `« ${name} » : seuls les fichiers PDF, JPEG et PNG sont acceptés.`);
  }
  if (doc.size <= 0) return refuse('DOCUMENT_EMPTY', `« ${name} » est vide.`);
  if (doc.size > MAX_DOCUMENT_BYTES) return refuse('DOCUMENT_TOO_LARGE', `« ${name} » dépasse 5 Mo.`);
  return ok(true);
}

/** A set of documents for one request (those already filed included). */
export function validateRequestDocuments(
  docs: readonly DocumentDescription[],
  alreadyFiled = 0,
): Result<true, DocumentRefusal> {
  if (docs.length + alreadyFiled > MAX_DOCUMENTS_PER_REQUEST) {
    return refuse(
      'TOO_MANY_DOCUMENTS',
      `Une demande comporte au plus ${MAX_DOCUMENTS_PER_REQUEST} pièces justificatives.`,
    );
  }
  for (const doc of docs) {
    const result = validateRequestDocument(doc);
    if (!result.ok) return result;
  }
  return ok(true);
}
