import { describe, expect, it } from 'vitest';
import {
  personRecordFileName,
  personRecordName,
  personRecordSections,
  type PersonRecordJson,
} from './person-record.ts';

const record: PersonRecordJson = {
  exportedAt: '2026-12-15T09:00:00.000Z',
  personId: '00000000-0000-4000-8000-000000000001',
  sections: {
    person: [{ first_name: 'Alex', last_name: 'Martin', birth_date: '1985-03-14', rqth: false, email: null }],
    prescriptions: [{ siae_id: 'siae-1', sent_at: '2026-12-01T10:00:00.000Z', message: 'Motivé' }],
    identityChanges: [
      { field: 'last_name', before_value: 'Martn', after_value: 'Martin', changed_by_organisation_id: 'pre-1' },
      { field: 'rqth', before_value: 'false', after_value: 'true', changed_at: '2026-12-02T10:00:00.000Z' },
      { field: 'birth_date', before_value: '1985-04-13', after_value: '1985-03-14' },
    ],
    contracts: [],
    laterSection: [{ x: 1 }],
  },
  organisations: {
    'siae-1': { name: 'ACI du Doubs', kind: 'SIAE' },
    'pre-1': { name: 'Mission locale de Dijon', kind: 'PRESCRIBER' },
  },
  readers: [],
};

describe('the person’s record as a document (issue 19 §4)', () => {
  it('lists the sections that hold rows, in the order of a parcours, with French labels and organisations by name', () => {
    const sections = personRecordSections(record);
    expect(sections.map((s) => s.title)).toEqual([
      'Identité',
      'Rectifications de l’identité',
      'Prescriptions (fiches navette)',
      'laterSection',
    ]);
    expect(sections[0]!.rows[0]).toEqual([
      { label: 'Prénom', value: 'Alex' },
      { label: 'Nom', value: 'Martin' },
      { label: 'Date de naissance', value: '14/03/1985' },
      { label: 'RQTH', value: 'Non' },
      { label: 'Courriel', value: '—' },
    ]);
    expect(sections[2]!.rows[0]![0]).toEqual({ label: 'SIAE', value: 'ACI du Doubs' });
  });

  it('shows each rectification of the identity by the field’s French name, before and after, by whom', () => {
    const changes = personRecordSections(record)[1]!.rows;
    expect(changes[0]).toEqual([
      { label: 'Champ', value: 'Nom' },
      { label: 'Avant', value: 'Martn' },
      { label: 'Après', value: 'Martin' },
      { label: 'Par', value: 'Mission locale de Dijon' },
    ]);
    expect(changes[1]!.slice(0, 3)).toEqual([
      { label: 'Champ', value: 'RQTH' },
      { label: 'Avant', value: 'Non' },
      { label: 'Après', value: 'Oui' },
    ]);
    expect(changes[2]).toEqual([
      { label: 'Champ', value: 'Date de naissance' },
      { label: 'Avant', value: '13/04/1985' },
      { label: 'Après', value: '14/03/1985' },
    ]);
  });

  it('names the person, or « Personne anonymisée », and files the JSON under the id, never the name', () => {
    expect(personRecordName(record)).toBe('Alex Martin');
    const anonymised = { ...record, sections: { person: [{ first_name: 'Personne', anonymised_at: '2026-01-01' }] } };
    expect(personRecordName(anonymised)).toBe('Personne anonymisée');
    expect(personRecordFileName(record)).toBe('dossier-navette-00000000-0000-4000-8000-000000000001-2026-12-15.json');
  });
});
