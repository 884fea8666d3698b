import { describe, expect, it } from 'vitest';
import { describeStatement, tracedStatement } from './tracing.js';

describe('describeStatement', () => {
  it('names the kind and the first table of what Drizzle sends, never a value', () => {
    expect(describeStatement('select "id", "name" from "siaes" where "siaes"."departement" = $1')).toEqual({
      operation: 'SELECT',
      table: 'siaes',
    });
    expect(describeStatement('insert into "audit_events" ("id") values ($1)')).toEqual({
      operation: 'INSERT',
      table: 'audit_events',
    });
    expect(describeStatement('update "people" set "name" = $1')).toEqual({ operation: 'UPDATE', table: 'people' });
    expect(describeStatement("vacuum 'x'")).toEqual({ operation: 'OTHER', table: undefined });
  });
});

describe('tracedStatement', () => {
  it('runs the statement as it is outside a traced request', async () => {
    await expect(tracedStatement('select 1', () => Promise.resolve(42))).resolves.toBe(42);
    await expect(tracedStatement('select 1', () => Promise.reject(new Error('down')))).rejects.toThrow('down');
  });
});
