import { describe, expect, it } from 'vitest';
import { apiErrorMessages } from '../../forms/api-error.ts';
import {
  DocumentReadError,
  addPickedFiles,
  bytesToBase64,
  documentContentType,
  documentErrors,
  documentsFieldErrors,
  documentTypeLabel,
  formatFileSize,
  readFileAsBase64,
  toDocumentUploads,
} from './document-files.ts';

const MB = 1024 * 1024;
const pdf = (name: string, size = 2048) => ({ name, type: 'application/pdf', size });

describe('checks of the supporting documents before sending (same words as the API)', () => {
  it('accepts PDF, JPEG and PNG files up to 5 Mo', () => {
    expect(
      documentErrors([
        pdf('contrat.pdf', 5 * MB),
        { name: 'photo.jpg', type: 'image/jpeg', size: 10 },
        { name: 'scan.png', type: 'image/png', size: 10 },
      ]),
    ).toEqual([]);
  });

  it('refuses another type, an empty file and a file over 5 Mo, naming each file', () => {
    expect(
      documentErrors([
        {
          name: 'notes.docx',
          type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
          size: 9,
        },
        pdf('vide.pdf', 0),
        pdf('gros.pdf', 5 * MB + 1),
      ]),
    ).toEqual([
      '« notes.docx » : seuls les fichiers PDF, JPEG et PNG sont acceptés.',
      '« vide.pdf » est vide.',
      '« gros.pdf » dépasse 5 Mo.',
    ]);
  });

  it('refuses a file name the API refuses', () => {
    expect(documentErrors([pdf('dossier/contrat.pdf')])).toEqual([
      'Nom de fichier invalide : « dossier/contrat.pdf ».',
    ]);
    // Word for word the API's message, the two spaces of an empty name included.
    expect(documentErrors([pdf('   ')])).toEqual(['Nom de fichier invalide : «  ».']);
  });

  it('counts the documents already filed towards the 10 of a request', () => {
    const three = [pdf('a.pdf'), pdf('b.pdf'), pdf('c.pdf')];
    expect(documentErrors(three, 7)).toEqual([]);
    expect(documentErrors(three, 8)).toEqual(['Une demande comporte au plus 10 pièces justificatives.']);
  });

  it('gives one message for the field, and asks for a file only where one is needed', () => {
    expect(documentsFieldErrors([])).toEqual({});
    expect(documentsFieldErrors([], { required: true })).toEqual({ documents: 'Joignez au moins un document.' });
    expect(documentsFieldErrors([pdf('vide.pdf', 0), pdf('gros.pdf', 6 * MB)])).toEqual({
      documents: '« vide.pdf » est vide. « gros.pdf » dépasse 5 Mo.',
    });
  });

  it('takes the type from the extension when the browser gives none', () => {
    expect(documentContentType({ name: 'Contrat.PDF', type: '' })).toBe('application/pdf');
    expect(documentContentType({ name: 'photo.jpeg', type: '' })).toBe('image/jpeg');
    expect(documentContentType({ name: 'notes.txt', type: '' })).toBe('');
    expect(documentContentType({ name: 'scan.pdf', type: 'image/png' })).toBe('image/png');
    expect(documentErrors([{ name: 'contrat.pdf', type: '', size: 10 }])).toEqual([]);
  });

  it('names the accepted types as users know them', () => {
    expect(documentTypeLabel('application/pdf')).toBe('PDF');
    expect(documentTypeLabel('image/jpeg')).toBe('JPEG');
    expect(documentTypeLabel('text/plain')).toBe('text/plain');
  });

  it('adds picked files to those chosen, once each', () => {
    const a = { ...pdf('a.pdf'), lastModified: 1 };
    const b = { ...pdf('b.pdf'), lastModified: 2 };
    expect(addPickedFiles([a], [a, b, b])).toEqual([a, b]);
  });
});

describe('sizes in Ko and Mo', () => {
  it('writes bytes, Ko and Mo the French way', () => {
    expect(formatFileSize(1)).toBe('1 octet');
    expect(formatFileSize(820)).toBe('820 octets');
    expect(formatFileSize(1024)).toBe('1 Ko');
    expect(formatFileSize(12_800)).toBe('12,5 Ko');
    expect(formatFileSize(1.5 * MB)).toBe('1,5 Mo');
    expect(formatFileSize(5 * MB)).toBe('5 Mo');
  });
});

describe('reading a file as base64', () => {
  it('encodes bytes as the API decodes them', () => {
    const bytes = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x34, 0x0a, 0xff, 0x00]);
    expect(bytesToBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
    expect(bytesToBase64(new Uint8Array())).toBe('');
  });

  it('encodes a large file in slices without losing a byte', async () => {
    const bytes = new Uint8Array(300_001).map((_, i) => (i * 7) % 256);
    expect(await readFileAsBase64(new Blob([bytes]))).toBe(Buffer.from(bytes).toString('base64'));
  });

  it('builds the uploads with the name, the type and the content', async () => {
    const file = new File([new Uint8Array([0x25, 0x50, 0x44, 0x46])], ' attestation.pdf ', { type: '' });
    expect(await toDocumentUploads([file])).toEqual([
      { fileName: 'attestation.pdf', contentType: 'application/pdf', dataBase64: 'JVBERg==' },
    ]);
  });

  it('says in French which file could not be read, as the form shows API errors', async () => {
    const unreadable = Object.assign(new Blob(['x']), {
      name: 'perdu.pdf',
      lastModified: 0,
      webkitRelativePath: '',
      arrayBuffer: () => Promise.reject(new Error('NotReadableError')),
    }) as unknown as File;
    const failure = await toDocumentUploads([unreadable]).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(DocumentReadError);
    expect(apiErrorMessages(failure)).toEqual([
      '« perdu.pdf » n’a pas pu être lu : retirez-le et choisissez-le de nouveau.',
    ]);
  });
});

describe('the browser check is the API’s (@navette/domain validateRequestDocument, issue 13)', () => {
  it('refuses with the domain’s message, or accepts what the domain accepts', async () => {
    const { validateRequestDocument } = await import('@navette/domain');
    const { documentError } = await import('./document-files.ts');
    const files = [
      { name: 'cv.pdf', type: 'application/pdf', size: 1000 },
      { name: 'photo.gif', type: 'image/gif', size: 1000 },
      { name: 'vide.png', type: 'image/png', size: 0 },
      { name: 'gros.jpg', type: 'image/jpeg', size: 6 * 1024 * 1024 },
      { name: '../etc.pdf', type: 'application/pdf', size: 10 },
    ];
    for (const file of files) {
      const domain = validateRequestDocument({ fileName: file.name, contentType: file.type, size: file.size });
      expect(documentError(file)).toBe(domain.ok ? null : domain.message);
    }
  });
});
