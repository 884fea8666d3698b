import { describe, expect, it } from 'vitest';
import { auditCsv } from './audit-export.ts';
import {
  apiFilter,
  filterErrors,
  filtersFromSearchParams,
  parisMidnight,
  searchParamsFromFilters,
  unusualReadsPeriod,
} from './audit-filters.ts';

const ORG = '0d4e8b7a-1c2f-4a3b-9c8d-7e6f5a4b3c2d';

describe('audit console filters', () => {
  it('round-trip through the URL and become the API filter, the period in French days, the last one included', () => {
    const filters = filtersFromSearchParams(
      new URLSearchParams(`organisation=${ORG}&action=PERSON_READ&du=2026-01-15&au=2026-07-31`),
    );
    expect(searchParamsFromFilters(filters).toString()).toBe(
      `organisation=${ORG}&action=PERSON_READ&du=2026-01-15&au=2026-07-31`,
    );
    expect(apiFilter(filters)).toEqual({
      actorOrganisationId: ORG,
      action: 'PERSON_READ',
      from: '2026-01-14T23:00:00.000Z',
      to: '2026-07-31T22:00:00.000Z',
    });
    expect(parisMidnight('2026-03-29')).toBe('2026-03-28T23:00:00.000Z'); // the day summer time starts, at 2:00
  });

  it('refuses malformed ids and periods, in French', () => {
    const errors = filterErrors({
      person: '',
      organisation: 'abc',
      agent: '',
      action: '',
      from: '2026-02-01',
      to: '2026-01-01',
    });
    expect(errors).toEqual({
      organisation: 'Saisissez un identifiant Navette complet (36 caractères), ou laissez le champ vide.',
      to: 'La fin de la période doit suivre son début.',
    });
  });

  it('exports CSV with a header, one line per event, formulas neutralised', () => {
    const csv = auditCsv([
      {
        id: '7',
        occurredAt: '2026-12-15T09:00:00.000Z',
        actorKind: 'user',
        actorId: ORG,
        actorOrganisationId: ORG,
        client: '=cmd',
        action: 'PERSON_READ',
        subjectType: 'Person',
        subjectId: 'p',
        fieldsRead: ['Person.lastName', 'Prescription.message'],
        requestId: 'r',
      },
    ]);
    const lines = csv.replace('\uFEFF', '').trim().split('\r\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^Événement;Date et heure \(UTC\);/);
    expect(lines[1]).toBe(
      `7;2026-12-15T09:00:00.000Z;user;${ORG};${ORG};'=cmd;PERSON_READ;Person;p;Person.lastName Prescription.message;r`,
    );
  });
});

describe('the period of the unusual reads', () => {
  const none = { person: '', organisation: '', agent: '', action: '', from: '', to: '' };
  it('is the last 7 days in France, today included, without a period in the filters', () => {
    expect(unusualReadsPeriod(none, '2026-12-03')).toEqual({
      from: '2026-11-26T23:00:00.000Z',
      to: '2026-12-03T23:00:00.000Z',
    });
  });
  it('is the filters’ period, or 7 days from the one end given', () => {
    expect(unusualReadsPeriod({ ...none, from: '2026-07-01', to: '2026-07-31' }, '2026-12-03')).toEqual({
      from: '2026-06-30T22:00:00.000Z',
      to: '2026-07-31T22:00:00.000Z',
    });
    expect(unusualReadsPeriod({ ...none, from: '2026-07-01' }, '2026-12-03').to).toBe('2026-07-07T22:00:00.000Z');
    expect(unusualReadsPeriod({ ...none, to: '2026-07-31' }, '2026-12-03').from).toBe('2026-07-24T22:00:00.000Z');
  });
});
