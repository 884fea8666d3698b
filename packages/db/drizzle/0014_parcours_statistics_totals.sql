-- The parcours statistics of the region (`approvalStatistics` for the comité, the État and API clients; issue 5 §5)
-- from the live totals of 0012-0013, as the indicators already are: a GROUP BY of the country's 1.5 million requests
-- took 0.4-0.5 s (docs/benchmarks.md). Each request counts, on the day it was received (the period filter of the
-- statistics), for its current status: received, granted (or upheld on appeal), refused (and not upheld), tacitly
-- granted, pending; and a refusal for its reason. The trigger of 0013 moves a request between them when its status
-- changes. A pending request past its deadline is already acquired (annexe 4 §2.2.2) before the job records it: the
-- parcours subgraph reads those few live (partial index approval_requests_pending_deadline_idx). The conditions are
-- those of apps/subgraph-parcours/src/services/statistics.ts, whose tests compare both ways of counting.
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
    ('requestsRefusedFor:' || coalesce(r.refusal_reason, ''), CASE WHEN r.status = 'REFUSED' AND r.refusal_reason IS NOT NULL THEN r.received_on END, 1::bigint)
  ) AS v(measure, day, value) WHERE v.day IS NOT NULL
$$;
--> statement-breakpoint
-- The requests already there (on a national data set, about 90 s: every total is recomputed).
SELECT reporting.rebuild_measures();
