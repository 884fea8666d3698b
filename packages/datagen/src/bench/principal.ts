// The principal the gateway passes on to a subgraph for a user's access token (its claims: @navette/auth
// UserAccessClaims), for the benchmarks that call a subgraph as the gateway does (bench.ts, indicator-cpu.ts).
export function principalOfToken(authorization: string) {
  const claims = JSON.parse(
    Buffer.from(authorization.replace(/^Bearer /, '').split('.')[1]!, 'base64url').toString('utf8'),
  ) as {
    sub: string;
    sid: string;
    role: string;
    org: string;
    orgKind: string;
    scope: string;
    departement?: string;
  };
  return {
    kind: 'user',
    userId: claims.sub,
    sessionId: claims.sid,
    role: claims.role,
    organisationId: claims.org,
    organisationKind: claims.orgKind,
    ...(claims.departement ? { departement: claims.departement } : {}),
    scopes: claims.scope.split(' ').filter(Boolean),
  };
}
