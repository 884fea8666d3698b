// What the benchmarks that run the product themselves share (bench.ts, indicator-cpu.ts): the product started on the
// data set's day, and the principal the gateway signs to a subgraph for a user's access token.
import { principalFromClaims, type AccessClaims, type Principal } from '@navette/auth';
import { pathToFileURL } from 'node:url';

export interface BenchProduct {
  graphqlUrl: string;
  subgraphs: Record<string, string>;
  subgraphSecret: string;
  stop(): Promise<void>;
}

interface NavetteModule {
  startNavette: (options: {
    databaseUrl: string;
    port: number;
    demoData: boolean;
    jobs: boolean;
    appsDir: string;
    clock: () => Date;
  }) => Promise<BenchProduct>;
}

/**
 * The product of the build at `navettePath` (apps/navette/dist/start.js of this or another checkout, to compare
 * builds) on the data set, without demo data, jobs or portals, its clock at 10:00 in Paris (winter time: UTC+1) on
 * the data set's `today`.
 */
export async function startBenchProduct(
  navettePath: string,
  databaseUrl: string,
  today: string,
): Promise<BenchProduct> {
  const { startNavette } = (await import(pathToFileURL(navettePath).href)) as NavetteModule;
  const now = new Date(`${today}T09:00:00Z`);
  return startNavette({
    databaseUrl,
    port: 0,
    demoData: false,
    jobs: false,
    appsDir: '/nonexistent',
    clock: () => now,
  });
}

/**
 * The principal the gateway passes on for a user's access token: the token's claims read without verifying them (the
 * benchmark issued it), then @navette/auth's own rule, as the gateway applies it once it has verified the token.
 */
export function principalOfToken(authorization: string): Principal {
  const payload = authorization.replace(/^Bearer /, '').split('.')[1]!;
  return principalFromClaims(JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as AccessClaims);
}
