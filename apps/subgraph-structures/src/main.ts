import {
  registerBacklogMetrics,
  rootLogger,
  serveFromEnvironment,
  startAuditRetentionJob,
  startNotificationRetentionJob,
} from '@navette/subgraph-server';
import { readQueueBacklog } from './notifications/backlog.js';
import { structuresSubgraph } from './app.js';
import { publicUrlFromEnvironment, smtpMailerFromEnvironment } from './notifications/mailer.js';
import { startWebhookWorker, webhooksAllowPrivateFromEnvironment } from './notifications/webhooks.js';
import { startNotificationWorker } from './notifications/worker.js';

await serveFromEnvironment((db, { authenticator, issuer, gatewaySecret, onStop }) => {
  if (!issuer) {
    rootLogger().fatal(
      'Configuration error: NAVETTE_AUTH_PRIVATE_KEY is required by the structures subgraph (sign-in)',
    );
    process.exit(2);
  }
  onStop(startAuditRetentionJob(db));
  onStop(startNotificationRetentionJob(db)); // the notification tables' retention (docs/data-protection.md) // the audit trail's retention purge (issue 19), in server mode; audited, idempotent
  // Notifications (issue 14 §3): e-mails by SMTP (NAVETTE_SMTP_URL), links to NAVETTE_PUBLIC_URL. Every structures
  // process runs the worker: they share the outbox through FOR UPDATE SKIP LOCKED.
  const mailer = smtpMailerFromEnvironment();
  const publicUrl = publicUrlFromEnvironment(`http://127.0.0.1:${process.env['NAVETTE_PORT'] ?? '4000'}`);
  onStop(startNotificationWorker(db, { mailer, publicUrl }));
  // Webhooks (issue 15 §4): the same outbox, delivered to the API clients' subscriptions (SKIP LOCKED, any number of
  // processes).
  const webhooksAllowPrivate = webhooksAllowPrivateFromEnvironment();
  onStop(startWebhookWorker(db, { allowPrivateNetworks: webhooksAllowPrivate }));
  // The queues' backlog on /metrics (navette_queue_pending, navette_queue_oldest_age_seconds).
  registerBacklogMetrics(() => readQueueBacklog(db));
  return structuresSubgraph(db, {
    authenticator,
    issuer,
    mailer,
    publicUrl,
    webhooksAllowPrivate,
    identityAssertionSecret: gatewaySecret,
  });
}, 4001);
