CREATE TYPE "parcours"."orientation_origin_kind" AS ENUM('POLE_EMPLOI', 'PRESCRIBER', 'SIAE', 'OTHER');--> statement-breakpoint
CREATE TYPE "parcours"."orientation_status" AS ENUM('PENDING', 'ACCEPTED', 'DECLINED');--> statement-breakpoint
CREATE TABLE "parcours"."orientations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"origin_organisation_id" uuid NOT NULL,
	"origin_kind" "parcours"."orientation_origin_kind" NOT NULL,
	"origin_user_id" uuid,
	"prescriber_organisation_id" uuid NOT NULL,
	"departement_code" varchar(3) NOT NULL,
	"reason" text NOT NULL,
	"status" "parcours"."orientation_status" DEFAULT 'PENDING' NOT NULL,
	"decline_reason" text,
	"oriented_at" timestamp with time zone DEFAULT now() NOT NULL,
	"answered_at" timestamp with time zone,
	"answered_by_user_id" uuid,
	CONSTRAINT "orientations_decline_has_reason" CHECK (("parcours"."orientations"."status" = 'DECLINED') = ("parcours"."orientations"."decline_reason" IS NOT NULL)),
	CONSTRAINT "orientations_answer_dated" CHECK (("parcours"."orientations"."status" = 'PENDING') = ("parcours"."orientations"."answered_at" IS NULL)),
	CONSTRAINT "orientations_reason_not_blank" CHECK (length(trim("parcours"."orientations"."reason")) > 0)
);
--> statement-breakpoint
ALTER TABLE "parcours"."orientations" ADD CONSTRAINT "orientations_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "parcours"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "orientations_prescriber_idx" ON "parcours"."orientations" USING btree ("prescriber_organisation_id","oriented_at","id");--> statement-breakpoint
CREATE INDEX "orientations_origin_idx" ON "parcours"."orientations" USING btree ("origin_organisation_id","oriented_at","id");--> statement-breakpoint
CREATE INDEX "orientations_person_idx" ON "parcours"."orientations" USING btree ("person_id","prescriber_organisation_id");--> statement-breakpoint
CREATE INDEX "orientations_departement_idx" ON "parcours"."orientations" USING btree ("departement_code","oriented_at");--> statement-breakpoint
CREATE UNIQUE INDEX "orientations_pending_unique" ON "parcours"."orientations" USING btree ("person_id","origin_organisation_id","prescriber_organisation_id") WHERE "parcours"."orientations"."status" = 'PENDING';--> statement-breakpoint
-- Row-level security of the orientations (DESIGN §4; issue 18 §1): the organisation that oriented the person and the
-- prescripteur it oriented them to. The orienting organisation writes it; only the prescripteur answers it.
ALTER TABLE parcours.orientations ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON parcours.orientations TO navette_app;
--> statement-breakpoint
CREATE POLICY orientations_read ON parcours.orientations FOR SELECT TO navette_app USING (
  origin_organisation_id = parcours.current_organisation()
  OR prescriber_organisation_id = parcours.current_organisation()
);
--> statement-breakpoint
CREATE POLICY orientations_write ON parcours.orientations FOR INSERT TO navette_app
  WITH CHECK (origin_organisation_id = parcours.current_organisation() AND status = 'PENDING');
--> statement-breakpoint
CREATE POLICY orientations_answer ON parcours.orientations FOR UPDATE TO navette_app
  USING (prescriber_organisation_id = parcours.current_organisation())
  WITH CHECK (prescriber_organisation_id = parcours.current_organisation());
--> statement-breakpoint
-- The person of an orientation: the orienting organisation, and the prescripteur it was oriented to until it declines
-- (a declined orientation does not keep the person's record open to it). Every arm of 0015's people_read is kept as it
-- was (the people an organisation recorded, those of a prescription or an agrément it sees, a SIAE waiting for its
-- extension excepted); the orientations arm is added.
DROP POLICY people_read ON parcours.people;
--> statement-breakpoint
CREATE POLICY people_read ON parcours.people FOR SELECT TO navette_app USING (
  created_by_organisation_id = parcours.current_organisation()
  OR EXISTS (SELECT 1 FROM parcours.prescriptions p WHERE p.person_id = people.id)
  OR EXISTS (SELECT 1 FROM parcours.approvals a WHERE a.person_id = people.id
              AND a.id <> ALL (ARRAY(SELECT parcours.approvals_awaiting_extension_to(parcours.current_organisation()))))
  OR EXISTS (SELECT 1 FROM parcours.orientations o WHERE o.person_id = people.id
              AND (o.origin_organisation_id = parcours.current_organisation()
                   OR (o.prescriber_organisation_id = parcours.current_organisation() AND o.status <> 'DECLINED')))
);
--> statement-breakpoint
-- Separation of duties (seed 004; @navette/domain mayDecideApproval): whether the calling agent prescribed or diagnosed
-- the person, whatever rows the agence sees. SECURITY DEFINER: reads prescriptions and diagnoses without their
-- policies; answers about the caller only (navette.user_id, set by withIdentity), never about another agent.
CREATE FUNCTION parcours.caller_prescribed_or_diagnosed(person uuid)
  RETURNS TABLE (prescribed boolean, diagnosed boolean)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, parcours AS $$
  SELECT
    EXISTS (SELECT 1 FROM parcours.prescriptions p WHERE p.person_id = person
             AND p.prescriber_user_id = nullif(current_setting('navette.user_id', true), '')::uuid),
    EXISTS (SELECT 1 FROM parcours.eligibility_diagnoses d WHERE d.person_id = person
             AND d.author_user_id = nullif(current_setting('navette.user_id', true), '')::uuid)
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION parcours.caller_prescribed_or_diagnosed(uuid) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION parcours.caller_prescribed_or_diagnosed(uuid) TO navette_app;
--> statement-breakpoint
-- The comité's counts of orientations by origin (annexe 1, fiche 4 "Nombre de candidats orientés par Pôle emploi"): no
-- person, no organisation that oriented, the day in France.
CREATE VIEW reporting.orientation_facts AS
  SELECT id, origin_kind, prescriber_organisation_id, departement_code, status,
         (oriented_at AT TIME ZONE 'Europe/Paris')::date AS oriented_on
    FROM parcours.orientations;
--> statement-breakpoint
GRANT SELECT ON reporting.orientation_facts TO navette_app;
