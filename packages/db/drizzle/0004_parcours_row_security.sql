-- Row-level security on the personal data of the parcours (issue 4; DESIGN §4 "who sees what").
-- Requests run as the role navette_app inside a transaction that carries the caller's organisation
-- (`set_config('navette.organisation_id', …, true)`, see withIdentity in @navette/db). A query without that identity
-- sees no row and can write none: a resolver that forgets a filter leaks nothing.

-- Roles are server-wide (several databases, and the test templates, share them): create once, grant once.
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'navette_app') THEN
    CREATE ROLE navette_app NOLOGIN;
  END IF;
  IF NOT pg_has_role(current_user, 'navette_app', 'MEMBER') THEN
    EXECUTE format('GRANT navette_app TO %I', current_user);
  END IF;
END
$$;
--> statement-breakpoint
GRANT USAGE ON SCHEMA parcours, structures, audit TO navette_app;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON ALL TABLES IN SCHEMA parcours TO navette_app;
--> statement-breakpoint
GRANT USAGE ON ALL SEQUENCES IN SCHEMA parcours TO navette_app;
--> statement-breakpoint
ALTER DEFAULT PRIVILEGES IN SCHEMA parcours GRANT SELECT, INSERT, UPDATE ON TABLES TO navette_app;
--> statement-breakpoint
ALTER DEFAULT PRIVILEGES IN SCHEMA parcours GRANT USAGE ON SEQUENCES TO navette_app;
--> statement-breakpoint
-- The directory is not personal data; the parcours reads it to copy a SIAE's agence, kind and département.
GRANT SELECT ON structures.siaes, structures.agencies, structures.prescriber_organizations, structures.departements TO navette_app;
--> statement-breakpoint
-- Reads of personal data are audited in the same transaction (DESIGN §4); the trail stays append-only (0002).
GRANT INSERT ON audit.events TO navette_app;
--> statement-breakpoint
GRANT USAGE ON ALL SEQUENCES IN SCHEMA audit TO navette_app;
--> statement-breakpoint
CREATE FUNCTION parcours.current_organisation() RETURNS uuid LANGUAGE sql STABLE AS $$
  SELECT nullif(current_setting('navette.organisation_id', true), '')::uuid
$$;
--> statement-breakpoint
-- Copies the SIAE's agence (its territory, DESIGN §4), kind and département onto each row that names a SIAE.
CREATE FUNCTION parcours.fill_siae_facts() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  SELECT s.agency_id, s.kind, s.departement_code
    INTO NEW.agency_id, NEW.siae_kind, NEW.departement_code
    FROM structures.siaes s WHERE s.id = NEW.siae_id;
  IF NOT FOUND THEN
    RAISE EXCEPTION 'unknown SIAE %', NEW.siae_id USING ERRCODE = 'foreign_key_violation';
  END IF;
  RETURN NEW;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER prescriptions_siae_facts BEFORE INSERT OR UPDATE OF siae_id ON parcours.prescriptions FOR EACH ROW EXECUTE FUNCTION parcours.fill_siae_facts();
--> statement-breakpoint
CREATE TRIGGER approvals_siae_facts BEFORE INSERT OR UPDATE OF siae_id ON parcours.approvals FOR EACH ROW EXECUTE FUNCTION parcours.fill_siae_facts();
--> statement-breakpoint
CREATE TRIGGER approval_events_siae_facts BEFORE INSERT OR UPDATE OF siae_id ON parcours.approval_events FOR EACH ROW EXECUTE FUNCTION parcours.fill_siae_facts();
--> statement-breakpoint
CREATE TRIGGER approval_requests_siae_facts BEFORE INSERT OR UPDATE OF siae_id ON parcours.approval_requests FOR EACH ROW EXECUTE FUNCTION parcours.fill_siae_facts();
--> statement-breakpoint
CREATE TRIGGER contracts_siae_facts BEFORE INSERT OR UPDATE OF siae_id ON parcours.contracts FOR EACH ROW EXECUTE FUNCTION parcours.fill_siae_facts();
--> statement-breakpoint
CREATE TRIGGER exit_interviews_siae_facts BEFORE INSERT OR UPDATE OF siae_id ON parcours.exit_interviews FOR EACH ROW EXECUTE FUNCTION parcours.fill_siae_facts();
--> statement-breakpoint
CREATE TRIGGER exits_siae_facts BEFORE INSERT OR UPDATE OF siae_id ON parcours.exits FOR EACH ROW EXECUTE FUNCTION parcours.fill_siae_facts();
--> statement-breakpoint
-- An agrément extended to another SIAE (annexe 4 §2.2.5) is seen by that SIAE and its agence. SECURITY DEFINER: reads
-- contracts without their own policy, which refers back to approvals (no policy recursion).
CREATE FUNCTION parcours.approval_reaches_organisation(approval uuid, organisation uuid) RETURNS boolean
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, parcours AS $$
  SELECT organisation IS NOT NULL AND EXISTS (
    SELECT 1 FROM parcours.contracts c
     WHERE c.approval_id = approval AND (c.siae_id = organisation OR c.agency_id = organisation))
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION parcours.approval_reaches_organisation(uuid, uuid) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION parcours.approval_reaches_organisation(uuid, uuid) TO navette_app;
--> statement-breakpoint
ALTER TABLE parcours.people ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE parcours.eligibility_diagnoses ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE parcours.prescriptions ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE parcours.prescription_events ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE parcours.approvals ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE parcours.approval_events ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE parcours.approval_requests ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE parcours.contracts ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE parcours.exit_interviews ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE parcours.exits ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
-- Prescripteur: the people its organisation recorded; SIAE and agence: those of a prescription or agrément they see.
CREATE POLICY people_read ON parcours.people FOR SELECT TO navette_app USING (
  created_by_organisation_id = parcours.current_organisation()
  OR id IN (SELECT person_id FROM parcours.prescriptions)
  OR id IN (SELECT person_id FROM parcours.approvals)
);
--> statement-breakpoint
CREATE POLICY people_write ON parcours.people FOR INSERT TO navette_app
  WITH CHECK (created_by_organisation_id = parcours.current_organisation());
--> statement-breakpoint
CREATE POLICY people_update ON parcours.people FOR UPDATE TO navette_app
  USING (created_by_organisation_id = parcours.current_organisation())
  WITH CHECK (created_by_organisation_id = parcours.current_organisation());
--> statement-breakpoint
CREATE POLICY diagnoses_read ON parcours.eligibility_diagnoses FOR SELECT TO navette_app USING (
  prescriber_organisation_id = parcours.current_organisation()
  OR id IN (SELECT diagnosis_id FROM parcours.prescriptions)
);
--> statement-breakpoint
CREATE POLICY diagnoses_write ON parcours.eligibility_diagnoses FOR INSERT TO navette_app
  WITH CHECK (prescriber_organisation_id = parcours.current_organisation());
--> statement-breakpoint
-- A prescription: its prescripteur, the SIAE it is addressed to, and that SIAE's agence.
CREATE POLICY prescriptions_access ON parcours.prescriptions FOR ALL TO navette_app USING (
  prescriber_organisation_id = parcours.current_organisation()
  OR siae_id = parcours.current_organisation()
  OR agency_id = parcours.current_organisation()
) WITH CHECK (
  prescriber_organisation_id = parcours.current_organisation()
  OR siae_id = parcours.current_organisation()
);
--> statement-breakpoint
CREATE POLICY prescription_events_access ON parcours.prescription_events FOR ALL TO navette_app
  USING (prescription_id IN (SELECT id FROM parcours.prescriptions));
--> statement-breakpoint
-- An agrément: its SIAE, that SIAE's agence, the prescripteur of the parcours, the SIAE (and agence) it was extended
-- to, and those who filed (or must decide) a request about it.
CREATE POLICY approvals_access ON parcours.approvals FOR ALL TO navette_app USING (
  siae_id = parcours.current_organisation()
  OR agency_id = parcours.current_organisation()
  OR prescriber_organisation_id = parcours.current_organisation()
  OR parcours.approval_reaches_organisation(id, parcours.current_organisation())
  OR id IN (SELECT approval_id FROM parcours.approval_requests)
) WITH CHECK (
  siae_id = parcours.current_organisation() OR agency_id = parcours.current_organisation()
);
--> statement-breakpoint
CREATE POLICY approval_events_access ON parcours.approval_events FOR ALL TO navette_app
  USING (approval_id IN (SELECT id FROM parcours.approvals));
--> statement-breakpoint
CREATE POLICY approval_requests_access ON parcours.approval_requests FOR ALL TO navette_app USING (
  siae_id = parcours.current_organisation()
  OR agency_id = parcours.current_organisation()
  OR prescriber_organisation_id = parcours.current_organisation()
);
--> statement-breakpoint
CREATE POLICY contracts_access ON parcours.contracts FOR ALL TO navette_app USING (
  siae_id = parcours.current_organisation()
  OR agency_id = parcours.current_organisation()
  OR approval_id IN (SELECT id FROM parcours.approvals)
) WITH CHECK (
  siae_id = parcours.current_organisation() OR agency_id = parcours.current_organisation()
);
--> statement-breakpoint
CREATE POLICY exit_interviews_access ON parcours.exit_interviews FOR ALL TO navette_app USING (
  siae_id = parcours.current_organisation()
  OR agency_id = parcours.current_organisation()
  OR approval_id IN (SELECT id FROM parcours.approvals)
) WITH CHECK (
  siae_id = parcours.current_organisation() OR agency_id = parcours.current_organisation()
);
--> statement-breakpoint
CREATE POLICY exits_access ON parcours.exits FOR ALL TO navette_app USING (
  siae_id = parcours.current_organisation()
  OR agency_id = parcours.current_organisation()
  OR approval_id IN (SELECT id FROM parcours.approvals)
) WITH CHECK (
  siae_id = parcours.current_organisation() OR agency_id = parcours.current_organisation()
);
--> statement-breakpoint
-- A SIAE asking for an extension (annexe 4 §2.2.5) names the agrément by its number and the person's birth date, as
-- on the paper the person hands over; it learns only the agrément's id, and sees it once its request is filed.
CREATE FUNCTION parcours.approval_for_extension(approval_number text, person_birth_date date)
  RETURNS TABLE (approval_id uuid, person_id uuid)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, parcours AS $$
  SELECT a.id, a.person_id FROM parcours.approvals a JOIN parcours.people p ON p.id = a.person_id
   WHERE a.number = approval_number AND p.birth_date = person_birth_date
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION parcours.approval_for_extension(text, date) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION parcours.approval_for_extension(text, date) TO navette_app;
