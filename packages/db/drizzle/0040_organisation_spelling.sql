-- One spelling, "organisation" (issue 17 §2): the prescriber organisations' table, its column in the register of
-- habilitation decisions, their indexes and constraints, and the organisation kind's value are renamed; the rows stay
-- (RENAME keeps the data, the grants, the row-level security policies and the triggers, which follow the table by oid;
-- an enum label renamed renames it in every stored row). The functions whose bodies are text and name the old table
-- or value are recreated with the new names (CREATE OR REPLACE keeps their owner and grants).
ALTER TABLE "structures"."prescriber_organizations" RENAME TO "prescriber_organisations";--> statement-breakpoint
ALTER TABLE "structures"."prescriber_organisations" RENAME CONSTRAINT "prescriber_organizations_pkey" TO "prescriber_organisations_pkey";--> statement-breakpoint
ALTER TABLE "structures"."prescriber_organisations" RENAME CONSTRAINT "prescriber_organizations_departement_code_departements_code_fk" TO "prescriber_organisations_departement_code_departements_code_fk";--> statement-breakpoint
ALTER INDEX "structures"."prescriber_organizations_departement_name_idx" RENAME TO "prescriber_organisations_departement_name_idx";--> statement-breakpoint
ALTER INDEX "structures"."prescriber_organizations_name_idx" RENAME TO "prescriber_organisations_name_idx";--> statement-breakpoint
ALTER TABLE "structures"."habilitation_decisions" RENAME COLUMN "prescriber_organization_id" TO "prescriber_organisation_id";--> statement-breakpoint
ALTER TABLE "structures"."habilitation_decisions" RENAME CONSTRAINT "habilitation_decisions_prescriber_organization_id_prescriber_or" TO "habilitation_decisions_prescriber_organisation_id_prescriber_organisations_id_fk";--> statement-breakpoint
ALTER TYPE "identity"."organisation_kind" RENAME VALUE 'PRESCRIBER_ORGANIZATION' TO 'PRESCRIBER_ORGANISATION';--> statement-breakpoint
CREATE OR REPLACE FUNCTION reporting.prescriptions_measures(p parcours.prescriptions)
 RETURNS TABLE(measure text, day date, value bigint)
 LANGUAGE sql
 STABLE
AS $function$
  -- hiringRefusals: on the day of the refusal (the row's last update); orientedByPoleEmploi: on the day it was sent.
  SELECT v.measure, v.day, v.value FROM (VALUES
    ('hiringRefusals', CASE WHEN p.status = 'REFUSED' THEN (p.updated_at AT TIME ZONE 'Europe/Paris')::date END, 1::bigint),
    ('orientedByPoleEmploi',
     CASE WHEN EXISTS (SELECT 1 FROM structures.prescriber_organisations o WHERE o.id = p.prescriber_organisation_id AND o.kind = 'POLE_EMPLOI')
          THEN (p.sent_at AT TIME ZONE 'Europe/Paris')::date END, 1::bigint)
  ) AS v(measure, day, value) WHERE v.day IS NOT NULL$function$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION audit.organisations_in(departement character varying)
 RETURNS SETOF uuid
 LANGUAGE sql
 STABLE SECURITY DEFINER
 SET search_path TO 'pg_catalog'
AS $function$
  SELECT id FROM structures.siaes WHERE departement_code = departement
  UNION ALL SELECT id FROM structures.agencies WHERE departement_code = departement
  UNION ALL SELECT id FROM structures.prescriber_organisations WHERE departement_code = departement
  UNION ALL SELECT id FROM structures.state_services WHERE departement_code = departement$function$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION structures.agency_as_prescriber()
 RETURNS trigger
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'structures'
AS $function$
BEGIN
  -- Update-or-insert without ON CONFLICT: it holds while a bulk load has set the primary keys aside (@navette/datagen).
  UPDATE structures.prescriber_organisations
     SET name = NEW.name, departement_code = NEW.departement_code, city = NEW.city
   WHERE id = NEW.id AND kind = 'POLE_EMPLOI';
  IF NOT FOUND THEN
    -- The id of another kind of prescripteur: the agence would act as it (its people, diagnoses, prescriptions).
    IF EXISTS (SELECT 1 FROM structures.prescriber_organisations WHERE id = NEW.id) THEN
      RAISE EXCEPTION 'agence % carries the id of a prescripteur of another kind', NEW.id;
    END IF;
    INSERT INTO structures.prescriber_organisations (id, name, kind, departement_code, city)
      VALUES (NEW.id, NEW.name, 'POLE_EMPLOI', NEW.departement_code, NEW.city);
  END IF;
  RETURN NEW;
END$function$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION identity.check_membership_organisation()
 RETURNS trigger
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'structures'
AS $function$
DECLARE
  found boolean;
BEGIN
  IF NEW.organisation_kind IS NULL AND NEW.organisation_id IS NULL THEN
    IF NEW.role = 'ADMIN' THEN
      RETURN NEW;
    END IF;
    RAISE EXCEPTION 'membership of user % has role % and no organisation', NEW.user_id, NEW.role
      USING ERRCODE = 'foreign_key_violation';
  END IF;
  IF NEW.organisation_kind IS NULL OR NEW.organisation_id IS NULL THEN
    RAISE EXCEPTION 'membership of user % names an organisation kind without an id, or an id without a kind', NEW.user_id
      USING ERRCODE = 'foreign_key_violation';
  END IF;
  found := CASE NEW.organisation_kind
    WHEN 'SIAE' THEN EXISTS (SELECT 1 FROM structures.siaes WHERE id = NEW.organisation_id)
    WHEN 'AGENCY' THEN EXISTS (SELECT 1 FROM structures.agencies WHERE id = NEW.organisation_id)
    WHEN 'PRESCRIBER_ORGANISATION' THEN EXISTS (SELECT 1 FROM structures.prescriber_organisations WHERE id = NEW.organisation_id)
    WHEN 'STATE_SERVICE' THEN EXISTS (SELECT 1 FROM structures.state_services WHERE id = NEW.organisation_id)
    WHEN 'STEERING_COMMITTEE' THEN EXISTS (SELECT 1 FROM structures.steering_committees WHERE id = NEW.organisation_id)
  END;
  IF found IS NOT TRUE THEN
    RAISE EXCEPTION 'membership of user % names % %, which does not exist', NEW.user_id, NEW.organisation_kind, NEW.organisation_id
      USING ERRCODE = 'foreign_key_violation';
  END IF;
  RETURN NEW;
END$function$;
