// The use cases' input schemas, parsed as the use cases parse them (parseInput): what a form gets back for a bad
// input — BAD_USER_INPUT, reason INVALID_INPUT, the field's label and a French message — before anything is read.
import { parseInput } from '@navette/subgraph-server';
import type { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { decideApprovalRequestInput } from './decide-approval-request.js';
import { answerPrescriptionInput } from './answer-prescription.js';
import { planExitInterviewInput } from './plan-exit-interview.js';
import { recordContractInput } from './record-contract.js';
import { recordDiagnosisInput } from './record-diagnosis.js';
import { recordExitInput } from './record-exit.js';
import { recordExitInterviewInput } from './record-exit-interview.js';
import { recordPersonInput } from './record-person.js';
import { requestApprovalInput } from './request-approval.js';

const ID = '00000000-0000-4000-8000-000000000001';

function refusal(schema: z.ZodType, input: unknown, labels: Record<string, string> = {}): GraphQLError {
  try {
    parseInput(schema, input, labels);
  } catch (error) {
    return error as GraphQLError;
  }
  throw new Error('accepted');
}

describe('use case input schemas', () => {
  it('recordPerson: trims, and says which field is missing in the words of the form', () => {
    const person = {
      firstName: ' Jeanne ',
      lastName: 'Martin',
      birthDate: '1990-04-12',
      email: '',
      poleEmploiId: '1234567a',
    };
    expect(parseInput(recordPersonInput, person)).toMatchObject({
      firstName: 'Jeanne',
      email: null,
      poleEmploiId: '1234567A',
      phone: null,
    });
    const blank = refusal(recordPersonInput, { ...person, firstName: '   ' }, { firstName: 'Prénom' });
    expect(blank.message).toBe('Prénom : champ obligatoire.');
    expect(blank.extensions).toEqual({ code: 'BAD_USER_INPUT', reason: 'INVALID_INPUT', field: 'Prénom' });
    expect(
      refusal(recordPersonInput, { ...person, birthDate: '1990-02-30' }, { birthDate: 'Date de naissance' }).message,
    ).toBe('Date de naissance : date invalide (format attendu AAAA-MM-JJ).');
    expect(refusal(recordPersonInput, { ...person, email: 'jeanne@' }, { email: 'Courriel' }).message).toBe(
      'Courriel : adresse invalide.',
    );
    expect(refusal(recordPersonInput, { ...person, lastName: 'x'.repeat(101) }, { lastName: 'Nom' }).message).toBe(
      'Nom : 100 caractères au plus.',
    );
  });

  it('recordDiagnosis: at least one criterion, sorted without duplicates', () => {
    const diagnosis = { personId: ID, diagnosedOn: '2026-11-20', criteria: ['RSA', 'DELD', 'RSA'] };
    expect(parseInput(recordDiagnosisInput, diagnosis).criteria).toEqual(['DELD', 'RSA']);
    expect(
      refusal(recordDiagnosisInput, { ...diagnosis, criteria: [] }, { criteria: 'Critères' }).extensions,
    ).toMatchObject({
      reason: 'INVALID_INPUT',
      field: 'Critères',
    });
  });

  it('requestApproval: what each kind needs', () => {
    const initial = { kind: 'INITIAL', prescriptionId: ID, contractStartOn: '2026-12-01', contractEndOn: '2027-05-31' };
    expect(parseInput(requestApprovalInput, initial)).toMatchObject({ kind: 'INITIAL', contractStartOn: '2026-12-01' });
    const labels = {
      contractStartOn: 'Début du contrat',
      contractEndOn: 'Fin du contrat',
      approvalId: 'Agrément',
      surname: 'Premières lettres du nom',
    };
    expect(refusal(requestApprovalInput, { ...initial, contractStartOn: null }, labels).message).toBe(
      'Début du contrat : champ obligatoire.',
    );
    expect(refusal(requestApprovalInput, { ...initial, contractEndOn: '2026-02-30' }, labels).message).toBe(
      'Fin du contrat : date invalide (format attendu AAAA-MM-JJ).',
    );
    expect(
      refusal(
        requestApprovalInput,
        { kind: 'SUSPENSION', suspensionStartOn: '2026-12-01', suspensionEndOn: '2026-12-31' },
        labels,
      ).message,
    ).toBe('Agrément : champ obligatoire.');
    // An extension named by its factors needs all three (the look-up is throttled before this check).
    expect(
      refusal(
        requestApprovalInput,
        { kind: 'EXTENSION', approvalNumber: 'NV26ABCDEFGH', birthDate: '1990-04-12', contractStartOn: '2026-12-01' },
        labels,
      ).extensions,
    ).toMatchObject({
      reason: 'INVALID_INPUT',
      field: 'Premières lettres du nom',
    });
    expect(
      refusal(requestApprovalInput, {
        kind: 'PROLONGATION',
        approvalId: ID,
        prolongationReason: 'TRAINING',
        prolongationEndOn: '2029-01-31',
      }).extensions,
    ).toMatchObject({
      reason: 'INVALID_INPUT',
      field: 'trainingStartOn',
    });
  });

  it('decideApprovalRequest and refusePrescription: a refusal is motivated (annexe 4 §2.2.3, fiche 4)', () => {
    expect(
      refusal(
        decideApprovalRequestInput,
        { id: ID, decision: 'REFUSE', reason: 'NOPE', comment: 'x' },
        { reason: 'Motif' },
      ).message,
    ).toMatch(/^Motif : choisissez le motif du refus dans la liste partagée/);
    expect(
      refusal(
        decideApprovalRequestInput,
        { id: ID, decision: 'REFUSE', reason: 'NEW_INFORMATION', comment: '  ' },
        { comment: 'Commentaire' },
      ).extensions,
    ).toMatchObject({
      field: 'Commentaire',
    });
    expect(parseInput(decideApprovalRequestInput, { id: ID, decision: 'GRANT' })).toMatchObject({
      decision: 'GRANT',
      comment: null,
    });
    expect(
      refusal(answerPrescriptionInput, { id: ID, answer: 'REFUSE', reason: 'OTHER' }, { comment: 'Commentaire' })
        .message,
    ).toBe('Commentaire : précisez le motif « Autre » dans le commentaire.');
  });

  it('recordContract, recordExitInterview, planExitInterview, recordExit: the facts of a parcours (fiche 7, annexe 4 §2.2.8)', () => {
    const contract = { approvalId: ID, kind: 'CDDI', startOn: '2026-12-01', endOn: '' };
    expect(parseInput(recordContractInput, contract)).toMatchObject({
      kind: 'CDDI',
      startOn: '2026-12-01',
      endOn: null,
    });
    expect(
      refusal(recordContractInput, { ...contract, startOn: '2026-13-01' }, { startOn: 'Début du contrat' }).message,
    ).toBe('Début du contrat : date invalide (format attendu AAAA-MM-JJ).');
    expect(
      refusal(recordContractInput, { ...contract, kind: 'STAGE' }, { kind: 'Type de contrat' }).extensions,
    ).toMatchObject({
      reason: 'INVALID_INPUT',
      field: 'Type de contrat',
    });

    const interview = {
      approvalId: ID,
      heldOn: '2026-11-20',
      assessment: '  Bilan partagé. ',
      sendToReferent: true,
      sendToPrescriber: false,
    };
    expect(parseInput(recordExitInterviewInput, interview).assessment).toBe('Bilan partagé.');
    expect(refusal(recordExitInterviewInput, { ...interview, assessment: ' ' }, { assessment: 'Bilan' }).message).toBe(
      'Bilan : champ obligatoire.',
    );
    expect(
      refusal(planExitInterviewInput, { approvalId: ID, plannedOn: '' }, { plannedOn: 'Date prévue de l’entretien' })
        .message,
    ).toBe('Date prévue de l’entretien : champ obligatoire.');

    const exit = {
      approvalId: ID,
      exitOn: '2026-11-20',
      outcome: 'DURABLE_JOB',
      skills: [' Accueil ', '', 'Caisse'],
      comment: '',
    };
    expect(parseInput(recordExitInput, exit)).toMatchObject({ skills: ['Accueil', 'Caisse'], comment: null });
    expect(
      refusal(recordExitInput, { ...exit, outcome: 'VANISHED' }, { outcome: 'Issue de la sortie' }).extensions,
    ).toMatchObject({
      reason: 'INVALID_INPUT',
      field: 'Issue de la sortie',
    });
    const tooMany = refusal(
      recordExitInput,
      { ...exit, skills: Array.from({ length: 51 }, (_, i) => `Compétence ${i}`) },
      { skills: 'Compétences' },
    );
    expect(tooMany.message).toBe('Compétences : 50 lignes de 300 caractères au plus.');
    expect(
      refusal(recordExitInput, { ...exit, skills: ['x'.repeat(301)] }, { skills: 'Compétences' }).extensions,
    ).toEqual({
      code: 'BAD_USER_INPUT',
      reason: 'INVALID_INPUT',
      field: 'Compétences',
    });
  });
});
