// The body of a request the subgraph will not read (issue 11 item 4): too large, not JSON, cut short. express.json
// answers these with an HTML page (and a stack trace outside production); a GraphQL client gets a JSON error in French
// instead, with a stable reason, and nothing is logged as an internal error: the mistake is the client's.
import type { ErrorRequestHandler } from 'express';

const REFUSALS: Record<string, { status: number; reason: string; message: string }> = {
  'entity.too.large': { status: 413, reason: 'BODY_TOO_LARGE', message: 'La requête est trop volumineuse.' },
  'entity.parse.failed': {
    status: 400,
    reason: 'BODY_NOT_JSON',
    message: 'Le corps de la requête n’est pas du JSON valide.',
  },
  'entity.verify.failed': {
    status: 400,
    reason: 'BODY_NOT_JSON',
    message: 'Le corps de la requête n’est pas du JSON valide.',
  },
  'request.aborted': { status: 400, reason: 'BODY_INCOMPLETE', message: 'La requête a été interrompue avant sa fin.' },
  'request.size.invalid': {
    status: 400,
    reason: 'BODY_INCOMPLETE',
    message: 'La taille annoncée de la requête ne correspond pas à son contenu.',
  },
  'encoding.unsupported': {
    status: 415,
    reason: 'BODY_ENCODING_UNSUPPORTED',
    message: 'Encodage de la requête non pris en charge.',
  },
  'charset.unsupported': {
    status: 415,
    reason: 'BODY_ENCODING_UNSUPPORTED',
    message: 'Jeu de caractères de la requête non pris en charge (UTF-8 attendu).',
  },
};

/** Express error handler for the body parser's refusals; anything else goes on to the next handler. */
export function bodyErrorHandler(limit: string): ErrorRequestHandler {
  return (error: unknown, _req, res, next) => {
    const type = (error as { type?: unknown } | null)?.type;
    const refusal = typeof type === 'string' && Object.hasOwn(REFUSALS, type) ? REFUSALS[type]! : undefined;
    if (!refusal || res.headersSent) {
      next(error);
      return;
    }
    const bound = limit.replace(/^(\d+)\s*mb$/i, '$1 Mo').replace(/^(\d+)\s*kb$/i, '$1 ko');
    const message =
      refusal.reason === 'BODY_TOO_LARGE' ? `${refusal.message.slice(0, -1)} (${bound} au plus).` : refusal.message;
    // The rest of a too-large body is not read: the connection closes after the answer.
    if (refusal.status === 413) res.setHeader('connection', 'close');
    res
      .status(refusal.status)
      .json({ errors: [{ message, extensions: { code: 'BAD_REQUEST', reason: refusal.reason } }] });
  };
}
