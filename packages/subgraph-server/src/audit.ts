// Writes to the append-only audit trail (issue 4). Never pass a secret (password, token) in `details`.
import type { Principal } from '@navette/auth';
import { tables, type Database } from '@navette/db';

export interface AuditEntry {
  action: string;
  subjectType?: string;
  subjectId?: string;
  details?: Record<string, unknown>;
  /** Portal or API client name, from the request. */
  client?: string | null;
}

export function actorOf(principal: Principal): {
  actorKind: string;
  actorId: string | null;
  actorOrganisationId: string | null;
} {
  switch (principal.kind) {
    case 'user':
      return { actorKind: 'user', actorId: principal.userId, actorOrganisationId: principal.organisationId };
    case 'api_client':
      return { actorKind: 'api_client', actorId: principal.clientId, actorOrganisationId: null };
    default:
      return { actorKind: 'anonymous', actorId: null, actorOrganisationId: null };
  }
}

export async function recordAudit(db: Database, actor: ReturnType<typeof actorOf>, entry: AuditEntry): Promise<void> {
  await db.insert(tables.auditEvents).values({
    ...actor,
    action: entry.action,
    subjectType: entry.subjectType ?? null,
    subjectId: entry.subjectId ?? null,
    details: entry.details ?? null,
    client: entry.client ?? null,
  });
}
