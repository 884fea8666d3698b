import { drawnText } from '@navette/ui/pdf-testing';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { renderSkillsDocumentPdf } from './render-pdf.ts';
import { skillsDocumentContent } from './skills-document.ts';
import { source } from './skills-document.fixture.ts';

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

    const text = await drawnText(pdf);
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
    expect(await drawnText(pdf)).toContain('Compétence n° 80 acquise pendant le parcours');
  });
});
