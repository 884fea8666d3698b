import { describe, expect, it } from 'vitest';
import { planPools, workersFromSetting } from './workers.js';

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
