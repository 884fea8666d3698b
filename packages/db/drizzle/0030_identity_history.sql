CREATE TABLE "parcours"."person_identity_changes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"field" text NOT NULL,
	"before_value" text,
	"after_value" text,
	"changed_by_user_id" uuid,
	"changed_by_organisation_id" uuid NOT NULL,
	"changed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "person_identity_changes_field" CHECK ("parcours"."person_identity_changes"."field" IN ('first_name', 'last_name', 'birth_date', 'email', 'phone', 'pole_emploi_id', 'rqth'))
);
--> statement-breakpoint
ALTER TABLE "parcours"."person_identity_changes" ADD CONSTRAINT "person_identity_changes_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "parcours"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "person_identity_changes_person_idx" ON "parcours"."person_identity_changes" USING btree ("person_id","changed_at");--> statement-breakpoint
-- Rectification history (issue 19 §4; RGPD art. 16): read by whoever sees the person (the people policy applies in
-- the subquery), written by the organisation that recorded the person — the one allowed to correct it (people_update)
-- — and never changed or deleted by the application (append-only; the retention job, as the owner, deletes a
-- person's history when it anonymises them).
ALTER TABLE parcours.person_identity_changes ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
REVOKE ALL ON parcours.person_identity_changes FROM navette_app;
--> statement-breakpoint
GRANT SELECT, INSERT ON parcours.person_identity_changes TO navette_app;
--> statement-breakpoint
CREATE POLICY person_identity_changes_read ON parcours.person_identity_changes FOR SELECT TO navette_app
  USING (EXISTS (SELECT 1 FROM parcours.people p WHERE p.id = person_id));
--> statement-breakpoint
CREATE POLICY person_identity_changes_write ON parcours.person_identity_changes FOR INSERT TO navette_app
  WITH CHECK (changed_by_organisation_id = parcours.current_organisation()
              AND EXISTS (SELECT 1 FROM parcours.people p WHERE p.id = person_id
                          AND p.created_by_organisation_id = parcours.current_organisation()));
