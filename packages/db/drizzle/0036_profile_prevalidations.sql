CREATE TABLE "parcours"."profile_prevalidations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"agency_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"siae_id" uuid NOT NULL,
	"siae_kind" "structures"."siae_kind" NOT NULL,
	"cooperation_agreement_id" uuid NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"created_by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "profile_prevalidations_period" CHECK ("parcours"."profile_prevalidations"."ends_on" >= "parcours"."profile_prevalidations"."starts_on"),
	CONSTRAINT "profile_prevalidations_kind" CHECK ("parcours"."profile_prevalidations"."siae_kind" in ('ETTI', 'AI'))
);
--> statement-breakpoint
ALTER TABLE "parcours"."profile_prevalidations" ADD CONSTRAINT "profile_prevalidations_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "parcours"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "profile_prevalidations_natural_unique" ON "parcours"."profile_prevalidations" USING btree ("agency_id","person_id","siae_id","starts_on");--> statement-breakpoint
CREATE INDEX "profile_prevalidations_agency_idx" ON "parcours"."profile_prevalidations" USING btree ("agency_id","ends_on");--> statement-breakpoint
CREATE INDEX "profile_prevalidations_siae_person_idx" ON "parcours"."profile_prevalidations" USING btree ("siae_id","person_id","ends_on");--> statement-breakpoint
-- Row-level security of the validations de profils (DESIGN §4; issue 18 §3): the agence that pre-validated reads and
-- writes them; the SIAE they are for reads them (its demande d'agrément is then decided the same day, annexe 4
-- §2.2.2). No update, no delete: a period is renewed by a new one.
ALTER TABLE parcours.profile_prevalidations ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
GRANT SELECT, INSERT ON parcours.profile_prevalidations TO navette_app;
--> statement-breakpoint
CREATE POLICY profile_prevalidations_read ON parcours.profile_prevalidations FOR SELECT TO navette_app USING (
  agency_id = parcours.current_organisation() OR siae_id = parcours.current_organisation()
);
--> statement-breakpoint
CREATE POLICY profile_prevalidations_write ON parcours.profile_prevalidations FOR INSERT TO navette_app
  WITH CHECK (agency_id = parcours.current_organisation());
--> statement-breakpoint
-- The parcours reads the conventions de coopération (their dates and status, no personal data) to check that one is in
-- force when a profile is pre-validated and when a request for it arrives (annexe 4 §2.2.8).
GRANT SELECT ON structures.cooperation_agreements TO navette_app;
