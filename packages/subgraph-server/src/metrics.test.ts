import { describe, expect, it, vi } from 'vitest';
import {
  codeLabel,
  errorCodesOf,
  isLoopback,
  mayReadMetrics,
  metricsRegistry,
  metricsToken,
  recordJobRun,
  registerBacklogMetrics,
} from './metrics.js';

describe('who may read /metrics', () => {
  it('without NAVETTE_METRICS_TOKEN: loopback callers only', () => {
    for (const address of ['127.0.0.1', '127.8.9.10', '::1', '::ffff:127.0.0.1']) {
      expect(mayReadMetrics(undefined, address, undefined)).toBe(true);
    }
    for (const address of ['10.0.0.4', '192.168.1.20', '::ffff:10.0.0.4', '2001:db8::1', '', null, undefined]) {
      expect(mayReadMetrics(undefined, address, undefined)).toBe(false);
    }
    // A forged Authorization header changes nothing without a token.
    expect(mayReadMetrics('Bearer anything', '10.0.0.4', undefined)).toBe(false);
  });

  it('with a token: the exact bearer token, wherever the caller is (loopback included)', () => {
    const token = 'a-long-metrics-token-0123456789';
    expect(mayReadMetrics(`Bearer ${token}`, '10.0.0.4', token)).toBe(true);
    expect(mayReadMetrics(`bearer ${token}`, '10.0.0.4', token)).toBe(true);
    expect(mayReadMetrics(undefined, '127.0.0.1', token)).toBe(false);
    expect(mayReadMetrics(`Bearer ${token}x`, '127.0.0.1', token)).toBe(false);
    expect(mayReadMetrics(`Bearer ${token.slice(1)}`, '127.0.0.1', token)).toBe(false);
    expect(mayReadMetrics(token, '127.0.0.1', token)).toBe(false);
  });

  it('reads the token from NAVETTE_METRICS_TOKEN, blank meaning none', () => {
    expect(metricsToken({ NAVETTE_METRICS_TOKEN: ' t0k3n ' })).toBe('t0k3n');
    expect(metricsToken({ NAVETTE_METRICS_TOKEN: '  ' })).toBeUndefined();
    expect(metricsToken({})).toBeUndefined();
    expect(isLoopback('localhost')).toBe(false);
  });
});

describe('error code labels', () => {
  it('keeps the API codes and bounds anything else', () => {
    expect(codeLabel('UNAUTHENTICATED')).toBe('UNAUTHENTICATED');
    expect(codeLabel('marie.dupont@example.org')).toBe('OTHER');
    expect(codeLabel(42)).toBe('OTHER');
    expect(codeLabel(undefined)).toBe('OTHER');
    // Only a fixed list of codes become labels.
    const labels = new Set(Array.from({ length: 200 }, (_, i) => codeLabel(`CODE_${i}`)));
    expect([...labels]).toEqual(['OTHER']);
    expect(codeLabel('GRAPHQL_VALIDATION_FAILED')).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('reads the codes of an answer’s errors', () => {
    expect(errorCodesOf(undefined)).toEqual([]);
    expect(errorCodesOf([{ extensions: { code: 'FORBIDDEN' } }, { message: 'x' }])).toEqual(['FORBIDDEN', 'OTHER']);
  });
});

describe('background jobs', () => {
  it('counts runs by outcome and keeps the last success time and duration', async () => {
    const before = Date.now() / 1000;
    recordJobRun('probe-job', 'ok', 0.25);
    recordJobRun('probe-job', 'failed', 1.5);
    const text = await metricsRegistry.metrics();
    expect(text).toContain('navette_job_runs_total{job="probe-job",outcome="ok"} 1');
    expect(text).toContain('navette_job_runs_total{job="probe-job",outcome="failed"} 1');
    expect(text).toContain('navette_job_last_duration_seconds{job="probe-job"} 1.5');
    const success = /navette_job_last_success_timestamp_seconds\{job="probe-job"\} (\S+)/.exec(text);
    expect(Number(success?.[1])).toBeGreaterThanOrEqual(before);
  });
});

describe('the work queues’ backlog gauges', () => {
  it('show each queue, and with the database gone the scrape still answers, the gauges empty for it', async () => {
    let databaseUp = true;
    let reads = 0;
    const unregister = registerBacklogMetrics(() => {
      reads += 1;
      return databaseUp
        ? Promise.resolve([{ queue: 'webhooks', pending: 3, oldestAgeSeconds: 42 }])
        : Promise.reject(new Error('connect ECONNREFUSED 127.0.0.1:5432'));
    });
    try {
      const up = await metricsRegistry.metrics();
      expect(up).toMatch(/navette_queue_pending\{[^}]*queue="webhooks"[^}]*\} 3/);
      expect(up).toMatch(/navette_queue_oldest_age_seconds\{[^}]*queue="webhooks"[^}]*\} 42/);
      // One read per scrape for both gauges.
      expect(reads).toBe(1);

      databaseUp = false;
      vi.useFakeTimers({ toFake: ['Date'] });
      vi.setSystemTime(Date.now() + 2_000); // past the one-second reuse of a read
      const down = await metricsRegistry.metrics();
      expect(down).toContain('# TYPE navette_queue_pending gauge');
      expect(down).not.toMatch(/navette_queue_pending\{/);
      expect(down).toContain('navette_process_cpu_seconds_total'); // the rest of the scrape is there
    } finally {
      vi.useRealTimers();
      unregister();
    }
  });
});
