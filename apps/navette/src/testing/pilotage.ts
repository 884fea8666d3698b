// Test support for the pilotage: accounts in the organisations of a hand-made data set, and that data set, written straight into the tables as their
// owner (what the other contexts would have written), with the figures each indicator must give.
import { tables, type Database } from '@navette/db';
import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';

/** A user of an organisation, with the demo password (test databases only). */
export async function createMember(
  db: Database,
  email: string,
  role: 'SIAE' | 'AGENCY',
  organisationId: string,
): Promise<string> {
  const [demo] = await db.select().from(tables.users).where(eq(tables.users.email, 'prescripteur@demo.navette.fr'));
  const id = randomUUID();
  await db.insert(tables.users).values({ id, email, displayName: email, passwordHash: demo!.passwordHash });
  await db.insert(tables.memberships).values({ userId: id, role, organisationKind: role, organisationId });
  return email;
}

/** The hand-made territory: two départements outside the demo region, each with its agence, SIAE and CTA. */
export const HAND = {
  agencyA: randomUUID(),
  agencyB: randomUUID(),
  areaA: randomUUID(),
  areaB: randomUUID(),
  ctaA: randomUUID(),
  ctaB: randomUUID(),
  /** 2A: two ACI and one EI, followed by agence A. */
  a1: randomUUID(),
  a2: randomUUID(),
  a3: randomUUID(),
  /** 2B: one AI, followed by agence B. */
  b1: randomUUID(),
  poleEmploiA: randomUUID(),
  habilitated: [randomUUID(), randomUUID(), randomUUID(), randomUUID(), randomUUID()],
  service: randomUUID(),
};

/** The period of the indicator test: the first half of 2026. */
export const HALF = { from: '2026-01-01', to: '2026-06-30' };

/**
 * Writes the hand-made data set. Every fact sits in, on the edge of, or just outside the first half of 2026; the
 * expected figures are written by hand in the test, next to the rows that make them.
 */
export async function seedHandMadeData(db: Database): Promise<void> {
  const h = HAND;
  await db.insert(tables.departements).values([
    { code: '2A', name: 'Corse-du-Sud', regionCode: '94' },
    { code: '2B', name: 'Haute-Corse', regionCode: '94' },
  ]);
  await db.insert(tables.employmentAreas).values([
    { id: h.areaA, code: 'TEST-2A', name: 'Bassin d’Ajaccio', departementCode: '2A' },
    { id: h.areaB, code: 'TEST-2B', name: 'Bassin de Bastia', departementCode: '2B' },
  ]);
  await db.insert(tables.agencies).values([
    { id: h.agencyA, code: 'PE-T2A', name: 'Pôle emploi Ajaccio', departementCode: '2A', city: 'Ajaccio' },
    { id: h.agencyB, code: 'PE-T2B', name: 'Pôle emploi Bastia', departementCode: '2B', city: 'Bastia' },
  ]);
  const siae = (id: string, n: number, kind: 'ACI' | 'EI' | 'AI', departementCode: '2A' | '2B') => ({
    id,
    siret: `9${String(n).padStart(13, '0')}`,
    name: `SIAE test ${n}`,
    kind,
    departementCode,
    employmentAreaId: departementCode === '2A' ? h.areaA : h.areaB,
    agencyId: departementCode === '2A' ? h.agencyA : h.agencyB,
    city: departementCode === '2A' ? 'Ajaccio' : 'Bastia',
    postcode: departementCode === '2A' ? '20000' : '20200',
  });
  await db
    .insert(tables.siaes)
    .values([
      siae(h.a1, 1, 'ACI', '2A'),
      siae(h.a2, 2, 'ACI', '2A'),
      siae(h.a3, 3, 'EI', '2A'),
      siae(h.b1, 4, 'AI', '2B'),
    ]);
  await db.insert(tables.ctas).values([
    {
      id: h.ctaA,
      name: 'CTA du bassin d’Ajaccio',
      employmentAreaId: h.areaA,
      ledByAgencyId: h.agencyA,
      departementCode: '2A',
    },
    {
      id: h.ctaB,
      name: 'CTA du bassin de Bastia',
      employmentAreaId: h.areaB,
      ledByAgencyId: h.agencyB,
      departementCode: '2B',
    },
  ]);

  // Fiche 2: habilitations covering 30 June 2026 (2A: the first and the third; 2B: the fifth, ending that day).
  const [hab1, hab2, hab3, hab4, hab5] = h.habilitated as [string, string, string, string, string];
  const prescriber = (
    id: string,
    departementCode: string,
    start: string | null,
    end: string | null,
    kind: 'HABILITE' | 'POLE_EMPLOI' = 'HABILITE',
  ) => ({
    id,
    name: `Prescripteur test ${id.slice(0, 4)}`,
    kind,
    departementCode,
    city: 'Ajaccio',
    habilitationStartOn: start,
    habilitationEndOn: end,
  });
  await db
    .insert(tables.prescriberOrganisations)
    .values([
      prescriber(h.poleEmploiA, '2A', null, null, 'POLE_EMPLOI'),
      prescriber(hab1, '2A', '2025-01-01', '2029-12-31'),
      prescriber(hab2, '2A', '2020-01-01', '2026-03-31'),
      prescriber(hab3, '2A', '2026-06-30', null),
      prescriber(hab4, '2A', '2026-07-01', null),
      prescriber(hab5, '2B', '2024-01-01', '2026-06-30'),
    ]);
  // Fiche 2: référents Pôle emploi (a1 and b1 have one; a2 only a correspondent; a3 none).
  await db.insert(tables.siaeReferents).values([
    { siaeId: h.a1, referentName: 'Rémi Référent' },
    { siaeId: h.a2, correspondentName: 'Corinne Correspondante' },
    { siaeId: h.b1, referentEmail: 'referent.bastia@example.org' },
  ]);
  // Article 2, fiche 5: conventions de coopération locale.
  await db.insert(tables.cooperationAgreements).values([
    { siaeId: h.a1, agencyId: h.agencyA, status: 'SIGNED', startOn: '2025-01-01', signedOn: '2025-12-15' },
    {
      siaeId: h.a1,
      agencyId: h.agencyA,
      status: 'EXPIRED',
      startOn: '2024-01-01',
      endOn: '2025-12-31',
      signedOn: '2024-01-01',
    },
    {
      siaeId: h.a2,
      agencyId: h.agencyA,
      status: 'SIGNED',
      startOn: '2026-02-01',
      endOn: '2027-01-31',
      signedOn: '2026-01-20',
    },
    {
      siaeId: h.a3,
      agencyId: h.agencyA,
      status: 'TERMINATED',
      startOn: '2026-01-01',
      signedOn: '2026-03-01',
      terminatedOn: '2026-06-30',
    },
    { siaeId: h.a3, agencyId: h.agencyA, status: 'DRAFT', startOn: '2026-09-01' },
    { siaeId: h.b1, agencyId: h.agencyB, status: 'SIGNED', startOn: '2026-07-01', signedOn: '2026-06-30' },
  ]);
  // Fiche 4: offers deposited at Pôle emploi.
  const offer = (siaeId: string, deposited: string | null) => ({
    siaeId,
    // Two offers of a SIAE published the same day have different titles (natural key job_offers_open_unique).
    title: deposited ? 'Agent·e polyvalent·e' : 'Agent·e polyvalent·e (non déposée)',
    description: 'Offre de test',
    publishedOn: '2025-12-01',
    depositedAtPoleEmploiOn: deposited,
  });
  await db
    .insert(tables.jobOffers)
    .values([
      offer(h.a1, '2026-03-10'),
      offer(h.a1, null),
      offer(h.a3, '2025-12-31'),
      offer(h.b1, '2026-06-30'),
      offer(h.a2, '2026-07-01'),
    ]);

  // The parcours: six people, their prescriptions (fiche 4), agréments and their requests and events (annexe 4).
  const people = await db
    .insert(tables.people)
    .values(
      ['Un', 'Deux', 'Trois', 'Quatre', 'Cinq', 'Six'].map((lastName) => ({
        firstName: 'Test',
        lastName,
        birthDate: '1985-01-01',
        createdByOrganisationId: h.poleEmploiA,
      })),
    )
    .returning({ id: tables.people.id });
  const [p1, p2, p3, p4, p5] = people.map((p) => p.id) as [string, string, string, string, string, string];
  const diagnoses = await db
    .insert(tables.eligibilityDiagnoses)
    .values(
      people.map((p) => ({
        personId: p.id,
        prescriberOrganisationId: h.poleEmploiA,
        criteria: ['PUB_QPV'],
        diagnosedOn: '2025-12-01',
      })),
    )
    .returning({ id: tables.eligibilityDiagnoses.id, personId: tables.eligibilityDiagnoses.personId });
  const diagnosisOf = (personId: string) => diagnoses.find((d) => d.personId === personId)!.id;
  const prescription = (
    personId: string,
    siaeId: string,
    by: string,
    status: 'SENT' | 'REFUSED' | 'ACCEPTED',
    sentAt: string,
    updatedAt: string,
  ) => ({
    personId,
    diagnosisId: diagnosisOf(personId),
    prescriberOrganisationId: by,
    siaeId,
    message: 'Prescription de test',
    status,
    refusalReason: status === 'REFUSED' ? 'NO_POSITION_AVAILABLE' : null,
    sentAt: new Date(sentAt),
    updatedAt: new Date(updatedAt),
  });
  await db.insert(tables.prescriptions).values([
    prescription(p1, h.a1, h.poleEmploiA, 'SENT', '2026-02-01T10:00:00+01:00', '2026-02-01T10:00:00+01:00'),
    prescription(p2, h.a1, hab1, 'REFUSED', '2026-01-05T10:00:00+01:00', '2026-01-10T10:00:00+01:00'),
    prescription(p3, h.a3, h.poleEmploiA, 'REFUSED', '2025-12-20T10:00:00+01:00', '2026-01-02T10:00:00+01:00'),
    // Sent on 30 June late in the evening (Paris), refused just after midnight on 1 July (Paris), 30 June in UTC.
    prescription(p4, h.b1, h.poleEmploiA, 'REFUSED', '2026-06-30T22:30:00+02:00', '2026-07-01T00:30:00+02:00'),
    prescription(p5, h.a2, hab1, 'ACCEPTED', '2026-03-01T10:00:00+01:00', '2026-03-02T10:00:00+01:00'),
  ]);
  const approvals = await db
    .insert(tables.approvals)
    .values([
      { number: 'TEST00000001', personId: p1, siaeId: h.a1, startOn: '2026-01-01', endOn: '2027-12-31' },
      { number: 'TEST00000002', personId: p2, siaeId: h.a3, startOn: '2025-06-01', endOn: '2027-05-31' },
      { number: 'TEST00000003', personId: p4, siaeId: h.b1, startOn: '2025-06-01', endOn: '2027-05-31' },
      { number: 'TEST00000004', personId: p5, siaeId: h.a2, startOn: '2026-03-15', endOn: '2028-03-14' },
    ])
    .returning({ id: tables.approvals.id });
  const [ap1, ap2, ap3, ap4] = approvals.map((a) => a.id) as [string, string, string, string];
  // Inscription à Pôle emploi (fiches 5 and 7): ap1 registered (checked 1 March), ap4 not (1 April), ap2's situation
  // checked after the period (2 July); 6 months after the end: ap2 not registered (1 February), ap3 registered (10 May).
  const registration = (
    approvalId: string,
    siaeId: string,
    checkpoint: 'DURING_PARCOURS' | 'SIX_MONTHS_AFTER_END',
    registered: boolean,
    checkedOn: string,
  ) => ({
    approvalId,
    siaeId,
    checkpoint,
    registered,
    registeredOn: registered ? '2025-09-01' : null,
    checkedOn,
    recordedByOrganisationId: siaeId,
  });
  await db
    .insert(tables.poleEmploiRegistrations)
    .values([
      registration(ap1, h.a1, 'DURING_PARCOURS', true, '2026-03-01'),
      registration(ap4, h.a2, 'DURING_PARCOURS', false, '2026-04-01'),
      registration(ap2, h.a3, 'DURING_PARCOURS', true, '2026-07-02'),
      registration(ap2, h.a3, 'SIX_MONTHS_AFTER_END', false, '2026-02-01'),
      registration(ap3, h.b1, 'SIX_MONTHS_AFTER_END', true, '2026-05-10'),
    ]);
  const request = (
    personId: string,
    siaeId: string,
    status: 'REFUSED' | 'GRANTED' | 'PENDING',
    decidedOn: string | null,
    appealStatus: 'UPHELD' | 'DISMISSED' | null = null,
  ) => ({
    kind: 'INITIAL' as const,
    personId,
    siaeId,
    receivedOn: decidedOn ?? '2026-11-20',
    deadline: decidedOn ?? '2026-11-27',
    status,
    decidedOn,
    refusalReason: status === 'REFUSED' ? 'NEW_INFORMATION' : null,
    appealStatus,
    appealText: appealStatus ? 'Recours' : null,
    appealedOn: appealStatus ? decidedOn : null,
  });
  await db
    .insert(tables.approvalRequests)
    .values([
      request(p1, h.a1, 'REFUSED', '2026-02-10'),
      request(p1, h.a1, 'REFUSED', '2026-03-05', 'UPHELD'),
      request(p1, h.a1, 'REFUSED', '2026-04-01', 'DISMISSED'),
      request(p2, h.a3, 'REFUSED', '2025-12-30'),
      request(p4, h.b1, 'REFUSED', '2026-06-30'),
      request(p5, h.a2, 'GRANTED', '2026-03-01'),
      request(p5, h.a2, 'PENDING', null),
    ]);
  await db.insert(tables.approvalEvents).values([
    { approvalId: ap1, kind: 'SUSPENSION', siaeId: h.a1, startOn: '2026-02-01', endOn: '2026-02-10' },
    { approvalId: ap1, kind: 'SUSPENSION', siaeId: h.a1, startOn: '2026-06-30', endOn: '2026-07-10' },
    { approvalId: ap2, kind: 'SUSPENSION', siaeId: h.a3, startOn: '2026-07-01', endOn: '2026-07-10' },
    {
      approvalId: ap2,
      kind: 'PROLONGATION',
      siaeId: h.a3,
      startOn: '2026-05-01',
      endOn: '2027-05-31',
      reason: 'AGE_50_OR_RQTH',
    },
    {
      approvalId: ap3,
      kind: 'PROLONGATION',
      siaeId: h.b1,
      startOn: '2025-12-31',
      endOn: '2026-12-31',
      reason: 'AGE_50_OR_RQTH',
    },
    { approvalId: ap1, kind: 'EXTENSION', siaeId: h.a2, startOn: '2026-04-15' },
  ]);

  // Formation (fiches 5, 6, 7).
  const training = (
    personId: string,
    approvalId: string,
    siaeId: string,
    hours: number,
    startOn: string,
    endOn: string,
  ) => ({
    personId,
    approvalId,
    siaeId,
    kind: 'QUALIFYING' as const,
    title: 'Formation de test',
    organisation: 'Organisme de test',
    hours,
    startOn,
    endOn,
  });
  await db
    .insert(tables.trainingRecords)
    .values([
      training(p1, ap1, h.a1, 35, '2026-03-01', '2026-03-31'),
      training(p1, ap1, h.a1, 20, '2026-05-01', '2026-05-15'),
      training(p5, ap4, h.a2, 100, '2026-04-01', '2026-06-30'),
      training(p2, ap2, h.a3, 50, '2026-06-01', '2026-07-01'),
      training(p4, ap3, h.b1, 12, '2025-11-01', '2026-01-01'),
    ]);
  const immersion = (siaeId: string, personId: string, approvalId: string, startOn: string) => ({
    personId,
    approvalId,
    siaeId,
    hostCompany: 'Entreprise d’accueil',
    objective: 'Découvrir un métier',
    startOn,
    endOn: startOn,
  });
  await db.insert(tables.immersions).values([
    immersion(h.a1, p1, ap1, '2026-01-01'),
    immersion(h.a3, p2, ap2, '2025-12-31'),
    // 2B: two in the first quarter, five in the second, one in the third.
    ...[
      '2026-01-10',
      '2026-02-10',
      '2026-04-01',
      '2026-05-10',
      '2026-06-01',
      '2026-06-15',
      '2026-06-20',
      '2026-08-01',
    ].map((d) => immersion(h.b1, p4, ap3, d)),
  ]);
  await db.insert(tables.employmentServices).values({
    id: h.service,
    agencyId: h.agencyA,
    kind: 'PRESTATION',
    title: 'Prestation de test',
    description: 'Test',
  });
  const service = (siaeId: string, personId: string, approvalId: string, usedOn: string, inWorkFollowUp: boolean) => ({
    personId,
    approvalId,
    siaeId,
    serviceId: h.service,
    usedOn,
    inWorkFollowUp,
  });
  await db
    .insert(tables.serviceUses)
    .values([
      service(h.a1, p1, ap1, '2026-02-02', false),
      service(h.a1, p1, ap1, '2026-03-03', true),
      service(h.a2, p5, ap4, '2026-06-30', true),
      service(h.a3, p2, ap2, '2026-07-01', true),
      service(h.b1, p4, ap3, '2026-01-15', false),
    ]);
  await db.insert(tables.poes).values([
    {
      personId: p2,
      approvalId: ap2,
      siaeId: h.a3,
      employer: 'Employeur',
      hours: 100,
      startOn: '2026-05-05',
      endOn: '2026-06-05',
    },
    {
      personId: p4,
      approvalId: ap3,
      siaeId: h.b1,
      employer: 'Employeur',
      hours: 80,
      startOn: '2026-08-01',
      endOn: '2026-08-30',
    },
  ]);

  // Fiche 8: CTA meetings (agence A's CTA only; B's met after the half-year).
  await db.insert(tables.ctaMeetings).values([
    { ctaId: h.ctaA, heldOn: '2026-01-15', agenda: 'Bilan', minutes: 'CR', minutesSentToCdiaeOn: '2026-02-01' },
    { ctaId: h.ctaA, heldOn: '2026-04-10', agenda: 'Offres', minutes: 'CR', minutesSentToCdiaeOn: '2026-07-05' },
    {
      ctaId: h.ctaA,
      heldOn: '2025-12-10',
      agenda: 'Bilan 2025',
      siaeHeadsInvited: true,
      minutes: 'CR',
      minutesSentToCdiaeOn: '2026-01-05',
    },
    { ctaId: h.ctaB, heldOn: '2026-07-02', agenda: 'Lancement' },
  ]);
}
