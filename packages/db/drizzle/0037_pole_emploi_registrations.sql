CREATE TYPE "parcours"."registration_checkpoint" AS ENUM('DURING_PARCOURS', 'SIX_MONTHS_AFTER_END');--> statement-breakpoint
CREATE TABLE "parcours"."pole_emploi_registrations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"approval_id" uuid NOT NULL,
	"siae_id" uuid NOT NULL,
	"agency_id" uuid DEFAULT null NOT NULL,
	"siae_kind" "structures"."siae_kind" DEFAULT null NOT NULL,
	"departement_code" varchar(3) DEFAULT null NOT NULL,
	"checkpoint" "parcours"."registration_checkpoint" NOT NULL,
	"registered" boolean NOT NULL,
	"registered_on" date,
	"checked_on" date NOT NULL,
	"recorded_by_organisation_id" uuid NOT NULL,
	"recorded_by_user_id" uuid,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "pole_emploi_registrations_dated" CHECK ("parcours"."pole_emploi_registrations"."registered" = ("parcours"."pole_emploi_registrations"."registered_on" IS NOT NULL))
);
--> statement-breakpoint
ALTER TABLE "parcours"."pole_emploi_registrations" ADD CONSTRAINT "pole_emploi_registrations_approval_id_approvals_id_fk" FOREIGN KEY ("approval_id") REFERENCES "parcours"."approvals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "pole_emploi_registrations_checkpoint_unique" ON "parcours"."pole_emploi_registrations" USING btree ("approval_id","checkpoint");--> statement-breakpoint
CREATE INDEX "pole_emploi_registrations_departement_idx" ON "parcours"."pole_emploi_registrations" USING btree ("departement_code","siae_kind","checked_on");--> statement-breakpoint
-- The SIAE's agence, kind and département copied from the directory, as on every row that names a SIAE (0004).
CREATE TRIGGER pole_emploi_registrations_siae_facts BEFORE INSERT OR UPDATE OF siae_id ON parcours.pole_emploi_registrations FOR EACH ROW EXECUTE FUNCTION parcours.fill_siae_facts();
--> statement-breakpoint
-- Row-level security (DESIGN §4; issue 18 §4): the SIAE of the parcours (the agrément's, or one it was extended to)
-- and the agence of its territory; no prescripteur, whatever agréments it sees.
ALTER TABLE parcours.pole_emploi_registrations ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON parcours.pole_emploi_registrations TO navette_app;
--> statement-breakpoint
CREATE POLICY pole_emploi_registrations_access ON parcours.pole_emploi_registrations FOR ALL TO navette_app USING (
  siae_id = parcours.current_organisation()
  OR agency_id = parcours.current_organisation()
  OR EXISTS (SELECT 1 FROM parcours.approval_events e WHERE e.approval_id = pole_emploi_registrations.approval_id
              AND e.kind = 'EXTENSION' AND e.siae_id = parcours.current_organisation())
) WITH CHECK (
  siae_id = parcours.current_organisation()
  OR agency_id = parcours.current_organisation()
  OR EXISTS (SELECT 1 FROM parcours.approval_events e WHERE e.approval_id = pole_emploi_registrations.approval_id
              AND e.kind = 'EXTENSION' AND e.siae_id = parcours.current_organisation())
);
--> statement-breakpoint
-- The comité's indicators of fiches 5 and 7: no person, the agrément's dates for "en parcours" on a day.
CREATE VIEW reporting.pole_emploi_registration_facts AS
  SELECT r.id, r.approval_id, r.siae_id, r.agency_id, r.siae_kind, r.departement_code, r.checkpoint, r.registered,
         r.checked_on, a.start_on AS approval_start_on, a.end_on AS approval_end_on
    FROM parcours.pole_emploi_registrations r JOIN parcours.approvals a ON a.id = r.approval_id;
--> statement-breakpoint
GRANT SELECT ON reporting.pole_emploi_registration_facts TO navette_app;
