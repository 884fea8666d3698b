import { describe, expect, it } from 'vitest';
import { planLayout, planPools, workersFromSetting } from './workers.js';

describe('workers per service (NAVETTE_WORKERS)', () => {
  it('defaults to as many processes in all as cores: one worker per service for every five cores, at least one', () => {
    expect(workersFromSetting(undefined, 2)).toBe(1);
    expect(workersFromSetting('auto', 4)).toBe(1);
    expect(workersFromSetting('auto', 10)).toBe(2);
    expect(workersFromSetting('auto', 32)).toBe(6);
    expect(workersFromSetting('', 1000)).toBe(64);
  });
  it('takes a whole number from 1 to 64', () => {
    expect(workersFromSetting('1', 8)).toBe(1);
    expect(workersFromSetting(' 3 ', 8)).toBe(3);
  });
  it.each(['0', '-1', '2.5', '65', 'deux', '1e1'])('refuses %j with a message naming the variable', (value) => {
    expect(() => workersFromSetting(value, 2)).toThrow(/NAVETTE_WORKERS/);
  });
});

describe('pool sizes from max_connections', () => {
  it('gives each process the default pool when the server allows it', () => {
    // 100 connections, 3 reserved: 20 kept aside, 77 for 5 processes → 10 each (the ceiling).
    expect(planPools({ maxConnections: 100, reservedConnections: 3, processes: 5 })).toEqual({
      perProcess: 10,
      headroom: 20,
      fits: true,
    });
  });
  it('shrinks the pools so that every worker together stays under max_connections', () => {
    const plan = planPools({ maxConnections: 100, reservedConnections: 3, processes: 10 });
    expect(plan.perProcess).toBe(7);
    expect(plan.perProcess * 10 + plan.headroom).toBeLessThanOrEqual(97);
  });
  it('says when even two connections per process do not fit', () => {
    const plan = planPools({ maxConnections: 20, reservedConnections: 3, processes: 10 });
    expect(plan.fits).toBe(false);
    expect(plan.perProcess).toBe(1);
  });
});

describe('the layout on this server (NAVETTE_WORKERS against max_connections)', () => {
  it('refuses an explicit count whose processes do not fit, naming the variable and the limits', () => {
    // Two workers per service: 10 processes × 2 connections + 5 kept aside = 25; 27 − 3 reserved = 24 do not fit.
    expect(() => planLayout('2', { maxConnections: 27, reservedConnections: 3 }, 2)).toThrow(
      /^NAVETTE_WORKERS=2 needs .* PostgreSQL allows 24 \(max_connections 27 less 3 reserved\): lower NAVETTE_WORKERS/,
    );
    expect(() => planLayout(' 64 ', { maxConnections: 100, reservedConnections: 3 }, 2)).toThrow(/NAVETTE_WORKERS=64/);
    // One more connection and it fits, exactly.
    expect(planLayout('2', { maxConnections: 28, reservedConnections: 3 }, 2)).toEqual({
      workers: 2,
      pools: { perProcess: 2, headroom: 5, fits: true },
    });
  });

  it('counts the database’s or role’s CONNECTION LIMIT when it is lower than max_connections', () => {
    const limits = { maxConnections: 100, reservedConnections: 3 };
    expect(() => planLayout('2', { ...limits, connectionLimit: 20 }, 2)).toThrow(/CONNECTION LIMIT/);
    expect(planLayout('2', { ...limits, connectionLimit: -1 }, 2).workers).toBe(2);
    expect(planLayout('2', { ...limits, connectionLimit: 500 }, 2).pools.perProcess).toBe(7);
  });

  it('with auto, runs fewer workers rather than refusing (down to one per service)', () => {
    // 10 cores: 2 workers per service asked by auto; 24 connections only give 1 per service its 2 connections each.
    expect(planLayout('auto', { maxConnections: 27, reservedConnections: 3 }, 10)).toEqual({
      workers: 1,
      pools: { perProcess: 3, headroom: 5, fits: true },
    });
    expect(planLayout(undefined, { maxConnections: 12, reservedConnections: 3 }, 10).workers).toBe(1);
  });
});
