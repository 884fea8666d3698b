// The standard PDF fonts (no font file to ship) encode text in WinAnsi (Windows-1252): every French letter and
// sign is there (é, œ, ’, «, –, €…), but a character outside it would make pdf-lib throw. Those are replaced.
const WIN_ANSI_EXTRA = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');
const SUBSTITUTES: Record<string, string> = {
  '\u202f': ' ', // espace fine insécable (Intl fr-FR numbers)
  '\u2009': ' ',
  '\u2007': ' ',
  '\u2010': '-',
  '\u2011': '-',
  '\u2212': '-',
  Ł: 'L',
  ł: 'l',
  Đ: 'D',
  đ: 'd',
};

/** `text` as the standard fonts can draw it: WinAnsi characters kept, the others replaced (ő → o, 😀 → ?). */
export function toWinAnsiText(text: string): string {
  let out = '';
  for (const char of text.normalize('NFC')) {
    const code = char.codePointAt(0)!;
    if ((code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || WIN_ANSI_EXTRA.has(char)) {
      out += char;
    } else if (char === '\n' || char === '\t') {
      out += ' ';
    } else if (SUBSTITUTES[char] !== undefined) {
      out += SUBSTITUTES[char];
    } else {
      // A letter with a diacritic outside Windows-1252 keeps its base letter (ő → o); anything else becomes "?".
      const base = char.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
      out += base.length === 1 && base.charCodeAt(0) < 0x7f ? base : '?';
    }
  }
  return out;
}
