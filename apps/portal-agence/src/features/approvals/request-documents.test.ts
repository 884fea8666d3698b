import { describe, expect, it } from 'vitest';
import { base64ToBytes, documentContent, documentTypeLabel, formatFileSize } from './request-documents.ts';

describe('supporting documents of a request', () => {
  it('names the accepted types as users know them', () => {
    expect(documentTypeLabel('application/pdf')).toBe('PDF');
    expect(documentTypeLabel('image/jpeg')).toBe('JPEG');
    expect(documentTypeLabel('image/png')).toBe('PNG');
    expect(documentTypeLabel('text/plain')).toBe('text/plain');
  });

  it('writes sizes in octets, Ko and Mo', () => {
    expect(formatFileSize(1)).toBe('1 octet');
    expect(formatFileSize(900)).toBe('900 octets');
    expect(formatFileSize(2048)).toBe('2 Ko');
    expect(formatFileSize(12_800)).toBe('12,5 Ko');
    expect(formatFileSize(3.25 * 1024 * 1024)).toBe('3,3 Mo');
  });

  it('reads base64 back into the exact bytes', () => {
    const bytes = new Uint8Array(70_000).map((_, i) => (i * 13) % 256);
    const base64 = Buffer.from(bytes).toString('base64');
    expect(base64ToBytes(base64)).toEqual(bytes);
    // Line breaks of a MIME encoder are not content.
    expect(base64ToBytes(base64.replace(/(.{76})/g, '$1\n'))).toEqual(bytes);
    expect(base64ToBytes('')).toEqual(new Uint8Array());
  });

  it('picks the content of the document asked for, and fails for one the API did not send', () => {
    const documents = [
      { id: 'd1', dataBase64: 'JVBERg==' },
      { id: 'd2', dataBase64: 'iVBORw==' },
    ];
    expect([...documentContent(documents, 'd2')]).toEqual([0x89, 0x50, 0x4e, 0x47]);
    expect(() => documentContent(documents, 'd3')).toThrow();
  });
});
