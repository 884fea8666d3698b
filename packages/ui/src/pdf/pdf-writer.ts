// Drawing an A4 document with pdf-lib, in the browser (no server round trip, nothing stored): the portals' PDFs (the
// document de compétences of the Espace SIAE, the person's record of issue 19 §4) share it. Standard Helvetica: no
// font file to ship; every text goes through toWinAnsiText.
import { PDFDocument, rgb, StandardFonts, type PDFFont, type PDFPage, type RGB } from 'pdf-lib';
import { toWinAnsiText } from './win-ansi.ts';

export const A4: [number, number] = [595.28, 841.89];
export const MARGIN = 56;
export const BLUE_FRANCE = rgb(0, 0, 145 / 255);
export const GREY = rgb(0.35, 0.35, 0.35);
export const BLACK = rgb(0.1, 0.1, 0.1);

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

export interface TextStyle {
  size?: number;
  bold?: boolean;
  color?: RGB;
  indent?: number;
  /** Space after the text, in points. */
  gap?: number;
}

/** Writes down the page, text wrapped to the width, a new page when the next line does not fit. */
export class PdfWriter {
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

  text(text: string, { size = 11, bold = false, color = BLACK, indent = 0, gap = 4 }: TextStyle = {}) {
    const font = bold ? this.fonts.bold : this.fonts.regular;
    const lineHeight = size * 1.35;
    for (const line of wrapText(toWinAnsiText(text), font, size, this.width - indent)) {
      this.ensure(lineHeight);
      this.y -= lineHeight;
      this.page.drawText(line, { x: MARGIN + indent, y: this.y, size, font, color });
    }
    this.y -= gap;
  }

  /** A heading kept with the first lines that follow it (a new page rather than a heading alone at the bottom). */
  heading(text: string, style: TextStyle = {}) {
    this.ensure((style.size ?? 14) * 1.35 * 3);
    this.text(text, { size: 14, bold: true, color: BLUE_FRANCE, gap: 4, ...style });
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

/** A new French document with its metadata (WinAnsi-safe) and a writer on its first page. */
export async function createPdf(meta: {
  title: string;
  subject?: string;
  author: string;
}): Promise<{ doc: PDFDocument; writer: PdfWriter }> {
  const doc = await PDFDocument.create();
  doc.setTitle(toWinAnsiText(meta.title));
  if (meta.subject) doc.setSubject(toWinAnsiText(meta.subject));
  doc.setAuthor(toWinAnsiText(meta.author));
  doc.setCreator('Navette');
  doc.setLanguage('fr-FR');
  const fonts = {
    regular: await doc.embedFont(StandardFonts.Helvetica),
    bold: await doc.embedFont(StandardFonts.HelveticaBold),
  };
  return { doc, writer: new PdfWriter(doc, fonts) };
}
