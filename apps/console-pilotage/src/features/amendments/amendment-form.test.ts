import { describe, expect, it } from 'vitest';
import { amendmentInput, draftFromAmendment, emptyAmendment, validateAmendment } from './amendment-form.ts';

describe('validateAmendment', () => {
  it('asks for every field', () => {
    expect(validateAmendment(emptyAmendment)).toEqual({
      signedOn: 'Saisissez la date de signature.',
      title: 'Saisissez l’intitulé de l’avenant.',
      summary: 'Saisissez l’objet de l’avenant.',
    });
  });

  it('refuses an unreadable date, and leaves the accord’s dates to the API', () => {
    const draft = { signedOn: '2026-02-30', title: 'Avenant n° 1', summary: 'Prolongation' };
    expect(validateAmendment(draft)).toEqual({
      signedOn: 'La date de signature n’est pas une date valide : saisissez-la au format JJ/MM/AAAA.',
    });
    expect(validateAmendment({ ...draft, signedOn: '2010-01-01' })).toEqual({});
    expect(validateAmendment({ ...draft, signedOn: '' }, true).signedOn).toMatch(/pas une date valide/);
  });
});

describe('amendmentInput', () => {
  it('trims what is sent', () => {
    expect(amendmentInput({ signedOn: '2018-12-20', title: ' Avenant n° 1 ', summary: '\nProlongation\n' })).toEqual({
      signedOn: '2018-12-20',
      title: 'Avenant n° 1',
      summary: 'Prolongation',
    });
  });
});

describe('correcting a recorded avenant', () => {
  it('starts from the avenant as recorded and sends its id with the correction', () => {
    const draft = draftFromAmendment({ signedOn: '2026-10-02', title: 'Avenant n° 2 (coquille)', summary: 'Fiche 6.' });
    expect(amendmentInput({ ...draft, title: ' Avenant n° 2 ' }, 'c0ffee00-0000-4000-8000-000000000002')).toEqual({
      id: 'c0ffee00-0000-4000-8000-000000000002',
      signedOn: '2026-10-02',
      title: 'Avenant n° 2',
      summary: 'Fiche 6.',
    });
    expect(amendmentInput(draft)).not.toHaveProperty('id');
  });
});

describe('an avenant of prorogation (articles 4 and 5)', () => {
  it('sends the accord’s new last day when one is given, checked as a date', () => {
    const draft = { signedOn: '2018-12-14', title: 'Prorogation', summary: 'Proroge.', extendsTermTo: '2027-12-31' };
    expect(amendmentInput(draft)).toMatchObject({ extendsTermTo: '2027-12-31' });
    expect(validateAmendment({ ...draft, extendsTermTo: '2027-02-30' })).toHaveProperty('extendsTermTo');
    expect(draftFromAmendment({ ...draft, extendsTermTo: null })).not.toHaveProperty('extendsTermTo');
  });
});
