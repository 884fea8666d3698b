// The person's record as a PDF (issue 19 §4): the identity, every section that holds rows, and the organisations that
// read the record, drawn from the one JSON the server produced.
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { drawnText } from '../../pdf/testing.ts';
import type { PersonRecordJson } from './person-record.ts';
import { personRecordPdfFileName, renderPersonRecordPdf } from './render-pdf.ts';

const record: PersonRecordJson = {
  exportedAt: '2026-12-15T09:00:00.000Z',
  personId: '00000000-0000-4000-8000-000000000001',
  sections: {
    person: [
      {
        first_name: 'Éloïse',
        last_name: 'Martin-Núñez',
        birth_date: '1985-03-14',
        phone: '03 81 00 00 01',
        rqth: true,
        created_by_organisation_id: 'pre-1',
      },
    ],
    diagnoses: [{ prescriber_organisation_id: 'pre-1', diagnosed_on: '2026-11-02', criteria: ['SOC_HOUSING'] }],
    prescriptions: [{ siae_id: 'siae-1', sent_at: '2026-12-01T10:00:00.000Z', message: 'Motivée, disponible' }],
    identityChanges: [{ field: 'phone', before_value: '0381000000', after_value: '03 81 00 00 01' }],
    contracts: [],
  },
  organisations: {
    'siae-1': { name: 'Les Jardins du Doubs', kind: 'SIAE' },
    'pre-1': { name: 'Mission locale de Besançon', kind: 'PRESCRIBER' },
  },
  readers: [
    {
      organisationId: 'siae-1',
      organisationName: 'Les Jardins du Doubs',
      reads: 3,
      firstReadAt: '2026-12-01T10:05:00.000Z',
      lastReadAt: '2026-12-10T08:00:00.000Z',
    },
    {
      organisationId: null,
      organisationName: null,
      reads: 1,
      firstReadAt: '2026-12-11T08:00:00.000Z',
      lastReadAt: '2026-12-11T08:00:00.000Z',
    },
  ],
};

describe('the person’s record as a PDF (issue 19 §4)', () => {
  it('is a PDF titled with the person, drawing the identity, the sections and the organisations that read it', async () => {
    const pdf = await renderPersonRecordPdf(record);
    expect(new TextDecoder('latin1').decode(pdf.subarray(0, 5))).toBe('%PDF-');
    const loaded = await PDFDocument.load(pdf);
    expect(loaded.getTitle()).toBe('Dossier de Éloïse Martin-Núñez');
    const text = await drawnText(pdf);
    for (const expected of [
      'Dossier de Éloïse Martin-Núñez',
      'Référence de la personne : 00000000-0000-4000-8000-000000000001',
      // Identity
      'Identité (1)',
      'Prénom : Éloïse',
      'Nom : Martin-Núñez',
      'Date de naissance : 14/03/1985',
      'RQTH : Oui',
      'Enregistrée par : Mission locale de Besançon',
      // The sections that hold rows, in the order of a parcours, organisations by name
      'Rectifications de l’identité (1)',
      'Avant : 0381000000',
      'Diagnostics d’éligibilité (1)',
      'Prescriptions (fiches navette) (1)',
      'SIAE : Les Jardins du Doubs',
      'Message : Motivée, disponible',
      // Who read the record
      'Organisations ayant consulté le dossier (12 derniers mois)',
      'Les Jardins du Doubs : 3 consultations',
      'Organisation inconnue : 1 consultation',
    ])
      expect(text).toContain(expected);
    // An empty section is left out, as on the screen.
    expect(text).not.toContain('Contrats');
  });

  it('goes on to new pages for a long record, and says when nobody read it', async () => {
    const many = Array.from({ length: 60 }, (_, i) => ({ siae_id: 'siae-1', message: `Prescription n° ${i + 1}` }));
    const pdf = await renderPersonRecordPdf({
      ...record,
      sections: { ...record.sections, prescriptions: many },
      readers: [],
    });
    expect((await PDFDocument.load(pdf)).getPageCount()).toBeGreaterThan(1);
    const text = await drawnText(pdf);
    expect(text).toContain('Message : Prescription n° 60');
    expect(text).toContain('Aucune consultation par une autre organisation.');
  });

  it('names the file by the person’s id and the day, never their name', () => {
    expect(personRecordPdfFileName(record)).toBe('dossier-navette-00000000-0000-4000-8000-000000000001-2026-12-15.pdf');
  });
});
