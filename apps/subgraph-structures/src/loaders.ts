// One set of DataLoaders per request (STYLE, practice 4): N entities by id cost one query per type.
import { tables, type Database } from '@navette/db';
import DataLoader from 'dataloader';
import { asc, desc, inArray } from 'drizzle-orm';
import type {
  AgencyRow,
  CooperationAgreementRow,
  DepartementRow,
  JobOfferRow,
  SiaeReferentsRow,
  EmploymentAreaRow,
  PrescriberOrganisationRow,
  SiaeRow,
} from './services/rows.js';
import {
  loadAvis,
  loadDecisions,
  type HabilitationAvisRow,
  type HabilitationDecisionRow,
} from './services/habilitation-register.js';
import { isUuid } from '@navette/subgraph-server';

function byKey<K, R>(keys: readonly K[], rows: R[], keyOf: (row: R) => K): (R | null)[] {
  const map = new Map(rows.map((r) => [keyOf(r), r]));
  return keys.map((k) => map.get(k) ?? null);
}

/** Loader over a uuid primary key; ids that are not uuids resolve to null instead of a database error. */
function uuidLoader<R extends { id: string }>(load: (ids: string[]) => Promise<R[]>) {
  return new DataLoader<string, R | null>(async (ids) => {
    const valid = ids.filter(isUuid);
    const rows = valid.length > 0 ? await load(valid) : [];
    return byKey(ids, rows, (r) => r.id);
  });
}

export function createLoaders(db: Database) {
  return {
    /** The register of habilitation decisions of each prescriber organisation, oldest first (issue 14 §2). */
    habilitationDecisions: new DataLoader<string, HabilitationDecisionRow[]>(async (ids) => {
      const registers = await loadDecisions(db, ids);
      return ids.map((id) => registers.get(id) ?? []);
    }),
    /** The CDIAE's avis on each prescriber organisation's habilitation requests, oldest first (issue 18 §5). */
    habilitationAvis: new DataLoader<string, HabilitationAvisRow[]>(async (ids) => {
      const avis = await loadAvis(db, ids);
      return ids.map((id) => avis.get(id) ?? []);
    }),
    siae: uuidLoader<SiaeRow>((ids) => db.select().from(tables.siaes).where(inArray(tables.siaes.id, ids))),
    agency: uuidLoader<AgencyRow>((ids) => db.select().from(tables.agencies).where(inArray(tables.agencies.id, ids))),
    prescriberOrganisation: uuidLoader<PrescriberOrganisationRow>((ids) =>
      db.select().from(tables.prescriberOrganisations).where(inArray(tables.prescriberOrganisations.id, ids)),
    ),
    employmentArea: uuidLoader<EmploymentAreaRow>((ids) =>
      db.select().from(tables.employmentAreas).where(inArray(tables.employmentAreas.id, ids)),
    ),
    departement: new DataLoader<string, DepartementRow | null>(async (codes) =>
      byKey(
        codes,
        await db
          .select()
          .from(tables.departements)
          .where(inArray(tables.departements.code, [...codes])),
        (r) => r.code,
      ),
    ),
    employmentAreasByDepartement: new DataLoader<string, EmploymentAreaRow[]>(async (codes) => {
      const rows = await db
        .select()
        .from(tables.employmentAreas)
        .where(inArray(tables.employmentAreas.departementCode, [...codes]))
        .orderBy(asc(tables.employmentAreas.name));
      return codes.map((c) => rows.filter((r) => r.departementCode === c));
    }),
    /** Référents of each SIAE (one query for a whole list of SIAE). */
    referentsBySiae: new DataLoader<string, SiaeReferentsRow | null>(async (ids) => {
      const valid = ids.filter(isUuid);
      const rows = valid.length
        ? await db.select().from(tables.siaeReferents).where(inArray(tables.siaeReferents.siaeId, valid))
        : [];
      return byKey(ids, rows, (r) => r.siaeId);
    }),
    /** Job offers of each SIAE (open and closed; the resolver keeps what the caller may see), newest first. */
    jobOffersBySiae: new DataLoader<string, JobOfferRow[]>(async (ids) => {
      const valid = ids.filter(isUuid);
      const rows = valid.length
        ? await db
            .select()
            .from(tables.jobOffers)
            .where(inArray(tables.jobOffers.siaeId, valid))
            .orderBy(desc(tables.jobOffers.publishedOn))
        : [];
      return ids.map((id) => rows.filter((r) => r.siaeId === id));
    }),
    /** Conventions of each SIAE, newest first (the missing-convention flag and the SIAE's own list). */
    agreementsBySiae: new DataLoader<string, CooperationAgreementRow[]>(async (ids) => {
      const valid = ids.filter(isUuid);
      const rows = valid.length
        ? await db
            .select()
            .from(tables.cooperationAgreements)
            .where(inArray(tables.cooperationAgreements.siaeId, valid))
            .orderBy(desc(tables.cooperationAgreements.startOn))
        : [];
      return ids.map((id) => rows.filter((r) => r.siaeId === id));
    }),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
