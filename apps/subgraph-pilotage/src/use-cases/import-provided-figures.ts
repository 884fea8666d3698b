// Figures imported from a CSV file by their provider (issue 18 §6; accord, annexe 1, "Fournisseurs des indicateurs"):
// bounded (size and lines, checked before any line is read), all or nothing (one line in error and nothing is
// written; every error names its line, in `extensions.lines`), idempotent (a file sent again, or twenty times at once,
// finds its figures in force and writes nothing more).
import { MAX_PROVIDED_CSV_CHARACTERS, parseProvidedFiguresCsv } from '@navette/domain';
import { parseInput, userError } from '@navette/subgraph-server';
import { z } from 'zod';
import type { PilotageContext } from '../context.js';
import { errors } from '../errors.js';
import {
  checkProviderFor,
  providerOf,
  writeProvidedFigures,
  type WrittenFigures,
} from '../services/provided-figures.js';

export const importProvidedFiguresInput = z.object({ csv: z.string() });

export async function importProvidedFigures(ctx: PilotageContext, raw: unknown): Promise<WrittenFigures> {
  const user = providerOf(ctx);
  const { csv } = parseInput(importProvidedFiguresInput, raw, { csv: 'Fichier' });
  if (csv.length > MAX_PROVIDED_CSV_CHARACTERS) throw refusal('CSV_TOO_LARGE', tooLarge(), []);
  const parsed = parseProvidedFiguresCsv(csv, ctx.today);
  if (!parsed.ok) throw refusal(parsed.code, parsed.message, 'lines' in parsed ? parsed.lines : []);
  const forbidden = parsed.value.flatMap(({ line, figure }) => {
    const refused = checkProviderFor(user, figure);
    return refused ? [{ line, message: refused.message }] : [];
  });
  if (forbidden.length > 0) {
    const shown = forbidden.slice(0, 20).map((e) => `ligne ${e.line}`);
    throw userError(
      'FORBIDDEN',
      `Aucun chiffre importé : ${forbidden[0]!.message} (${shown.join(', ')}${forbidden.length > 20 ? '…' : ''}).`,
      { reason: 'PROVIDED_FIGURE_OTHER_DEPARTEMENT', lines: forbidden },
    );
  }
  return writeProvidedFigures(
    ctx,
    user,
    parsed.value.map(({ figure, source }) => ({ figure, source })),
    true,
  );
}

const tooLarge = () =>
  `Le fichier dépasse ${MAX_PROVIDED_CSV_CHARACTERS / 1024} Ko : découpez-le en plusieurs fichiers.`;

/** The catalogue's entry for the domain's code, with the lines in error (`extensions.lines`: `{ line, message }`). */
function refusal(code: string, message: string, lines: readonly { line: number; message: string }[]) {
  const entry = Object.values(errors.entries).find((e) => e.reason === code)!;
  return userError(entry.code, message, { reason: entry.reason, ...(lines.length ? { lines } : {}) });
}
