ALTER TYPE "identity"."organisation_kind" ADD VALUE 'CDIAE';--> statement-breakpoint
ALTER TYPE "identity"."role" ADD VALUE 'CDIAE';--> statement-breakpoint
CREATE TABLE "structures"."cdiaes" (
	"id" uuid PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"departement_code" varchar(3) NOT NULL,
	CONSTRAINT "cdiaes_departement_code_unique" UNIQUE("departement_code")
);
--> statement-breakpoint
CREATE TABLE "structures"."habilitation_avis" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"prescriber_organisation_id" uuid NOT NULL,
	"departement_code" varchar(3) NOT NULL,
	"request_sequence" integer NOT NULL,
	"favorable" boolean NOT NULL,
	"reason" text,
	"given_on" date NOT NULL,
	"given_by_user_id" uuid NOT NULL,
	"cdiae_id" uuid NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "habilitation_avis_reason" CHECK ("structures"."habilitation_avis"."favorable" OR "structures"."habilitation_avis"."reason" IS NOT NULL)
);
--> statement-breakpoint
CREATE TABLE "pilotage"."accord_presentations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"cdiae_id" uuid NOT NULL,
	"departement_code" text NOT NULL,
	"presented_on" date NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"recorded_by_user_id" uuid NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "pilotage"."cdiae_inbox_reads" (
	"cdiae_id" uuid NOT NULL,
	"item_kind" text NOT NULL,
	"item_id" uuid NOT NULL,
	"read_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "cdiae_inbox_reads_cdiae_id_item_kind_item_id_pk" PRIMARY KEY("cdiae_id","item_kind","item_id"),
	CONSTRAINT "cdiae_inbox_reads_kind" CHECK ("pilotage"."cdiae_inbox_reads"."item_kind" IN ('CTA_MINUTES', 'STEERING_MINUTES'))
);
--> statement-breakpoint
ALTER TABLE "structures"."cdiaes" ADD CONSTRAINT "cdiaes_departement_code_departements_code_fk" FOREIGN KEY ("departement_code") REFERENCES "structures"."departements"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "structures"."habilitation_avis" ADD CONSTRAINT "habilitation_avis_prescriber_organisation_id_prescriber_organisations_id_fk" FOREIGN KEY ("prescriber_organisation_id") REFERENCES "structures"."prescriber_organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "structures"."habilitation_avis" ADD CONSTRAINT "habilitation_avis_departement_code_departements_code_fk" FOREIGN KEY ("departement_code") REFERENCES "structures"."departements"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "structures"."habilitation_avis" ADD CONSTRAINT "habilitation_avis_cdiae_id_cdiaes_id_fk" FOREIGN KEY ("cdiae_id") REFERENCES "structures"."cdiaes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "habilitation_avis_request_key" ON "structures"."habilitation_avis" USING btree ("prescriber_organisation_id","request_sequence");--> statement-breakpoint
CREATE UNIQUE INDEX "accord_presentations_natural_unique" ON "pilotage"."accord_presentations" USING btree ("cdiae_id","presented_on");--> statement-breakpoint
CREATE INDEX "accord_presentations_departement_idx" ON "pilotage"."accord_presentations" USING btree ("departement_code","presented_on");--> statement-breakpoint
-- Issue 18 §5: the CDIAE's avis are append-only, like the préfet's register they precede (0034).
CREATE TRIGGER habilitation_avis_append_only BEFORE UPDATE OR DELETE ON structures.habilitation_avis
  FOR EACH ROW EXECUTE FUNCTION structures.refuse_habilitation_decision_change();
--> statement-breakpoint
CREATE TRIGGER habilitation_avis_no_truncate BEFORE TRUNCATE ON structures.habilitation_avis
  FOR EACH STATEMENT EXECUTE FUNCTION structures.refuse_habilitation_decision_change();
--> statement-breakpoint
-- Fiche 3's indicator reads the presentations through a view of the reporting schema (no author, no note), as the CTA
-- meetings (0007). The tables themselves are not granted to navette_app: like the other pilotage and structures tables
-- they hold no personal data and are written by their subgraph only; a reporting transaction under row-level security
-- cannot read or write them.
CREATE VIEW reporting.accord_presentation_facts AS
  SELECT p.id, p.departement_code, p.presented_on FROM pilotage.accord_presentations p;
--> statement-breakpoint
GRANT SELECT ON reporting.accord_presentation_facts TO navette_app;
--> statement-breakpoint
-- A membership of a CDIAE names a CDIAE of the directory (0035's rule, one more kind). The new enum value is only
-- compared at run time, inside the function: usable in the migration's own transaction.
CREATE OR REPLACE FUNCTION identity.check_membership_organisation() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, structures AS $$
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
  found := CASE NEW.organisation_kind::text
    WHEN 'SIAE' THEN EXISTS (SELECT 1 FROM structures.siaes WHERE id = NEW.organisation_id)
    WHEN 'AGENCY' THEN EXISTS (SELECT 1 FROM structures.agencies WHERE id = NEW.organisation_id)
    WHEN 'PRESCRIBER_ORGANISATION' THEN EXISTS (SELECT 1 FROM structures.prescriber_organisations WHERE id = NEW.organisation_id)
    WHEN 'STATE_SERVICE' THEN EXISTS (SELECT 1 FROM structures.state_services WHERE id = NEW.organisation_id)
    WHEN 'STEERING_COMMITTEE' THEN EXISTS (SELECT 1 FROM structures.steering_committees WHERE id = NEW.organisation_id)
    WHEN 'CDIAE' THEN EXISTS (SELECT 1 FROM structures.cdiaes WHERE id = NEW.organisation_id)
  END;
  IF found IS NOT TRUE THEN
    RAISE EXCEPTION 'membership of user % names % %, which does not exist', NEW.user_id, NEW.organisation_kind, NEW.organisation_id
      USING ERRCODE = 'foreign_key_violation';
  END IF;
  RETURN NEW;
END
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION identity.check_membership_organisation() FROM PUBLIC;
