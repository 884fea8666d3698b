// E-mails (issue 14 §3): nodemailer, either to the SMTP server named by the environment (server mode) or to the mail
// catcher (embedded mode, dev and demo only): nodemailer composes the real message, the catcher keeps the last ones in
// memory for the gateway's /mails page, so a newcomer sees what would have been sent.
import { randomUUID } from 'node:crypto';
import nodemailer, { type Transporter } from 'nodemailer';

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html: string;
}

export interface Mailer {
  /** Sends one e-mail; rejects when the server refuses it (the caller retries). */
  send(mail: OutgoingMail): Promise<void>;
}

export const DEFAULT_MAIL_FROM = 'Navette <ne-pas-repondre@navette.invalid>';

/** An e-mail the catcher kept. */
export interface CaughtMail {
  id: string;
  receivedAt: string;
  from: string;
  to: string;
  subject: string;
  text: string;
  html: string;
  /** The message as nodemailer composed it (RFC 5322). */
  raw: string;
}

/** Keeps the last `capacity` e-mails in memory, newest first (embedded mode only: never in server mode). */
export class MailCatcher implements Mailer {
  readonly #mails: CaughtMail[] = [];
  readonly #transport: Transporter;
  readonly #from: string;
  readonly #capacity: number;
  readonly #listeners = new Set<(mail: CaughtMail) => void>();

  constructor({ from = DEFAULT_MAIL_FROM, capacity = 500 }: { from?: string; capacity?: number } = {}) {
    this.#transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
    this.#from = from;
    this.#capacity = capacity;
  }

  async send(mail: OutgoingMail): Promise<void> {
    const info = (await this.#transport.sendMail({ from: this.#from, ...mail })) as { message: Buffer };
    const caught: CaughtMail = {
      id: randomUUID(),
      receivedAt: new Date().toISOString(),
      from: this.#from,
      ...mail,
      raw: info.message.toString('utf8'),
    };
    this.#mails.unshift(caught);
    this.#mails.length = Math.min(this.#mails.length, this.#capacity);
    for (const listener of this.#listeners) listener(caught);
  }

  /** Newest first. */
  list(): readonly CaughtMail[] {
    return this.#mails;
  }

  get(id: string): CaughtMail | undefined {
    return this.#mails.find((m) => m.id === id);
  }

  /** Called with each new e-mail (tests wait on it); returns the unsubscribe function. */
  onMail(listener: (mail: CaughtMail) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }
}

/** SMTP from the environment: NAVETTE_SMTP_URL (smtp[s]://user:password@host:port), NAVETTE_MAIL_FROM. */
export function smtpMailerFromEnvironment(env: NodeJS.ProcessEnv = process.env): Mailer | null {
  const url = env['NAVETTE_SMTP_URL'];
  if (!url) return null;
  const transport = nodemailer.createTransport(url);
  const from = env['NAVETTE_MAIL_FROM'] || DEFAULT_MAIL_FROM;
  return {
    send: async (mail) => {
      await transport.sendMail({ from, ...mail });
    },
  };
}

/** The absolute URL the links of e-mails start with (NAVETTE_PUBLIC_URL, else the given default). */
export function publicUrlFromEnvironment(fallback: string, env: NodeJS.ProcessEnv = process.env): string {
  return (env['NAVETTE_PUBLIC_URL'] || fallback).replace(/\/+$/, '');
}

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** A short e-mail: a sentence and a link (never the content of a sensitive item). */
export function composeMail(to: string, subject: string, body: string, url: string, linkText: string): OutgoingMail {
  return {
    to,
    subject: `[Navette] ${subject}`,
    text: `Bonjour,\n\n${body}\n\n${linkText} : ${url}\n\n-- \nNavette, la fiche navette de l’IAE en Bourgogne-Franche-Comté.\nCe message est envoyé automatiquement ; vos préférences de notification sont dans Navette.\n`,
    html: `<p>Bonjour,</p><p>${escapeHtml(body)}</p><p><a href="${escapeHtml(url)}">${escapeHtml(linkText)}</a></p><p style="color:#666">Navette, la fiche navette de l’IAE en Bourgogne-Franche-Comté. Ce message est envoyé automatiquement ; vos préférences de notification sont dans Navette.</p>`,
  };
}

/** One line of the daily digest: what happened, when, and the link to the page (never the content). */
export interface DigestItem {
  title: string;
  at: Date;
  url: string;
}

const frenchDateTime = new Intl.DateTimeFormat('fr-FR', {
  timeZone: 'Europe/Paris',
  dateStyle: 'short',
  timeStyle: 'short',
});

/** The daily digest (issue 14 §3): the titles and links of the notifications of the kinds set to DAILY_DIGEST. */
export function composeDigestMail(to: string, subject: string, items: readonly DigestItem[]): OutgoingMail {
  const when = (d: Date) => frenchDateTime.format(d).replace(' ', ' à ');
  const intro = 'Voici les notifications Navette reçues depuis votre dernier récapitulatif :';
  const footer =
    'Navette, la fiche navette de l’IAE en Bourgogne-Franche-Comté.\nVous recevez ce récapitulatif une fois par jour pour les notifications que vous avez choisi de regrouper ; vos préférences de notification sont dans Navette, rubrique « Mon compte ».';
  return {
    to,
    subject: `[Navette] ${subject}`,
    text: `Bonjour,\n\n${intro}\n\n${items.map((i) => `- ${i.title} (${when(i.at)}) : ${i.url}`).join('\n')}\n\n-- \n${footer}\n`,
    html: `<p>Bonjour,</p><p>${escapeHtml(intro)}</p><ul>${items
      .map((i) => `<li><a href="${escapeHtml(i.url)}">${escapeHtml(i.title)}</a> (${escapeHtml(when(i.at))})</li>`)
      .join('')}</ul><p style="color:#666">${escapeHtml(footer)}</p>`,
  };
}
