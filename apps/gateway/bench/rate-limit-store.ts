// What a rate-limit check costs (issue 11): the memory store (embedded mode) and the PostgreSQL store (server mode),
// one request = one atomic upsert. Run: node apps/gateway/bench/rate-limit-store.ts (PostgreSQL on 127.0.0.1:5432).
import { createDatabase } from '@navette/db';
import { createTestDatabase } from '@navette/db/testing';
import { createRateLimiter } from '@navette/subgraph-server';

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
const rules = { ip: { points: 1_000_000_000, durationSeconds: 600 } };

const memory = createRateLimiter({ kind: 'memory' }, rules);
let started = performance.now();
for (let i = 0; i < 100_000; i++) await memory.consume('ip', `10.0.${i % 250}.${i % 200}`);
console.log(
  `memory: ${(((performance.now() - started) * 1000) / 100_000).toFixed(1)} µs per check (100 000 checks, 50 000 keys)`,
);

const database = await createTestDatabase();
const handles = [
  await createDatabase({ url: database.url, maxConnections: 10 }),
  await createDatabase({ url: database.url, maxConnections: 10 }),
];
try {
  const limiters = handles.map((h) => createRateLimiter({ kind: 'database', db: h.db }, rules));
  const latencies: number[] = [];
  for (let i = 0; i < 2000; i++) {
    const t = performance.now();
    await limiters[0]!.consume('ip', `10.1.0.${i % 50}`);
    latencies.push(performance.now() - t);
  }
  latencies.sort((a, b) => a - b);
  console.log(
    `postgres, one at a time: p50 ${percentile(latencies, 50).toFixed(2)} ms, p99 ${percentile(latencies, 99).toFixed(2)} ms (2000 checks)`,
  );

  // 40 concurrent callers over two pools (two gateway processes), half of them on one hot key.
  started = performance.now();
  let done = 0;
  await Promise.all(
    Array.from({ length: 40 }, async (_, w) => {
      for (let i = 0; i < 100; i++) {
        await limiters[w % 2]!.consume('ip', w % 2 ? 'hot' : `10.2.${w}.${i}`);
        done++;
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  console.log(`postgres, 40 concurrent callers on two pools: ${(done / seconds).toFixed(0)} checks/s (${done} checks)`);
} finally {
  for (const h of handles) await h.close();
  await database.drop();
}
