-- Proposal (issue 6, "Scale and speed"): row-level security of the parcours that PostgreSQL can answer with indexes.
-- Measured on the national data set (docs/benchmarks.md, "National-scale data set (issue 6)"). Not a migration: its
-- statements became packages/db/drizzle/0010_row_security_at_scale.sql; this file applies them by hand to a benchmark
-- database migrated up to 0009, and row-security-0004.sql (same folder) puts 0004's policies back, for before/after
-- measurements. Same rows visible as migration 0004, except the one case described at (1).
BEGIN;

-- (1) Agréments an organisation sees beyond those of its SIAE, agence or prescripteur, as one array computed once per
-- statement (an InitPlan), so that every arm of approvals_access is an index condition (a BitmapOr) instead of a per-row
-- filter. 0004 calls approval_reaches_organisation() (SECURITY DEFINER: never inlined) on every row a query reads and
-- ORs a hashed sub-select of all the caller's requests: one SIAE's current agréments took 4.2 s, its events 13 s.
-- What 0004's two arms add to the first three is the extensions (annexe 4 §2.2.5): the SIAE that hires the person under
-- another SIAE's agrément, and its agence, from the extension request on. Every other request is filed by the SIAE
-- holding the agrément (approvals.ts: "Seule la SIAE titulaire…"), and a contract with another SIAE needs its extension
-- first (employment.ts, approvalOfSiae), so the arms below give the same rows as 0004 for everything the product
-- writes, with one exception: when the directory moves a SIAE to another agence, rows written afterwards carry the new
-- agence (fill_siae_facts) while its older agréments keep the old one; under 0004 the new agence also saw those older
-- agréments through the new contracts and requests, here it does not. Reading 0004's arms exactly costs a probe of
-- approvals per contract or request of the caller (10 to 40 ms per statement for a large SIAE or agence).
CREATE INDEX approval_events_extension_siae_idx ON parcours.approval_events (siae_id, approval_id) WHERE kind = 'EXTENSION';
CREATE INDEX approval_events_extension_agency_idx ON parcours.approval_events (agency_id, approval_id) WHERE kind = 'EXTENSION';
CREATE INDEX approval_requests_extension_siae_idx ON parcours.approval_requests (siae_id, approval_id) WHERE kind = 'EXTENSION';
CREATE INDEX approval_requests_extension_agency_idx ON parcours.approval_requests (agency_id, approval_id) WHERE kind = 'EXTENSION';

-- SECURITY DEFINER: reads approval_events and approval_requests without their policies (approval_events' refers back
-- to approvals); returns agrément ids only, those of the organisation it is given (the policy gives the caller's).
CREATE FUNCTION parcours.approvals_extended_to(organisation uuid) RETURNS SETOF uuid
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, parcours AS $$
  SELECT e.approval_id FROM parcours.approval_events e WHERE e.kind = 'EXTENSION' AND e.siae_id = organisation
  UNION
  SELECT e.approval_id FROM parcours.approval_events e WHERE e.kind = 'EXTENSION' AND e.agency_id = organisation
  UNION
  SELECT r.approval_id FROM parcours.approval_requests r WHERE r.kind = 'EXTENSION' AND r.siae_id = organisation
  UNION
  SELECT r.approval_id FROM parcours.approval_requests r WHERE r.kind = 'EXTENSION' AND r.agency_id = organisation
$$;
REVOKE ALL ON FUNCTION parcours.approvals_extended_to(uuid) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION parcours.approvals_extended_to(uuid) TO navette_app;

DROP POLICY approvals_access ON parcours.approvals;
CREATE POLICY approvals_access ON parcours.approvals FOR ALL TO navette_app USING (
  siae_id = parcours.current_organisation()
  OR agency_id = parcours.current_organisation()
  OR prescriber_organisation_id = parcours.current_organisation()
  OR id = ANY (ARRAY(SELECT parcours.approvals_extended_to(parcours.current_organisation())))
) WITH CHECK (
  siae_id = parcours.current_organisation() OR agency_id = parcours.current_organisation()
);

-- (2) "x IN (SELECT … FROM visible_table)" becomes a correlated EXISTS: the planner can then probe the index of the
-- referenced key for the few rows a query returns (the 20 people of a page, the events of 20 agréments), where the IN
-- form builds the whole visible set first (every agrément and prescription the caller sees) or filters it row by row.
-- Same rows: the key columns are NOT NULL.
DROP POLICY people_read ON parcours.people;
CREATE POLICY people_read ON parcours.people FOR SELECT TO navette_app USING (
  created_by_organisation_id = parcours.current_organisation()
  OR EXISTS (SELECT 1 FROM parcours.prescriptions p WHERE p.person_id = people.id)
  OR EXISTS (SELECT 1 FROM parcours.approvals a WHERE a.person_id = people.id)
);

-- prescriptions.diagnosis_id had no index: needed by diagnoses_read (and by any diagnosis look-up from a prescription).
CREATE INDEX prescriptions_diagnosis_idx ON parcours.prescriptions (diagnosis_id);
DROP POLICY diagnoses_read ON parcours.eligibility_diagnoses;
CREATE POLICY diagnoses_read ON parcours.eligibility_diagnoses FOR SELECT TO navette_app USING (
  prescriber_organisation_id = parcours.current_organisation()
  OR EXISTS (SELECT 1 FROM parcours.prescriptions p WHERE p.diagnosis_id = eligibility_diagnoses.id)
);

DROP POLICY prescription_events_access ON parcours.prescription_events;
CREATE POLICY prescription_events_access ON parcours.prescription_events FOR ALL TO navette_app
  USING (EXISTS (SELECT 1 FROM parcours.prescriptions p WHERE p.id = prescription_events.prescription_id));

DROP POLICY approval_events_access ON parcours.approval_events;
CREATE POLICY approval_events_access ON parcours.approval_events FOR ALL TO navette_app
  USING (EXISTS (SELECT 1 FROM parcours.approvals a WHERE a.id = approval_events.approval_id));

DROP POLICY contracts_access ON parcours.contracts;
CREATE POLICY contracts_access ON parcours.contracts FOR ALL TO navette_app USING (
  siae_id = parcours.current_organisation()
  OR agency_id = parcours.current_organisation()
  OR EXISTS (SELECT 1 FROM parcours.approvals a WHERE a.id = contracts.approval_id)
) WITH CHECK (
  siae_id = parcours.current_organisation() OR agency_id = parcours.current_organisation()
);

DROP POLICY exit_interviews_access ON parcours.exit_interviews;
CREATE POLICY exit_interviews_access ON parcours.exit_interviews FOR ALL TO navette_app USING (
  siae_id = parcours.current_organisation()
  OR agency_id = parcours.current_organisation()
  OR EXISTS (SELECT 1 FROM parcours.approvals a WHERE a.id = exit_interviews.approval_id)
) WITH CHECK (
  siae_id = parcours.current_organisation() OR agency_id = parcours.current_organisation()
);

DROP POLICY exits_access ON parcours.exits;
CREATE POLICY exits_access ON parcours.exits FOR ALL TO navette_app USING (
  siae_id = parcours.current_organisation()
  OR agency_id = parcours.current_organisation()
  OR EXISTS (SELECT 1 FROM parcours.approvals a WHERE a.id = exits.approval_id)
) WITH CHECK (
  siae_id = parcours.current_organisation() OR agency_id = parcours.current_organisation()
);

-- (3) approvalStatistics (reporting views, no row-level security): read by index only. The département's requests were
-- read from the heap, one page per request (45,595 for the Bouches-du-Rhône, 300 ms), and the refusals through a
-- BitmapAnd of the département and of every refused request of the country (160 ms). The first index keeps the key of
-- approval_requests_departement_kind_idx (same order, same use) and carries the columns the counts read; the second
-- holds the refused requests only. Index-only scans rely on the visibility map that autovacuum keeps up to date.
DROP INDEX parcours.approval_requests_departement_kind_idx;
CREATE INDEX approval_requests_departement_kind_idx ON parcours.approval_requests (departement_code, siae_kind, received_on)
  INCLUDE (status, appeal_status, deadline);
CREATE INDEX approval_requests_refusals_idx ON parcours.approval_requests (departement_code, received_on)
  INCLUDE (refusal_reason) WHERE status = 'REFUSED';

-- approval_reaches_organisation() is no longer used by any policy (keep it only if something else calls it).
DROP FUNCTION parcours.approval_reaches_organisation(uuid, uuid);

COMMIT;
ANALYZE parcours.approval_events;
ANALYZE parcours.approval_requests;
ANALYZE parcours.prescriptions;
