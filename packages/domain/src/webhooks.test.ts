import { describe, expect, it } from 'vitest';
import {
  mayReceiveWebhook,
  validateWebhookEventTypes,
  validateWebhookUrl,
  WEBHOOK_EVENT_TYPES,
  WEBHOOK_OUTBOX_TYPES,
  webhookEventTypeOf,
  webhookRetryDelayMs,
} from './webhooks.js';

const code = (result: { ok: boolean; code?: string }) => (result.ok ? 'OK' : result.code);

describe('the receiver’s URL (issue 15 §4)', () => {
  it('accepts a public https URL and keeps it normalised', () => {
    expect(validateWebhookUrl(' https://Observatoire.example.fr/navette/hook?x=1 ')).toEqual({
      ok: true,
      value: 'https://observatoire.example.fr/navette/hook?x=1',
    });
  });

  it('refuses http, credentials, fragments, IP literals and local names', () => {
    expect(code(validateWebhookUrl('http://observatoire.example.fr/hook'))).toBe('WEBHOOK_URL_NOT_HTTPS');
    expect(code(validateWebhookUrl('https://user:secret@observatoire.example.fr/'))).toBe('WEBHOOK_URL_INVALID');
    expect(code(validateWebhookUrl('https://observatoire.example.fr/#x'))).toBe('WEBHOOK_URL_INVALID');
    for (const url of [
      'https://127.0.0.1/',
      'https://10.0.0.8/hook',
      'https://169.254.169.254/latest/meta-data',
      'https://[::1]/',
      'https://localhost/',
      'https://metadata.google.internal/',
      'https://printer.local/',
      'https://intranet/',
    ])
      expect(code(validateWebhookUrl(url)), url).toBe('WEBHOOK_URL_PRIVATE_ADDRESS');
    expect(code(validateWebhookUrl('ftp://observatoire.example.fr/'))).toBe('WEBHOOK_URL_NOT_HTTPS');
    expect(code(validateWebhookUrl('pas une url'))).toBe('WEBHOOK_URL_INVALID');
    expect(code(validateWebhookUrl(`https://a.fr/${'x'.repeat(2000)}`))).toBe('WEBHOOK_URL_INVALID');
  });

  it('lets a developer’s machine and the tests use http on loopback, only when asked', () => {
    expect(code(validateWebhookUrl('http://127.0.0.1:8080/hook', { allowPrivate: true }))).toBe('OK');
    expect(code(validateWebhookUrl('http://127.0.0.1:8080/hook'))).toBe('WEBHOOK_URL_NOT_HTTPS');
  });
});

describe('event types within the client’s scopes', () => {
  it('needs the scope of the data each type is about', () => {
    expect(validateWebhookEventTypes(['offer.published', 'offer.published', 'offer.closed'], ['offers:read'])).toEqual({
      ok: true,
      value: ['offer.closed', 'offer.published'],
    });
    expect(code(validateWebhookEventTypes(['convention.signed'], ['offers:read']))).toBe(
      'WEBHOOK_EVENT_TYPE_NOT_ALLOWED',
    );
    expect(code(validateWebhookEventTypes(['person.created'], ['offers:read']))).toBe('WEBHOOK_EVENT_TYPE_UNKNOWN');
    expect(code(validateWebhookEventTypes([], ['offers:read']))).toBe('WEBHOOK_EVENT_TYPES_EMPTY');
    expect(mayReceiveWebhook('convention.signed', ['directory:read'])).toBe(true);
    expect(mayReceiveWebhook('convention.signed', ['aggregates:read'])).toBe(false);
  });

  it('announces only public data: no type needs a scope that gives personal data', () => {
    const personal = ['persons:read', 'approvals:read', 'parcours:read', 'audit:read'];
    for (const spec of Object.values(WEBHOOK_EVENT_TYPES)) expect(personal).not.toContain(spec.scope);
  });

  it('maps each outbox type to one public type and back', () => {
    expect(new Set(WEBHOOK_OUTBOX_TYPES).size).toBe(WEBHOOK_OUTBOX_TYPES.length);
    expect(webhookEventTypeOf('JOB_OFFER_PUBLISHED')).toBe('offer.published');
    expect(webhookEventTypeOf('PRESCRIPTION_SENT')).toBeNull();
  });
});

describe('retries', () => {
  it('wait 30 s, doubling, at most 6 hours', () => {
    expect([1, 2, 3, 4].map(webhookRetryDelayMs)).toEqual([30_000, 60_000, 120_000, 240_000]);
    expect(webhookRetryDelayMs(20)).toBe(6 * 60 * 60 * 1000);
  });
});
