// One set of DataLoaders per request (STYLE, practice 4), each batch one query under the caller's identity.
import { tables, type Database } from '@navette/db';
import DataLoader from 'dataloader';
import { asc, desc, inArray } from 'drizzle-orm';
import type { DocumentMeta } from './rows.js';
import { isUuid } from '@navette/subgraph-server';

/**
 * What the loaders need of the request's context (context.ts): its `data()`, which runs each batch under the caller's
 * identity. Declared here rather than picked from `ParcoursContext`, so that context and loaders do not import each
 * other.
 */
export interface LoaderScope {
  data<T>(work: (tx: Database) => Promise<T>): Promise<T>;
}
type Ctx = LoaderScope;

/** Rows by primary key (null when unknown to the caller or not a uuid). */
function one<R extends { id: string }>(ctx: Ctx, load: (tx: Database, ids: string[]) => Promise<R[]>) {
  return new DataLoader<string, R | null>(async (ids) => {
    const valid = ids.filter(isUuid);
    const rows = valid.length > 0 ? await ctx.data((tx) => load(tx, valid)) : [];
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}

/** Rows grouped by a foreign key, in the order the query gives. */
function many<R>(ctx: Ctx, keyOf: (row: R) => string, load: (tx: Database, keys: string[]) => Promise<R[]>) {
  return new DataLoader<string, R[]>(async (keys) => {
    const rows = await ctx.data((tx) => load(tx, [...keys]));
    const groups = new Map<string, R[]>();
    for (const row of rows) {
      const key = keyOf(row);
      groups.set(key, [...(groups.get(key) ?? []), row]);
    }
    return keys.map((k) => groups.get(k) ?? []);
  });
}

export function createLoaders(ctx: Ctx) {
  const t = tables;
  return {
    person: one(ctx, (tx, ids) => tx.select().from(t.people).where(inArray(t.people.id, ids))),
    diagnosis: one(ctx, (tx, ids) =>
      tx.select().from(t.eligibilityDiagnoses).where(inArray(t.eligibilityDiagnoses.id, ids)),
    ),
    prescription: one(ctx, (tx, ids) => tx.select().from(t.prescriptions).where(inArray(t.prescriptions.id, ids))),
    approval: one(ctx, (tx, ids) => tx.select().from(t.approvals).where(inArray(t.approvals.id, ids))),
    approvalRequest: one(ctx, (tx, ids) =>
      tx.select().from(t.approvalRequests).where(inArray(t.approvalRequests.id, ids)),
    ),
    diagnosesByPerson: many(
      ctx,
      (r: typeof t.eligibilityDiagnoses.$inferSelect) => r.personId,
      (tx, keys) =>
        tx
          .select()
          .from(t.eligibilityDiagnoses)
          .where(inArray(t.eligibilityDiagnoses.personId, keys))
          .orderBy(desc(t.eligibilityDiagnoses.diagnosedOn)),
    ),
    prescriptionsByPerson: many(
      ctx,
      (r: typeof t.prescriptions.$inferSelect) => r.personId,
      (tx, keys) =>
        tx
          .select()
          .from(t.prescriptions)
          .where(inArray(t.prescriptions.personId, keys))
          .orderBy(desc(t.prescriptions.sentAt)),
    ),
    approvalsByPerson: many(
      ctx,
      (r: typeof t.approvals.$inferSelect) => r.personId,
      (tx, keys) =>
        tx.select().from(t.approvals).where(inArray(t.approvals.personId, keys)).orderBy(desc(t.approvals.startOn)),
    ),
    eventsByPrescription: many(
      ctx,
      (r: typeof t.prescriptionEvents.$inferSelect) => r.prescriptionId,
      (tx, keys) =>
        tx
          .select()
          .from(t.prescriptionEvents)
          .where(inArray(t.prescriptionEvents.prescriptionId, keys))
          .orderBy(asc(t.prescriptionEvents.occurredAt), asc(t.prescriptionEvents.id)),
    ),
    requestsByPrescription: many(
      ctx,
      (r: typeof t.approvalRequests.$inferSelect) => r.prescriptionId ?? '',
      (tx, keys) =>
        tx
          .select()
          .from(t.approvalRequests)
          .where(inArray(t.approvalRequests.prescriptionId, keys))
          .orderBy(asc(t.approvalRequests.createdAt)),
    ),
    requestsByApproval: many(
      ctx,
      (r: typeof t.approvalRequests.$inferSelect) => r.approvalId ?? '',
      (tx, keys) =>
        tx
          .select()
          .from(t.approvalRequests)
          .where(inArray(t.approvalRequests.approvalId, keys))
          .orderBy(asc(t.approvalRequests.createdAt)),
    ),
    eventsByApproval: many(
      ctx,
      (r: typeof t.approvalEvents.$inferSelect) => r.approvalId,
      (tx, keys) =>
        tx
          .select()
          .from(t.approvalEvents)
          .where(inArray(t.approvalEvents.approvalId, keys))
          .orderBy(asc(t.approvalEvents.startOn)),
    ),
    contractsByApproval: many(
      ctx,
      (r: typeof t.contracts.$inferSelect) => r.approvalId,
      (tx, keys) =>
        tx.select().from(t.contracts).where(inArray(t.contracts.approvalId, keys)).orderBy(asc(t.contracts.startOn)),
    ),
    interviewsByApproval: many(
      ctx,
      (r: typeof t.exitInterviews.$inferSelect) => r.approvalId,
      (tx, keys) =>
        tx
          .select()
          .from(t.exitInterviews)
          .where(inArray(t.exitInterviews.approvalId, keys))
          .orderBy(desc(t.exitInterviews.heldOn)),
    ),
    /** Documents without their content (listed with a request); the content is loaded on its own when asked for. */
    documentsByRequest: many(
      ctx,
      (r: DocumentMeta) => r.requestId,
      (tx, keys) =>
        tx
          .select({
            id: t.requestDocuments.id,
            requestId: t.requestDocuments.requestId,
            fileName: t.requestDocuments.fileName,
            contentType: t.requestDocuments.contentType,
            size: t.requestDocuments.size,
            uploadedAt: t.requestDocuments.uploadedAt,
          })
          .from(t.requestDocuments)
          .where(inArray(t.requestDocuments.requestId, keys))
          .orderBy(asc(t.requestDocuments.uploadedAt), asc(t.requestDocuments.id)),
    ),
    documentContent: one(ctx, (tx, ids) =>
      tx
        .select({ id: t.requestDocuments.id, content: t.requestDocuments.content })
        .from(t.requestDocuments)
        .where(inArray(t.requestDocuments.id, ids)),
    ),
    orientation: one(ctx, (tx, ids) => tx.select().from(t.orientations).where(inArray(t.orientations.id, ids))),
    orientationsByPerson: many(
      ctx,
      (r: typeof t.orientations.$inferSelect) => r.personId,
      (tx, keys) =>
        tx
          .select()
          .from(t.orientations)
          .where(inArray(t.orientations.personId, keys))
          .orderBy(desc(t.orientations.orientedAt), desc(t.orientations.id)),
    ),
    /** Names of organisations of any kind (the directory; not personal data). */
    organisationName: new DataLoader<string, string | null>(async (ids) => {
      const names = await ctx.data((tx) => organisationNames(tx, ids.filter(isUuid)));
      return ids.map((id) => names.get(id) ?? null);
    }),
    registrationsByApproval: many(
      ctx,
      (r: typeof t.poleEmploiRegistrations.$inferSelect) => r.approvalId,
      (tx, keys) =>
        tx.select().from(t.poleEmploiRegistrations).where(inArray(t.poleEmploiRegistrations.approvalId, keys)),
    ),
    exitsByApproval: many(
      ctx,
      (r: typeof t.exits.$inferSelect) => r.approvalId,
      (tx, keys) => tx.select().from(t.exits).where(inArray(t.exits.approvalId, keys)).orderBy(desc(t.exits.exitOn)),
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

/** Names of organisations of any kind (SIAE, agence, prescripteur), by id, from the directory (not personal data). */
async function organisationNames(tx: Database, ids: readonly string[]): Promise<Map<string, string>> {
  const { siaes, agencies, prescriberOrganisations } = tables;
  const list = [...ids];
  const [a, b, c] = await Promise.all([
    tx.select({ id: siaes.id, name: siaes.name }).from(siaes).where(inArray(siaes.id, list)),
    tx.select({ id: agencies.id, name: agencies.name }).from(agencies).where(inArray(agencies.id, list)),
    tx
      .select({ id: prescriberOrganisations.id, name: prescriberOrganisations.name })
      .from(prescriberOrganisations)
      .where(inArray(prescriberOrganisations.id, list)),
  ]);
  return new Map([...a, ...b, ...c].map((row) => [row.id, row.name]));
}
