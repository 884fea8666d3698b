-- Refusals by reason count as refusals do (issue 13 §6, domain refusedForSpec): a refusal upheld on appeal is no longer
-- a refusal, so it leaves its reason too and the reasons add up to `requestsRefused` — the equation the statistical
-- secrecy protects the parcours statistics with. Same function as 0014 but for the last line.
CREATE OR REPLACE FUNCTION reporting.approval_requests_measures(r parcours.approval_requests)
RETURNS TABLE (measure text, day date, value bigint) LANGUAGE sql STABLE AS $$
  -- approvalRefusals: on the decision day, unless an appeal reversed it.
  SELECT v.measure, v.day, v.value FROM (VALUES
    ('approvalRefusals', CASE WHEN r.status = 'REFUSED' AND r.appeal_status IS DISTINCT FROM 'UPHELD' THEN r.decided_on END, 1::bigint),
    ('requestsReceived', r.received_on, 1::bigint),
    ('requestsGranted', CASE WHEN r.status = 'GRANTED' OR r.appeal_status = 'UPHELD' THEN r.received_on END, 1::bigint),
    ('requestsRefused', CASE WHEN r.status = 'REFUSED' AND r.appeal_status IS DISTINCT FROM 'UPHELD' THEN r.received_on END, 1::bigint),
    ('requestsTacitlyGranted', CASE WHEN r.status = 'TACITLY_GRANTED' THEN r.received_on END, 1::bigint),
    ('requestsPending', CASE WHEN r.status = 'PENDING' THEN r.received_on END, 1::bigint),
    ('requestsRefusedFor:' || coalesce(r.refusal_reason, ''), CASE WHEN r.status = 'REFUSED' AND r.appeal_status IS DISTINCT FROM 'UPHELD' AND r.refusal_reason IS NOT NULL THEN r.received_on END, 1::bigint)
  ) AS v(measure, day, value) WHERE v.day IS NOT NULL
$$;
--> statement-breakpoint
-- The totals already there, recomputed with the new definition.
SELECT reporting.rebuild_measures();
