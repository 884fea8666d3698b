// The client address behind the rate limits (issue 11): X-Forwarded-For is believed only from a trusted proxy.
import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { clientAddress, rateLimitKeyOfAddress, trustedProxiesFromEnvironment, trustedProxyList } from './client-ip.js';
import { rootFieldCounts } from './rate-limits.js';

describe('client address', () => {
  const none = trustedProxyList([]);
  const proxies = trustedProxyList(['10.0.0.0/8', '::1', '127.0.0.1']);

  it('is the socket peer when the peer is no trusted proxy, whatever X-Forwarded-For says', () => {
    expect(clientAddress('198.51.100.7', '203.0.113.1', none)).toBe('198.51.100.7');
    expect(clientAddress('::ffff:198.51.100.7', '203.0.113.1', proxies)).toBe('198.51.100.7');
    expect(clientAddress(undefined, null, none)).toBe('unknown');
  });

  it('behind trusted proxies, is the right-most forwarded address that is not a proxy', () => {
    expect(clientAddress('10.1.2.3', '203.0.113.1', proxies)).toBe('203.0.113.1');
    // The client wrote "1.1.1.1" itself; the proxies appended what they saw.
    expect(clientAddress('10.1.2.3', '1.1.1.1, 203.0.113.1, 10.9.9.9', proxies)).toBe('203.0.113.1');
    expect(clientAddress('127.0.0.1', 'not-an-ip, 203.0.113.5', proxies)).toBe('203.0.113.5');
    expect(clientAddress('::1', '10.0.0.1', proxies)).toBe('10.0.0.1');
    expect(clientAddress('10.1.2.3', '', proxies)).toBe('10.1.2.3');
  });

  it('reads NAVETTE_TRUSTED_PROXIES and refuses an entry that is no address', () => {
    expect(trustedProxiesFromEnvironment({ NAVETTE_TRUSTED_PROXIES: ' 10.0.0.0/8, ::1 ,' })).toEqual([
      '10.0.0.0/8',
      '::1',
    ]);
    expect(trustedProxiesFromEnvironment({})).toEqual([]);
    expect(() => trustedProxyList(['proxy.local'])).toThrow(/NAVETTE_TRUSTED_PROXIES/);
    expect(() => trustedProxyList(['10.0.0.0/x'])).toThrow();
  });

  it('counts an IPv6 client by its /64 network', () => {
    expect(rateLimitKeyOfAddress('198.51.100.7')).toBe('198.51.100.7');
    expect(rateLimitKeyOfAddress('2001:db8:0:1:aaaa::1')).toBe('2001:db8:0:1::/64');
    expect(rateLimitKeyOfAddress('2001:db8:0:1:ffff:ffff:ffff:ffff')).toBe('2001:db8:0:1::/64');
    expect(rateLimitKeyOfAddress('::1')).toBe('0:0:0:0::/64');
  });
});

describe('root fields counted for the stricter rules', () => {
  it('counts aliases, inline fragments and fragment spreads, once per occurrence, in the selected operation', () => {
    const document = parse(`
      mutation A { a: signIn(email: "", password: "") { accessToken } b: signIn(email: "", password: "") { accessToken } ...F ... on Mutation { renewSession(refreshToken: "") { accessToken } } }
      mutation B { signOut(refreshToken: "") }
      fragment F on Mutation { signIn(email: "", password: "") { accessToken } ...F }
    `);
    expect(Object.fromEntries(rootFieldCounts(document, 'A'))).toEqual({ signIn: 3, renewSession: 1 });
    expect(Object.fromEntries(rootFieldCounts(document, 'B'))).toEqual({ signOut: 1 });
    expect(Object.fromEntries(rootFieldCounts(document))).toEqual({ signIn: 3, renewSession: 1 });
  });
});
