// Draws the état des lieux annuel as an A4 PDF in the browser, with the portals' shared helpers (@navette/ui/pdf).
import { BLUE_FRANCE, createPdf, GREY } from '@navette/ui/pdf';
import type { EtatDesLieuxContent } from './etat-des-lieux.ts';

export async function renderEtatDesLieuxPdf(content: EtatDesLieuxContent): Promise<Uint8Array> {
  const { doc, writer: w } = await createPdf({
    title: content.title,
    subject: content.subtitle,
    author: 'Comité de pilotage régional IAE',
  });
  w.text(content.title, { size: 18, bold: true, color: BLUE_FRANCE, gap: 4 });
  w.text(content.subtitle, { size: 10, color: GREY, gap: 6 });
  w.rule();
  for (const section of content.sections) {
    w.space(6);
    w.text(section.heading, { size: 13, bold: true, color: BLUE_FRANCE, gap: 4 });
    for (const line of section.lines) w.text(line, { size: 9, gap: 2 });
  }
  w.space(8);
  w.rule();
  w.text(content.footer, { size: 8, color: GREY });
  return doc.save();
}
