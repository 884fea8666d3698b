CREATE TYPE "structures"."habilitation_decision_kind" AS ENUM('GRANT', 'RENEWAL', 'WITHDRAWAL');--> statement-breakpoint
CREATE TABLE "structures"."habilitation_decisions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"prescriber_organization_id" uuid NOT NULL,
	"departement_code" varchar(3) NOT NULL,
	"sequence" integer NOT NULL,
	"kind" "structures"."habilitation_decision_kind" NOT NULL,
	"decided_on" date NOT NULL,
	"start_on" date,
	"end_on" date,
	"reason" text,
	"decided_by_user_id" uuid,
	"decided_by_organisation_id" uuid,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "habilitation_decisions_shape" CHECK (("structures"."habilitation_decisions"."kind" = 'WITHDRAWAL') = ("structures"."habilitation_decisions"."start_on" IS NULL)
        AND ("structures"."habilitation_decisions"."kind" = 'WITHDRAWAL') = ("structures"."habilitation_decisions"."reason" IS NOT NULL)
        AND ("structures"."habilitation_decisions"."end_on" IS NULL OR "structures"."habilitation_decisions"."end_on" >= "structures"."habilitation_decisions"."start_on"))
);
--> statement-breakpoint
ALTER TABLE "structures"."prescriber_organizations" DROP CONSTRAINT "prescriber_habilitation_period";--> statement-breakpoint
ALTER TABLE "structures"."habilitation_decisions" ADD CONSTRAINT "habilitation_decisions_prescriber_organization_id_prescriber_organizations_id_fk" FOREIGN KEY ("prescriber_organization_id") REFERENCES "structures"."prescriber_organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "structures"."habilitation_decisions" ADD CONSTRAINT "habilitation_decisions_departement_code_departements_code_fk" FOREIGN KEY ("departement_code") REFERENCES "structures"."departements"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "habilitation_decisions_sequence_key" ON "structures"."habilitation_decisions" USING btree ("prescriber_organization_id","sequence");--> statement-breakpoint
CREATE INDEX "habilitation_decisions_departement_idx" ON "structures"."habilitation_decisions" USING btree ("departement_code","recorded_at");--> statement-breakpoint
ALTER TABLE "structures"."prescriber_organizations" ADD CONSTRAINT "prescriber_habilitation_period" CHECK (("structures"."prescriber_organizations"."kind" = 'HABILITE' OR "structures"."prescriber_organizations"."habilitation_start_on" IS NULL)
        AND ("structures"."prescriber_organizations"."habilitation_end_on" IS NULL OR "structures"."prescriber_organizations"."habilitation_end_on" >= "structures"."prescriber_organizations"."habilitation_start_on"));--> statement-breakpoint
-- Issue 14 §2: the habilitation periods recorded so far become each organisation's first decision (a grant, decided on
-- its first day, by nobody known: recorded before the register).
INSERT INTO "structures"."habilitation_decisions"
  ("prescriber_organization_id", "departement_code", "sequence", "kind", "decided_on", "start_on", "end_on")
SELECT "id", "departement_code", 1, 'GRANT', "habilitation_start_on", "habilitation_start_on", "habilitation_end_on"
FROM "structures"."prescriber_organizations"
WHERE "kind" = 'HABILITE' AND "habilitation_start_on" IS NOT NULL;
--> statement-breakpoint
-- The register is append-only: a withdrawal is a decision of its own, nothing is ever changed or erased.
CREATE OR REPLACE FUNCTION structures.refuse_habilitation_decision_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'structures.habilitation_decisions is append-only (% refused)', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER habilitation_decisions_append_only BEFORE UPDATE OR DELETE ON structures.habilitation_decisions
  FOR EACH ROW EXECUTE FUNCTION structures.refuse_habilitation_decision_change();
--> statement-breakpoint
CREATE TRIGGER habilitation_decisions_no_truncate BEFORE TRUNCATE ON structures.habilitation_decisions
  FOR EACH STATEMENT EXECUTE FUNCTION structures.refuse_habilitation_decision_change();
--> statement-breakpoint
-- The parcours reads the register (as the directory) to tell whether a prescripteur may prescribe (annexe 4 §2.1).
GRANT SELECT ON structures.habilitation_decisions TO navette_app;
