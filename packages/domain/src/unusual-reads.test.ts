// Unusual reads in the audit trail (issue 19 §2): bursts (more than 300 reads within any 60 minutes) and people read
// outside the organisation's usual flow (no record of the person names it). Operational thresholds, to be confirmed
// with the DPO (docs/data-protection.md).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  isInUsualFlow,
  peakReadsWithin,
  PERSON_ORGANISATION_LINKS,
  UNUSUAL_READS_THRESHOLDS,
  unusualReadReasons,
  unusualReadsPeriod,
} from './unusual-reads.js';

const at = (minutes: number) => new Date(Date.UTC(2026, 11, 1, 8, 0) + minutes * 60_000);

describe('peakReadsWithin (the burst measure)', () => {
  it('counts the reads of any 60 minutes, both ends included, not of clock hours', () => {
    // 8:30 to 9:30 straddles two clock hours; the window holds all of them.
    const reads = [30, 45, 60, 75, 90].map(at);
    expect(peakReadsWithin(reads)).toEqual({ peak: 5, peakAt: at(90) });
    // One minute more and the first read leaves the window.
    expect(peakReadsWithin([30, 45, 60, 75, 91].map(at)).peak).toBe(4);
  });

  it('counts reads at the same instant together, and none for no read', () => {
    expect(peakReadsWithin([at(0), at(0), at(0)]).peak).toBe(3);
    expect(peakReadsWithin([])).toEqual({ peak: 0, peakAt: null });
  });

  it('is the brute-force count, whatever the order of the reads', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 600 }), { maxLength: 60 }), (minutes) => {
        const reads = minutes.map(at);
        const brute = Math.max(
          0,
          ...reads.map((end) => reads.filter((r) => r <= end && r.getTime() >= end.getTime() - 3_600_000).length),
        );
        expect(peakReadsWithin(reads).peak).toBe(brute);
      }),
    );
  });
});

describe('unusualReadReasons', () => {
  const { burstReads } = UNUSUAL_READS_THRESHOLDS;

  it('flags a burst above the threshold only, strictly', () => {
    expect(burstReads).toBe(300);
    expect(unusualReadReasons({ peakReadsInWindow: burstReads, peopleOutsideUsualFlow: 0 })).toEqual([]);
    expect(unusualReadReasons({ peakReadsInWindow: burstReads + 1, peopleOutsideUsualFlow: 0 })).toEqual(['BURST']);
  });

  it('flags one person read outside the usual flow, and both reasons together', () => {
    expect(unusualReadReasons({ peakReadsInWindow: 3, peopleOutsideUsualFlow: 1 })).toEqual(['OUTSIDE_USUAL_FLOW']);
    expect(unusualReadReasons({ peakReadsInWindow: 400, peopleOutsideUsualFlow: 2 })).toEqual([
      'BURST',
      'OUTSIDE_USUAL_FLOW',
    ]);
  });

  it('takes other thresholds (a DPO’s decision) without another rule', () => {
    const stricter = { ...UNUSUAL_READS_THRESHOLDS, burstReads: 50, outsideFlowPeople: 3 };
    expect(unusualReadReasons({ peakReadsInWindow: 51, peopleOutsideUsualFlow: 2 }, stricter)).toEqual(['BURST']);
  });
});

describe('isInUsualFlow (the links of a person to an organisation)', () => {
  const siae = 'siae-1';
  it('is in the flow when any record of the person names the organisation', () => {
    expect(
      isInUsualFlow(siae, [
        { record: 'people', organisations: ['prescripteur-1'] },
        { record: 'prescriptions', organisations: ['prescripteur-1', siae, 'agence-1'] },
      ]),
    ).toBe(true);
    expect(isInUsualFlow('agence-1', [{ record: 'contracts', organisations: [siae, 'agence-1'] }])).toBe(true);
  });

  it('is outside when no record names it, or for an actor without organisation', () => {
    expect(isInUsualFlow(siae, [{ record: 'people', organisations: ['prescripteur-1'] }])).toBe(false);
    expect(isInUsualFlow(siae, [])).toBe(false);
    expect(isInUsualFlow(null, [{ record: 'approvals', organisations: [null, siae] }])).toBe(false);
  });

  it('names every kind of link the issue lists: record, diagnosis, orientation, prescription, request, contract', () => {
    expect(PERSON_ORGANISATION_LINKS.map((l) => l.record)).toEqual([
      'people',
      'eligibility_diagnoses',
      'prescriptions',
      'orientations',
      'approval_requests',
      'approvals',
      'contracts',
    ]);
  });
});

describe('unusualReadsPeriod', () => {
  it('accepts a period up to 92 days, refuses a longer or reversed one in French', () => {
    expect(unusualReadsPeriod(at(0), at(92 * 24 * 60)).ok).toBe(true);
    const long = unusualReadsPeriod(at(0), at(92 * 24 * 60 + 1));
    expect(long).toMatchObject({ ok: false, code: 'UNUSUAL_READS_PERIOD_TOO_LONG' });
    expect(!long.ok && long.message).toContain('92 jours');
    expect(unusualReadsPeriod(at(10), at(10))).toMatchObject({ ok: false, code: 'UNUSUAL_READS_PERIOD_INVALID' });
    expect(unusualReadsPeriod(new Date('x'), at(10))).toMatchObject({
      ok: false,
      code: 'UNUSUAL_READS_PERIOD_INVALID',
    });
  });
});
