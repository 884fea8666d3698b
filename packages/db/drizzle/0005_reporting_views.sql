CREATE SCHEMA "reporting";
--> statement-breakpoint
-- Numbers of agréments: "NV" + two-digit year + 8 digits from this sequence (unique, never reused).
CREATE SEQUENCE parcours.approval_number_seq;
--> statement-breakpoint
GRANT USAGE ON SEQUENCE parcours.approval_number_seq TO navette_app;
--> statement-breakpoint
-- Reporting views (DESIGN §1: pilotage computes indicators from read-only views the owning context publishes).
-- They expose no person: organisation ids, SIAE kind, département, dates and statuses only. They run with the
-- privileges of their owner, so aggregates count every row while navette_app still cannot read a person.
GRANT USAGE ON SCHEMA reporting TO navette_app;
--> statement-breakpoint
CREATE VIEW reporting.approval_request_facts AS
  SELECT id, kind, siae_id, agency_id, siae_kind, departement_code, received_on, deadline, status, decided_on,
         refusal_reason, appeal_status
    FROM parcours.approval_requests;
--> statement-breakpoint
CREATE VIEW reporting.approval_event_facts AS
  SELECT id, approval_id, kind, siae_id, agency_id, siae_kind, departement_code, start_on, end_on
    FROM parcours.approval_events;
--> statement-breakpoint
GRANT SELECT ON ALL TABLES IN SCHEMA reporting TO navette_app;
