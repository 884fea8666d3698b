-- Formation records are personal data of a parcours (issue 6; DESIGN §4 "contracts, training, immersions, exits"):
-- the same row-level security as the parcours (0004): the SIAE that entered them, its agence, the prescripteur of the
-- parcours (status), nobody else; the comité and the État see counts through the reporting views only.
GRANT USAGE ON SCHEMA formation TO navette_app;
--> statement-breakpoint
GRANT SELECT ON formation.employment_services TO navette_app;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON formation.training_records, formation.immersions, formation.service_uses, formation.poes TO navette_app;
--> statement-breakpoint
CREATE TRIGGER training_records_siae_facts BEFORE INSERT OR UPDATE OF siae_id ON formation.training_records FOR EACH ROW EXECUTE FUNCTION parcours.fill_siae_facts();
--> statement-breakpoint
CREATE TRIGGER immersions_siae_facts BEFORE INSERT OR UPDATE OF siae_id ON formation.immersions FOR EACH ROW EXECUTE FUNCTION parcours.fill_siae_facts();
--> statement-breakpoint
CREATE TRIGGER service_uses_siae_facts BEFORE INSERT OR UPDATE OF siae_id ON formation.service_uses FOR EACH ROW EXECUTE FUNCTION parcours.fill_siae_facts();
--> statement-breakpoint
CREATE TRIGGER poes_siae_facts BEFORE INSERT OR UPDATE OF siae_id ON formation.poes FOR EACH ROW EXECUTE FUNCTION parcours.fill_siae_facts();
--> statement-breakpoint
ALTER TABLE formation.training_records ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE formation.immersions ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE formation.service_uses ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE formation.poes ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY training_records_access ON formation.training_records FOR ALL TO navette_app
  USING (siae_id = parcours.current_organisation() OR agency_id = parcours.current_organisation() OR prescriber_organisation_id = parcours.current_organisation())
  WITH CHECK (siae_id = parcours.current_organisation());
--> statement-breakpoint
CREATE POLICY immersions_access ON formation.immersions FOR ALL TO navette_app
  USING (siae_id = parcours.current_organisation() OR agency_id = parcours.current_organisation() OR prescriber_organisation_id = parcours.current_organisation())
  WITH CHECK (siae_id = parcours.current_organisation());
--> statement-breakpoint
CREATE POLICY service_uses_access ON formation.service_uses FOR ALL TO navette_app
  USING (siae_id = parcours.current_organisation() OR agency_id = parcours.current_organisation() OR prescriber_organisation_id = parcours.current_organisation())
  WITH CHECK (siae_id = parcours.current_organisation() OR agency_id = parcours.current_organisation());
--> statement-breakpoint
CREATE POLICY poes_access ON formation.poes FOR ALL TO navette_app
  USING (siae_id = parcours.current_organisation() OR agency_id = parcours.current_organisation() OR prescriber_organisation_id = parcours.current_organisation())
  WITH CHECK (siae_id = parcours.current_organisation() OR agency_id = parcours.current_organisation());
--> statement-breakpoint
-- Reporting views for the indicators of annexe 1 (DESIGN §1: pilotage computes from views the owning contexts publish).
-- No name, no free text: organisation ids, SIAE kind, département, dates, statuses, hours; person ids only where an
-- indicator counts distinct people, and never returned by the API.
CREATE VIEW reporting.prescription_facts AS
  SELECT p.id, p.status, p.siae_id, p.agency_id, p.siae_kind, p.departement_code, o.kind AS prescriber_kind,
         (p.sent_at AT TIME ZONE 'Europe/Paris')::date AS sent_on, (p.updated_at AT TIME ZONE 'Europe/Paris')::date AS updated_on
    FROM parcours.prescriptions p JOIN structures.prescriber_organizations o ON o.id = p.prescriber_organisation_id;
--> statement-breakpoint
CREATE VIEW reporting.training_facts AS
  SELECT id, person_id, siae_id, agency_id, siae_kind, departement_code, kind, hours, start_on, end_on FROM formation.training_records;
--> statement-breakpoint
CREATE VIEW reporting.immersion_facts AS
  SELECT id, person_id, siae_id, agency_id, siae_kind, departement_code, start_on, end_on FROM formation.immersions;
--> statement-breakpoint
CREATE VIEW reporting.service_use_facts AS
  SELECT id, person_id, siae_id, agency_id, siae_kind, departement_code, used_on, in_work_follow_up FROM formation.service_uses;
--> statement-breakpoint
CREATE VIEW reporting.poe_facts AS
  SELECT id, person_id, siae_id, agency_id, siae_kind, departement_code, hours, start_on, end_on FROM formation.poes;
--> statement-breakpoint
CREATE VIEW reporting.siae_facts AS
  SELECT s.id, s.kind AS siae_kind, s.departement_code, s.agency_id,
         (r.referent_name IS NOT NULL OR r.referent_email IS NOT NULL) AS has_referent
    FROM structures.siaes s LEFT JOIN structures.siae_referents r ON r.siae_id = s.id;
--> statement-breakpoint
CREATE VIEW reporting.cooperation_agreement_facts AS
  SELECT a.id, a.siae_id, a.agency_id, s.kind AS siae_kind, s.departement_code, a.status, a.start_on, a.end_on, a.signed_on, a.terminated_on
    FROM structures.cooperation_agreements a JOIN structures.siaes s ON s.id = a.siae_id;
--> statement-breakpoint
CREATE VIEW reporting.job_offer_facts AS
  SELECT o.id, o.siae_id, s.agency_id, s.kind AS siae_kind, s.departement_code, o.published_on, o.deposited_at_pole_emploi_on
    FROM structures.job_offers o JOIN structures.siaes s ON s.id = o.siae_id;
--> statement-breakpoint
CREATE VIEW reporting.cta_meeting_facts AS
  SELECT m.id, m.cta_id, c.departement_code, c.led_by_agency_id AS agency_id, m.held_on, m.siae_heads_invited, m.minutes_sent_to_cdiae_on
    FROM pilotage.cta_meetings m JOIN pilotage.ctas c ON c.id = m.cta_id;
--> statement-breakpoint
GRANT SELECT ON ALL TABLES IN SCHEMA reporting TO navette_app;
