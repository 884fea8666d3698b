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
