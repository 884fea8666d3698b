-- Undoes migration 0010 (row_security_at_scale) on a benchmark database: back to the
-- policies, function and indexes of migration 0004, for before/after measurements of the same data set.
BEGIN;

DROP POLICY approvals_access ON parcours.approvals;
DROP POLICY people_read ON parcours.people;
DROP POLICY diagnoses_read ON parcours.eligibility_diagnoses;
DROP POLICY prescription_events_access ON parcours.prescription_events;
DROP POLICY approval_events_access ON parcours.approval_events;
DROP POLICY contracts_access ON parcours.contracts;
DROP POLICY exit_interviews_access ON parcours.exit_interviews;
DROP POLICY exits_access ON parcours.exits;
DROP FUNCTION parcours.approvals_extended_to(uuid);
DROP INDEX parcours.approval_events_extension_siae_idx;
DROP INDEX parcours.approval_events_extension_agency_idx;
DROP INDEX parcours.approval_requests_extension_siae_idx;
DROP INDEX parcours.approval_requests_extension_agency_idx;
DROP INDEX parcours.prescriptions_diagnosis_idx;
DROP INDEX parcours.approval_requests_refusals_idx;
DROP INDEX parcours.approval_requests_departement_kind_idx;
-- As migrated (0003_parcours.sql).
CREATE INDEX approval_requests_departement_kind_idx ON parcours.approval_requests USING btree (departement_code, siae_kind, received_on);

-- Verbatim from packages/db/drizzle/0004_parcours_row_security.sql.
CREATE FUNCTION parcours.approval_reaches_organisation(approval uuid, organisation uuid) RETURNS boolean
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, parcours AS $$
  SELECT organisation IS NOT NULL AND EXISTS (
    SELECT 1 FROM parcours.contracts c
     WHERE c.approval_id = approval AND (c.siae_id = organisation OR c.agency_id = organisation))
$$;
REVOKE ALL ON FUNCTION parcours.approval_reaches_organisation(uuid, uuid) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION parcours.approval_reaches_organisation(uuid, uuid) TO navette_app;

CREATE POLICY people_read ON parcours.people FOR SELECT TO navette_app USING (
  created_by_organisation_id = parcours.current_organisation()
  OR id IN (SELECT person_id FROM parcours.prescriptions)
  OR id IN (SELECT person_id FROM parcours.approvals)
);
CREATE POLICY diagnoses_read ON parcours.eligibility_diagnoses FOR SELECT TO navette_app USING (
  prescriber_organisation_id = parcours.current_organisation()
  OR id IN (SELECT diagnosis_id FROM parcours.prescriptions)
);
CREATE POLICY prescription_events_access ON parcours.prescription_events FOR ALL TO navette_app
  USING (prescription_id IN (SELECT id FROM parcours.prescriptions));
CREATE POLICY approvals_access ON parcours.approvals FOR ALL TO navette_app USING (
  siae_id = parcours.current_organisation()
  OR agency_id = parcours.current_organisation()
  OR prescriber_organisation_id = parcours.current_organisation()
  OR parcours.approval_reaches_organisation(id, parcours.current_organisation())
  OR id IN (SELECT approval_id FROM parcours.approval_requests)
) WITH CHECK (
  siae_id = parcours.current_organisation() OR agency_id = parcours.current_organisation()
);
CREATE POLICY approval_events_access ON parcours.approval_events FOR ALL TO navette_app
  USING (approval_id IN (SELECT id FROM parcours.approvals));
CREATE POLICY contracts_access ON parcours.contracts FOR ALL TO navette_app USING (
  siae_id = parcours.current_organisation()
  OR agency_id = parcours.current_organisation()
  OR approval_id IN (SELECT id FROM parcours.approvals)
) WITH CHECK (
  siae_id = parcours.current_organisation() OR agency_id = parcours.current_organisation()
);
CREATE POLICY exit_interviews_access ON parcours.exit_interviews FOR ALL TO navette_app USING (
  siae_id = parcours.current_organisation()
  OR agency_id = parcours.current_organisation()
  OR approval_id IN (SELECT id FROM parcours.approvals)
) WITH CHECK (
  siae_id = parcours.current_organisation() OR agency_id = parcours.current_organisation()
);
CREATE POLICY exits_access ON parcours.exits FOR ALL TO navette_app USING (
  siae_id = parcours.current_organisation()
  OR agency_id = parcours.current_organisation()
  OR approval_id IN (SELECT id FROM parcours.approvals)
) WITH CHECK (
  siae_id = parcours.current_organisation() OR agency_id = parcours.current_organisation()
);

COMMIT;
