// The mail catcher's pages (issue 14 §3), embedded mode only (dev and demo: startNavette passes a catcher when no SMTP
// server is configured; server mode never has one): /mails lists the e-mails the product would have sent, newest first,
// /mails/<id> shows one (its text version, links clickable), /mails.json gives them to scripts and tests.
import type { IncomingMessage, ServerResponse } from 'node:http';

export const MAILS_PATH = '/mails';

/** What the gateway reads of a caught e-mail. */
export interface CaughtMailView {
  id: string;
  receivedAt: string;
  from: string;
  to: string;
  subject: string;
  text: string;
}

export interface MailCatcherSource {
  list(): readonly CaughtMailView[];
}

const escape = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** Escaped text with its http(s) URLs as links. */
function linkified(text: string): string {
  return text
    .split(/(https?:\/\/[^\s<>"]+)/g)
    .map((part, i) => (i % 2 === 1 ? `<a href="${escape(part)}">${escape(part)}</a>` : escape(part)))
    .join('');
}

function page(title: string, body: string): string {
  return `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>${escape(title)} — Navette</title></head>
<body><main><p><a href="/">Navette</a> · <a href="${MAILS_PATH}">Courriels envoyés</a></p>${body}
<p><small>Boîte de test du mode embarqué (démonstration et développement) : en mode serveur, les courriels partent par SMTP et cette page n’existe pas.</small></p></main></body></html>`;
}

const dateTime = (iso: string) =>
  new Date(iso).toLocaleString('fr-FR', { timeZone: 'Europe/Paris', dateStyle: 'short', timeStyle: 'medium' });

export function createMailCatcherPages(
  catcher: MailCatcherSource,
): (req: IncomingMessage, res: ServerResponse, path: string) => boolean {
  return (req, res, path) => {
    if (path !== MAILS_PATH && path !== `${MAILS_PATH}.json` && !path.startsWith(`${MAILS_PATH}/`)) return false;
    const method = (req.method ?? 'GET').toUpperCase();
    if (method !== 'GET' && method !== 'HEAD') {
      res
        .writeHead(405, { allow: 'GET, HEAD', 'content-type': 'text/plain; charset=utf-8' })
        .end('Méthode non autorisée');
      return true;
    }
    const headers = { 'cache-control': 'no-store' };
    const mails = catcher.list();
    if (path === `${MAILS_PATH}.json`) {
      res
        .writeHead(200, { ...headers, 'content-type': 'application/json; charset=utf-8' })
        .end(
          JSON.stringify(
            mails.map(({ id, receivedAt, from, to, subject, text }) => ({ id, receivedAt, from, to, subject, text })),
          ),
        );
      return true;
    }
    if (path === MAILS_PATH || path === `${MAILS_PATH}/`) {
      const rows = mails
        .map(
          (m) =>
            `<tr><td>${escape(dateTime(m.receivedAt))}</td><td>${escape(m.to)}</td><td><a href="${MAILS_PATH}/${encodeURIComponent(m.id)}">${escape(m.subject)}</a></td></tr>`,
        )
        .join('');
      const body = mails.length
        ? `<table><caption>${mails.length} courriel(s), les plus récents d’abord</caption><thead><tr><th scope="col">Reçu le</th><th scope="col">Destinataire</th><th scope="col">Objet</th></tr></thead><tbody>${rows}</tbody></table>`
        : '<p>Aucun courriel pour l’instant.</p>';
      res
        .writeHead(200, { ...headers, 'content-type': 'text/html; charset=utf-8' })
        .end(page('Courriels envoyés', `<h1>Courriels envoyés</h1>${body}`));
      return true;
    }
    const id = decodeURIComponent(path.slice(MAILS_PATH.length + 1));
    const mail = mails.find((m) => m.id === id);
    if (!mail) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Courriel introuvable');
      return true;
    }
    const body = `<h1>${escape(mail.subject)}</h1><dl><dt>De</dt><dd>${escape(mail.from)}</dd><dt>À</dt><dd>${escape(mail.to)}</dd><dt>Reçu le</dt><dd>${escape(dateTime(mail.receivedAt))}</dd></dl><pre style="white-space:pre-wrap">${linkified(mail.text)}</pre>`;
    res.writeHead(200, { ...headers, 'content-type': 'text/html; charset=utf-8' }).end(page(mail.subject, body));
    return true;
  };
}
