import { describe, expect, it } from 'vitest';
import { checkAppeal, checkDecision, emptyAppealDraft, emptyDecisionDraft } from './decision-drafts.ts';

describe('checkDecision', () => {
  it('asks for a decision first', () => {
    expect(checkDecision(emptyDecisionDraft)).toEqual({
      ok: false,
      errors: { decision: 'Indiquez si vous accordez ou refusez l’agrément.' },
    });
  });

  it('grants with an optional comment, without sending a reason chosen before switching to grant', () => {
    expect(checkDecision({ decision: 'GRANT', reason: 'OTHER', comment: '  ' })).toEqual({
      ok: true,
      variables: { decision: 'GRANT', reason: null, comment: null },
    });
    expect(checkDecision({ decision: 'GRANT', reason: '', comment: ' Dossier complet ' })).toMatchObject({
      variables: { comment: 'Dossier complet' },
    });
  });

  it('refuses only with a reason and an explanation', () => {
    const missing = checkDecision({ decision: 'REFUSE', reason: '', comment: ' ' });
    expect(missing.ok).toBe(false);
    expect(missing.ok ? [] : Object.keys(missing.errors)).toEqual(['reason', 'comment']);
    expect(checkDecision({ decision: 'REFUSE', reason: 'INCOMPLETE_REQUEST', comment: ' Contrat manquant ' })).toEqual({
      ok: true,
      variables: { decision: 'REFUSE', reason: 'INCOMPLETE_REQUEST', comment: 'Contrat manquant' },
    });
  });
});

describe('checkAppeal', () => {
  it('needs an answer, and an explanation to dismiss the appeal', () => {
    expect(checkAppeal(emptyAppealDraft).ok).toBe(false);
    expect(checkAppeal({ outcome: 'DISMISS', comment: '  ' })).toEqual({
      ok: false,
      errors: { comment: 'Expliquez le rejet du recours : ce commentaire est transmis à la SIAE.' },
    });
    expect(checkAppeal({ outcome: 'UPHOLD', comment: '' })).toEqual({
      ok: true,
      variables: { upheld: true, comment: null },
    });
    expect(checkAppeal({ outcome: 'DISMISS', comment: ' Motif maintenu ' })).toEqual({
      ok: true,
      variables: { upheld: false, comment: 'Motif maintenu' },
    });
  });
});
