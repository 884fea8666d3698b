// The deterministic demo data set of Bourgogne-Franche-Comté: loaded at first start in embedded mode, and by
// `pnpm --filter @navette/db db:seed` into a server database. Loading twice changes nothing.
import { sql } from 'drizzle-orm';
import type { Database } from '../client.js';
import * as s from '../schema/index.js';
import {
  departements,
  employmentAreas,
  employmentServiceCatalogue,
  habilitatedPrescriberStems,
  REGION_CODE,
  siaeNameStems,
} from './bfc.js';
import { seedDemoAccounts } from './accounts.js';
import { demoId, demoSiret } from './ids.js';

const SIAE_KINDS = ['ACI', 'AI', 'EI', 'ETTI', 'EITI'] as const;

export interface DemoDataSet {
  departements: (typeof s.departements.$inferInsert)[];
  employmentAreas: (typeof s.employmentAreas.$inferInsert)[];
  agencies: (typeof s.agencies.$inferInsert)[];
  siaes: (typeof s.siaes.$inferInsert)[];
  prescriberOrganisations: (typeof s.prescriberOrganisations.$inferInsert)[];
  stateServices: (typeof s.stateServices.$inferInsert)[];
  employmentServices: (typeof s.employmentServices.$inferInsert)[];
  ctas: (typeof s.ctas.$inferInsert)[];
  steeringCommittees: (typeof s.steeringCommittees.$inferInsert)[];
  cdiaes: (typeof s.cdiaes.$inferInsert)[];
}

/** Builds the demo rows in memory: pure and deterministic (same output on every call). */
export function buildDemoDataSet(): DemoDataSet {
  const data: DemoDataSet = {
    departements: departements.map((d) => ({ code: d.code, name: d.name, regionCode: REGION_CODE })),
    employmentAreas: [],
    agencies: [],
    siaes: [],
    prescriberOrganisations: [],
    stateServices: [
      {
        id: demoId('state:prefecture-region'),
        name: 'Préfecture de la région Bourgogne-Franche-Comté',
        kind: 'PREFECTURE',
        departementCode: '21',
      },
      { id: demoId('state:dreets'), name: 'DREETS Bourgogne-Franche-Comté', kind: 'DREETS', departementCode: null },
    ],
    employmentServices: [],
    ctas: [],
    steeringCommittees: [
      {
        id: demoId('steering:bfc'),
        name: 'Comité de pilotage régional IAE Bourgogne-Franche-Comté',
        regionCode: REGION_CODE,
      },
    ],
    cdiaes: [],
  };
  let siaeCounter = 0;
  for (const area of employmentAreas) {
    const areaId = demoId(`area:${area.code}`);
    data.employmentAreas.push({
      id: areaId,
      code: area.code,
      name: `Bassin de ${area.name}`,
      departementCode: area.departement,
    });
    const [mainTown] = area.towns[0];
    const agencyId = demoId(`agency:${area.code}`);
    data.agencies.push({
      id: agencyId,
      code: `PE-${area.code}`,
      name: `Pôle emploi ${mainTown}`,
      departementCode: area.departement,
      city: mainTown,
    });
    data.ctas.push({
      id: demoId(`cta:${area.code}`),
      name: `CTA du bassin de ${area.name}`,
      employmentAreaId: areaId,
      ledByAgencyId: agencyId,
      departementCode: area.departement,
    });
    employmentServiceCatalogue.forEach((service, i) => {
      // Each agence offers the common catalogue but one item, so that territories differ a little.
      if ((i + area.code.length) % employmentServiceCatalogue.length === siaeCounter % 3) return;
      data.employmentServices.push({ id: demoId(`service:${area.code}:${i}`), agencyId, ...service });
    });
    // Three SIAE per bassin, the kinds taken in turn: 63 SIAE over the five kinds.
    for (let k = 0; k < 3; k++) {
      const kind = SIAE_KINDS[siaeCounter % SIAE_KINDS.length]!;
      const stems = siaeNameStems[kind];
      const [town, postcode] = area.towns[k % area.towns.length]!;
      data.siaes.push({
        id: demoId(`siae:${area.code}:${k}`),
        siret: demoSiret(1000 + siaeCounter),
        name: `${stems[siaeCounter % stems.length]} ${town}`,
        kind,
        departementCode: area.departement,
        employmentAreaId: areaId,
        agencyId,
        city: town,
        postcode,
      });
      siaeCounter++;
    }
  }
  for (const [index, d] of departements.entries()) {
    const area = employmentAreas.find((a) => a.departement === d.code)!;
    const [town] = area.towns[0];
    data.stateServices.push({
      id: demoId(`state:ddets:${d.code}`),
      name: `DDETS ${d.name}`,
      kind: 'DDETS',
      departementCode: d.code,
    });
    // One CDIAE per département (accord, article 3; issue 18 §5), animated by the État.
    data.cdiaes.push({ id: demoId(`cdiae:${d.code}`), name: `CDIAE ${d.name}`, departementCode: d.code });
    const rightful = [
      { kind: 'POLE_EMPLOI', name: `Pôle emploi ${d.name} (direction territoriale)` },
      { kind: 'MISSION_LOCALE', name: `Mission locale de ${town}` },
      { kind: 'CAP_EMPLOI', name: `Cap emploi ${d.name}` },
    ] as const;
    for (const p of rightful) {
      data.prescriberOrganisations.push({
        id: demoId(`prescriber:${d.code}:${p.kind}`),
        name: p.name,
        kind: p.kind,
        departementCode: d.code,
        city: town,
        habilitationStartOn: null,
        habilitationEndOn: null,
      });
    }
    habilitatedPrescriberStems.forEach((stem, i) => {
      // Habilitations by the préfet run for a period; one per département has lapsed, to show canPrescribe at work.
      const lapsed = i === index % habilitatedPrescriberStems.length;
      data.prescriberOrganisations.push({
        id: demoId(`prescriber:${d.code}:HABILITE:${i}`),
        name: `${stem} de ${town}`,
        kind: 'HABILITE',
        departementCode: d.code,
        city: town,
        habilitationStartOn: lapsed ? '2021-01-01' : '2025-01-01',
        habilitationEndOn: lapsed ? '2023-12-31' : '2029-12-31',
      });
    });
  }
  return data;
}

/** Loads the demo data set; rows already there (same deterministic id) are left as they are. */
export async function seedDemoData(db: Database): Promise<{ inserted: boolean }> {
  const data = buildDemoDataSet();
  const [{ count } = { count: 0 }] = await db.select({ count: sql<number>`count(*)::int` }).from(s.siaes);
  await db.transaction(async (tx) => {
    await tx.insert(s.departements).values(data.departements).onConflictDoNothing();
    await tx.insert(s.employmentAreas).values(data.employmentAreas).onConflictDoNothing();
    await tx.insert(s.agencies).values(data.agencies).onConflictDoNothing();
    await tx.insert(s.siaes).values(data.siaes).onConflictDoNothing();
    await tx.insert(s.prescriberOrganisations).values(data.prescriberOrganisations).onConflictDoNothing();
    await tx.insert(s.stateServices).values(data.stateServices).onConflictDoNothing();
    await tx.insert(s.employmentServices).values(data.employmentServices).onConflictDoNothing();
    await tx.insert(s.ctas).values(data.ctas).onConflictDoNothing();
    await tx.insert(s.steeringCommittees).values(data.steeringCommittees).onConflictDoNothing();
    await tx.insert(s.cdiaes).values(data.cdiaes).onConflictDoNothing();
  });
  await seedDemoAccounts(db);
  return { inserted: count === 0 };
}
