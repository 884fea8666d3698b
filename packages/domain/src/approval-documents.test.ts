import { describe, expect, it } from 'vitest';
import { MAX_DOCUMENT_BYTES, validateRequestDocument, validateRequestDocuments } from './approval-documents.js';

describe('documents of a demande d’agrément (annexe 4 §2.2.2: demande écrite complète)', () => {
  it('accepts PDF, JPEG and PNG up to 5 Mo', () => {
    expect(
      validateRequestDocument({ fileName: 'bilan.pdf', contentType: 'application/pdf', size: MAX_DOCUMENT_BYTES }).ok,
    ).toBe(true);
    expect(validateRequestDocument({ fileName: 'scan.png', contentType: 'image/png', size: 10 }).ok).toBe(true);
  });

  it('refuses other types, empty or too large files and odd names, in French', () => {
    expect(validateRequestDocument({ fileName: 'x.docx', contentType: 'application/msword', size: 10 })).toEqual({
      ok: false,
      code: 'DOCUMENT_TYPE_NOT_ACCEPTED',
      message: '« x.docx » : seuls les fichiers PDF, JPEG et PNG sont acceptés.',
    });
    expect(
      validateRequestDocument({ fileName: 'b.pdf', contentType: 'application/pdf', size: MAX_DOCUMENT_BYTES + 1 }),
    ).toMatchObject({ code: 'DOCUMENT_TOO_LARGE' });
    expect(validateRequestDocument({ fileName: 'b.pdf', contentType: 'application/pdf', size: 0 })).toMatchObject({
      code: 'DOCUMENT_EMPTY',
    });
    expect(
      validateRequestDocument({ fileName: '../etc/passwd', contentType: 'application/pdf', size: 3 }),
    ).toMatchObject({ code: 'DOCUMENT_NAME_INVALID' });
  });

  it('at most 10 documents per request, those already filed included', () => {
    const doc = { fileName: 'a.pdf', contentType: 'application/pdf', size: 1 };
    expect(validateRequestDocuments(Array(10).fill(doc)).ok).toBe(true);
    expect(validateRequestDocuments([doc], 10)).toMatchObject({ ok: false, code: 'TOO_MANY_DOCUMENTS' });
  });
});
