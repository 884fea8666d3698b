ALTER TYPE "parcours"."approval_request_status" ADD VALUE 'CLOSED';--> statement-breakpoint
ALTER TABLE "parcours"."approval_requests" ADD COLUMN "closed_on" date;--> statement-breakpoint
ALTER TABLE "parcours"."approval_requests" ADD COLUMN "closed_reason" text;--> statement-breakpoint
ALTER TABLE "parcours"."approval_requests" ADD COLUMN "closed_by_user_id" uuid;--> statement-breakpoint
ALTER TABLE "parcours"."contracts" ADD COLUMN "recorded_by_user_id" uuid;--> statement-breakpoint
ALTER TABLE "parcours"."exit_interviews" ADD COLUMN "recorded_by_user_id" uuid;--> statement-breakpoint
ALTER TABLE "parcours"."exits" ADD COLUMN "recorded_by_user_id" uuid;--> statement-breakpoint
ALTER TABLE "parcours"."approval_requests" ADD CONSTRAINT "approval_requests_closure_complete" CHECK (("parcours"."approval_requests"."status"::text = 'CLOSED') = ("parcours"."approval_requests"."closed_on" IS NOT NULL AND "parcours"."approval_requests"."closed_reason" IS NOT NULL));--> statement-breakpoint
-- (issue 13, "no oracle") The extension look-up (annexe 4 §2.2.5) takes a second factor the new employer has: the
-- first letters of the surname. The function returns the surname of the one agrément whose number and birth date
-- match, for the service to compare with @navette/domain surnameKey (one normalisation, in the domain); the service
-- never returns or logs it, and answers every refusal the same way.
DROP FUNCTION parcours.approval_for_extension(text, date);
--> statement-breakpoint
CREATE FUNCTION parcours.approval_for_extension(approval_number text, person_birth_date date)
  RETURNS TABLE (approval_id uuid, person_id uuid, last_name text)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, parcours AS $$
  SELECT a.id, a.person_id, p.last_name FROM parcours.approvals a JOIN parcours.people p ON p.id = a.person_id
   WHERE a.number = approval_number AND p.birth_date = person_birth_date
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION parcours.approval_for_extension(text, date) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION parcours.approval_for_extension(text, date) TO navette_app;
--> statement-breakpoint
-- A SIAE that asked for an extension sees the agrément from its request on (0010, approvals_extended_to), but not the
-- person — name, contact details, RQTH — until the extension is granted (an EXTENSION event for it, written by every
-- grant: explicit, tacit or on appeal). SECURITY DEFINER for the same reason as approvals_extended_to.
CREATE FUNCTION parcours.approvals_awaiting_extension_to(organisation uuid) RETURNS SETOF uuid
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, parcours AS $$
  SELECT r.approval_id FROM parcours.approval_requests r JOIN parcours.approvals a ON a.id = r.approval_id
   WHERE r.kind = 'EXTENSION' AND r.siae_id = organisation AND a.siae_id <> organisation
     AND NOT EXISTS (SELECT 1 FROM parcours.approval_events e
                      WHERE e.approval_id = r.approval_id AND e.kind = 'EXTENSION' AND e.siae_id = organisation)
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION parcours.approvals_awaiting_extension_to(uuid) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION parcours.approvals_awaiting_extension_to(uuid) TO navette_app;
--> statement-breakpoint
DROP POLICY people_read ON parcours.people;
--> statement-breakpoint
CREATE POLICY people_read ON parcours.people FOR SELECT TO navette_app USING (
  created_by_organisation_id = parcours.current_organisation()
  OR EXISTS (SELECT 1 FROM parcours.prescriptions p WHERE p.person_id = people.id)
  OR EXISTS (SELECT 1 FROM parcours.approvals a WHERE a.person_id = people.id
              AND a.id <> ALL (ARRAY(SELECT parcours.approvals_awaiting_extension_to(parcours.current_organisation()))))
);
