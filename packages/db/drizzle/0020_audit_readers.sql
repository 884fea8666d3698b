-- Who may read the audit trail (issue 19, item 2), under row-level security: a platform administrator every event; a
-- service de l'État the events whose actor is an organisation of its département (a regional service, without
-- département, the whole region). Everyone else nothing. The application role still only INSERTs otherwise (0002, 0004).
CREATE OR REPLACE FUNCTION audit.reader_scope() RETURNS text
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog AS $$
  SELECT CASE m.role
           WHEN 'ADMIN' THEN '*'
           WHEN 'STATE' THEN coalesce((SELECT s.departement_code FROM structures.state_services s WHERE s.id = m.organisation_id), '*')
         END
    FROM identity.memberships m
   WHERE m.user_id = nullif(current_setting('navette.user_id', true), '')::uuid
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION audit.organisations_in(departement varchar) RETURNS SETOF uuid
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog AS $$
  SELECT id FROM structures.siaes WHERE departement_code = departement
  UNION ALL SELECT id FROM structures.agencies WHERE departement_code = departement
  UNION ALL SELECT id FROM structures.prescriber_organizations WHERE departement_code = departement
  UNION ALL SELECT id FROM structures.state_services WHERE departement_code = departement
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION audit.reader_scope() FROM PUBLIC;
--> statement-breakpoint
REVOKE ALL ON FUNCTION audit.organisations_in(varchar) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION audit.reader_scope(), audit.organisations_in(varchar) TO navette_app;
--> statement-breakpoint
ALTER TABLE audit.events ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY events_append ON audit.events FOR INSERT TO navette_app WITH CHECK (true);
--> statement-breakpoint
CREATE POLICY events_read ON audit.events FOR SELECT TO navette_app USING (
  (SELECT audit.reader_scope()) = '*'
  OR actor_organisation_id IN (SELECT audit.organisations_in((SELECT audit.reader_scope())))
);
--> statement-breakpoint
GRANT SELECT ON audit.events TO navette_app;
--> statement-breakpoint
-- The one deletion the append-only trail allows (issue 19): the retention purge, through audit.purge_expired only,
-- of rows past their period (docs/security.md, "Audit trail retention"). The trigger still refuses every other
-- UPDATE, DELETE and TRUNCATE, whoever asks.
CREATE OR REPLACE FUNCTION audit.refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' AND current_setting('navette.audit_purge', true) = 'on' THEN
    IF OLD.action <> 'AUDIT_PURGED' AND OLD.occurred_at < (CASE WHEN OLD.action = 'PERSON_READ'
        THEN current_setting('navette.audit_purge_reads_before')
        ELSE current_setting('navette.audit_purge_others_before') END)::timestamptz THEN
      RETURN OLD;
    END IF;
  END IF;
  RAISE EXCEPTION 'audit.events is append-only (% refused)', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION audit.purge_expired(at timestamptz, reads_months integer, others_months integer)
  RETURNS TABLE (reads bigint, others bigint) LANGUAGE plpgsql AS $$
DECLARE
  reads_before timestamptz := at - make_interval(months => reads_months);
  others_before timestamptz := at - make_interval(months => others_months);
  removed_reads bigint;
  removed_others bigint;
BEGIN
  PERFORM set_config('navette.audit_purge', 'on', true),
          set_config('navette.audit_purge_reads_before', reads_before::text, true),
          set_config('navette.audit_purge_others_before', others_before::text, true);
  DELETE FROM audit.events WHERE action = 'PERSON_READ' AND occurred_at < reads_before;
  GET DIAGNOSTICS removed_reads = ROW_COUNT;
  DELETE FROM audit.events WHERE action NOT IN ('PERSON_READ', 'AUDIT_PURGED') AND occurred_at < others_before;
  GET DIAGNOSTICS removed_others = ROW_COUNT;
  PERFORM set_config('navette.audit_purge', 'off', true);
  IF removed_reads + removed_others > 0 THEN
    INSERT INTO audit.events (actor_kind, action, subject_type, details)
    VALUES ('system', 'AUDIT_PURGED', 'AuditTrail', jsonb_build_object(
      'reads', removed_reads, 'others', removed_others, 'readsBefore', reads_before, 'othersBefore', others_before));
  END IF;
  RETURN QUERY SELECT removed_reads, removed_others;
END;
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION audit.purge_expired(timestamptz, integer, integer) FROM PUBLIC;
