// Draws the document de compétences as an A4 PDF, in the browser (pdf-lib: no server round trip, nothing stored),
// with the portals' shared drawing helpers (@navette/ui/pdf: text wrapping, WinAnsi, pages).
import { BLUE_FRANCE, createPdf, GREY } from '@navette/ui/pdf';
import type { SkillsDocumentContent } from './skills-document.ts';

export async function renderSkillsDocumentPdf(
  content: SkillsDocumentContent,
  meta: { author: string },
): Promise<Uint8Array> {
  const { doc, writer: w } = await createPdf({ title: content.title, subject: content.subtitle, author: meta.author });

  w.text(content.issuer, { size: 10, bold: true, color: GREY, gap: 14 });
  w.text(content.heading, { size: 22, bold: true, color: BLUE_FRANCE, gap: 2 });
  w.text(content.subtitle, { size: 12, color: GREY, gap: 6 });
  w.rule();

  for (const field of content.fields) {
    w.text(field.label, { size: 9, bold: true, color: GREY, gap: 0 });
    w.text(field.value, { size: 11, gap: 8 });
  }

  if (content.contracts.lines.length > 0) {
    w.space(6);
    w.text(content.contracts.heading, { size: 14, bold: true, color: BLUE_FRANCE, gap: 4 });
    for (const line of content.contracts.lines) w.text(`• ${line}`, { indent: 6 });
  }

  w.space(6);
  w.text(content.skills.heading, { size: 14, bold: true, color: BLUE_FRANCE, gap: 4 });
  for (const item of content.skills.items) w.text(`• ${item}`, { indent: 6 });

  if (content.comment) {
    w.space(6);
    w.text(content.comment.heading, { size: 14, bold: true, color: BLUE_FRANCE, gap: 4 });
    w.text(content.comment.text);
  }

  w.space(12);
  w.text(content.issued, { gap: 10 });
  w.rule();
  w.text(content.footer, { size: 8, color: GREY });

  return doc.save();
}
