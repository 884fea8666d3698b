// Draws the document de compétences as an A4 PDF, in the browser (pdf-lib: no server round trip, nothing stored).
// Standard Helvetica: no font file to ship; text goes through toWinAnsiText (see skills-document.ts).
import { PDFDocument, rgb, StandardFonts, type PDFFont, type PDFPage } from 'pdf-lib';
import { toWinAnsiText, type SkillsDocumentContent } from './skills-document.ts';

const A4: [number, number] = [595.28, 841.89];
const MARGIN = 56;
const BLUE_FRANCE = rgb(0, 0, 145 / 255);
const GREY = rgb(0.35, 0.35, 0.35);
const BLACK = rgb(0.1, 0.1, 0.1);

/** Splits `text` into lines no wider than `width` at `size` (words longer than a line are cut). */
export function wrapText(
  text: string,
  font: Pick<PDFFont, 'widthOfTextAtSize'>,
  size: number,
  width: number,
): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (font.widthOfTextAtSize(candidate, size) <= width) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    // A single word wider than the line: cut it where it overflows.
    let rest = word;
    while (font.widthOfTextAtSize(rest, size) > width && rest.length > 1) {
      let cut = rest.length - 1;
      while (cut > 1 && font.widthOfTextAtSize(rest.slice(0, cut), size) > width) cut--;
      lines.push(rest.slice(0, cut));
      rest = rest.slice(cut);
    }
    line = rest;
  }
  if (line) lines.push(line);
  return lines;
}

class Writer {
  private page: PDFPage;
  private y: number;
  readonly width = A4[0] - 2 * MARGIN;

  constructor(
    private readonly doc: PDFDocument,
    private readonly fonts: { regular: PDFFont; bold: PDFFont },
  ) {
    this.page = doc.addPage(A4);
    this.y = A4[1] - MARGIN;
  }

  private ensure(height: number) {
    if (this.y - height >= MARGIN) return;
    this.page = this.doc.addPage(A4);
    this.y = A4[1] - MARGIN;
  }

  text(
    text: string,
    {
      size = 11,
      bold = false,
      color = BLACK,
      indent = 0,
      gap = 4,
    }: { size?: number; bold?: boolean; color?: typeof BLACK; indent?: number; gap?: number } = {},
  ) {
    const font = bold ? this.fonts.bold : this.fonts.regular;
    const lineHeight = size * 1.35;
    for (const line of wrapText(toWinAnsiText(text), font, size, this.width - indent)) {
      this.ensure(lineHeight);
      this.y -= lineHeight;
      this.page.drawText(line, { x: MARGIN + indent, y: this.y, size, font, color });
    }
    this.y -= gap;
  }

  space(height: number) {
    this.y -= height;
  }

  rule() {
    this.ensure(8);
    this.y -= 4;
    this.page.drawLine({
      start: { x: MARGIN, y: this.y },
      end: { x: A4[0] - MARGIN, y: this.y },
      thickness: 0.75,
      color: BLUE_FRANCE,
    });
    this.y -= 8;
  }
}

export async function renderSkillsDocumentPdf(
  content: SkillsDocumentContent,
  meta: { author: string },
): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.setTitle(toWinAnsiText(content.title));
  doc.setSubject(toWinAnsiText(content.subtitle));
  doc.setAuthor(toWinAnsiText(meta.author));
  doc.setCreator('Navette');
  doc.setLanguage('fr-FR');
  const fonts = {
    regular: await doc.embedFont(StandardFonts.Helvetica),
    bold: await doc.embedFont(StandardFonts.HelveticaBold),
  };
  const w = new Writer(doc, fonts);

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
