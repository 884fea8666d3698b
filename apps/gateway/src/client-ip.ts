// The client's IP address for the rate limits and the sign-in throttle (issue 11): the socket's peer, and
// X-Forwarded-For only when that peer is a proxy the operator declared (NAVETTE_TRUSTED_PROXIES) — otherwise any
// caller could pick a fresh address per request and escape every per-IP limit.
import { BlockList, isIP } from 'node:net';

/** Which peers may tell the client's address in X-Forwarded-For: addresses or CIDR ranges ("10.0.0.0/8", "::1"). */
export function trustedProxyList(entries: readonly string[]): BlockList {
  const list = new BlockList();
  for (const raw of entries) {
    const entry = raw.trim();
    if (!entry) continue;
    const [address, bits] = entry.split('/');
    const family = isIP(address ?? '');
    if (!family || (bits !== undefined && !/^\d{1,3}$/.test(bits))) {
      throw new Error(`NAVETTE_TRUSTED_PROXIES: "${entry.slice(0, 60)}" is neither an IP address nor a CIDR range`);
    }
    const type = family === 4 ? 'ipv4' : 'ipv6';
    if (bits === undefined) list.addAddress(address!, type);
    else list.addSubnet(address!, Number(bits), type);
  }
  return list;
}

/** Reads NAVETTE_TRUSTED_PROXIES (comma-separated addresses or CIDR ranges; empty: trust no proxy). */
export function trustedProxiesFromEnvironment(env: Record<string, string | undefined> = process.env): string[] {
  return (env['NAVETTE_TRUSTED_PROXIES'] ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

function unmap(address: string): string {
  return address.startsWith('::ffff:') && isIP(address.slice(7)) === 4 ? address.slice(7) : address;
}

function isTrusted(list: BlockList, address: string): boolean {
  const family = isIP(address);
  return family !== 0 && list.check(address, family === 4 ? 'ipv4' : 'ipv6');
}

/**
 * The client address: the socket peer, or — when the peer is a trusted proxy — the right-most address of
 * X-Forwarded-For that is not itself a trusted proxy (the left-most entries are whatever the client wrote).
 */
export function clientAddress(
  socketAddress: string | undefined,
  forwardedFor: string | null,
  trusted: BlockList,
): string {
  const peer = unmap(socketAddress ?? '');
  if (!peer || !forwardedFor || !isTrusted(trusted, peer)) return peer || 'unknown';
  const hops = forwardedFor
    .split(',')
    .map((hop) => unmap(hop.trim()))
    .filter((hop) => isIP(hop) !== 0);
  for (let i = hops.length - 1; i >= 0; i--) {
    if (!isTrusted(trusted, hops[i]!)) return hops[i]!;
  }
  return hops[0] ?? peer;
}

/**
 * The key a per-IP limit counts on: the IPv4 address, or the /64 network of an IPv6 address (one subscriber usually
 * holds a whole /64: counting single IPv6 addresses would let them rotate through 2^64 of them).
 */
export function rateLimitKeyOfAddress(address: string): string {
  if (isIP(address) !== 6) return address;
  const [head = '', tail = ''] = address.split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups = address.includes('::')
    ? [...left, ...Array<string>(Math.max(0, 8 - left.length - right.length)).fill('0'), ...right]
    : left;
  return `${groups
    .slice(0, 4)
    .map((g) => g.toLowerCase().replace(/^0+(?=.)/, ''))
    .join(':')}::/64`;
}
