import { inflateSync } from 'node:zlib';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { renderSkillsDocumentPdf, wrapText } from './render-pdf.ts';
import { skillsDocumentContent } from './skills-document.ts';
import { source } from './skills-document.fixture.ts';

/** The text drawn in a PDF made by pdf-lib: hex strings of its (deflated) content streams, in Windows-1252. */
function drawnText(pdf: Uint8Array): string {
  const raw = Buffer.from(pdf).toString('latin1');
  const decoder = new TextDecoder('windows-1252');
  const chunks: string[] = [];
  for (const match of raw.matchAll(/stream\r?\n([\s\S]*?)\r?\nendstream/g)) {
    let content: string;
    try {
      content = inflateSync(Buffer.from(match[1]!, 'latin1')).toString('latin1');
    } catch {
      continue;
    }
    for (const hex of content.matchAll(/<([0-9A-Fa-f]+)>\s*Tj/g))
      chunks.push(decoder.decode(Buffer.from(hex[1]!, 'hex')));
  }
  return chunks.join('\n');
}

describe('PDF of the document de compétences', () => {
  it('is a PDF with its title, and draws the person, the SIAE, the dates, the outcome and the skills', async () => {
    const pdf = await renderSkillsDocumentPdf(skillsDocumentContent(source, '2026-02-28'), {
      author: source.siae.name,
    });
    expect(Buffer.from(pdf.subarray(0, 5)).toString('latin1')).toBe('%PDF-');

    const loaded = await PDFDocument.load(pdf);
    expect(loaded.getTitle()).toBe('Document de compétences – Éloïse MARTIN-NÚÑEZ');
    expect(loaded.getAuthor()).toBe('Les Jardins du Doubs');
    expect(loaded.getPageCount()).toBe(1);

    const text = drawnText(pdf);
    for (const expected of [
      'Éloïse MARTIN-NÚÑEZ',
      'Les Jardins du Doubs (ACI), Besançon 25000',
      'du 1 mars 2025 au 28 février 2026',
      'Emploi durable',
      '• Entretien des espaces verts',
      '• Travail en équipe',
      'Embauchée en CDI par un paysagiste.',
    ]) {
      expect(text).toContain(expected);
    }
  });

  it('goes on to a new page when the skills do not fit on one', async () => {
    const skills = Array.from({ length: 80 }, (_, i) => `Compétence n° ${i + 1} acquise pendant le parcours`);
    const pdf = await renderSkillsDocumentPdf(
      skillsDocumentContent({ ...source, exit: { ...source.exit, skills } }, '2026-02-28'),
      { author: source.siae.name },
    );
    expect((await PDFDocument.load(pdf)).getPageCount()).toBeGreaterThan(1);
    expect(drawnText(pdf)).toContain('Compétence n° 80 acquise pendant le parcours');
  });

  it('wraps long text within the width, cutting a word longer than a line', async () => {
    const font = await (await PDFDocument.create()).embedFont(StandardFonts.Helvetica);
    const lines = wrapText(`Une phrase assez longue pour tenir sur plusieurs lignes ${'x'.repeat(200)}`, font, 11, 150);
    expect(lines.length).toBeGreaterThan(3);
    for (const line of lines) expect(font.widthOfTextAtSize(line, 11)).toBeLessThanOrEqual(150);
    expect(lines.join('')).toContain('x'.repeat(20));
  });
});
