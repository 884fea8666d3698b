import { PDFDocument, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { createPdf, toWinAnsiText, wrapText } from './index.ts';
import { drawnText } from './testing.ts';

describe('the portals’ PDF helpers (@navette/ui/pdf)', () => {
  it('keeps French text as is and replaces what the standard PDF fonts cannot draw', () => {
    expect(toWinAnsiText('Œuvre « d’art » – 12 000 € à Besançon')).toBe('Œuvre « d’art » – 12 000 € à Besançon');
    expect(toWinAnsiText('12\u202f000 Łódź Őrs 😀')).toBe('12 000 Lódz Ors ?');
  });

  it('wraps long text within the width, cutting a word longer than a line', async () => {
    const font = await (await PDFDocument.create()).embedFont(StandardFonts.Helvetica);
    const lines = wrapText(`Une phrase assez longue pour tenir sur plusieurs lignes ${'x'.repeat(200)}`, font, 11, 150);
    expect(lines.length).toBeGreaterThan(3);
    for (const line of lines) expect(font.widthOfTextAtSize(line, 11)).toBeLessThanOrEqual(150);
    expect(lines.join('')).toContain('x'.repeat(20));
  });

  it('writes a document with its metadata, going on to new pages, text readable back', async () => {
    const { doc, writer } = await createPdf({ title: 'Essai – Łódź', author: 'Navette' });
    writer.heading('Titre');
    for (let i = 1; i <= 80; i++) writer.text(`Ligne n° ${i}`);
    const pdf = await doc.save();
    const loaded = await PDFDocument.load(pdf);
    expect(loaded.getTitle()).toBe('Essai – Lódz');
    expect(loaded.getPageCount()).toBeGreaterThan(1);
    const text = await drawnText(pdf);
    expect(text).toContain('Titre');
    expect(text).toContain('Ligne n° 80');
  });
});
