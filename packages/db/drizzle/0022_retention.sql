CREATE TABLE "parcours"."retention_checkpoints" (
	"run_on" date PRIMARY KEY NOT NULL,
	"after_person_id" uuid,
	"examined" integer DEFAULT 0 NOT NULL,
	"anonymised" integer DEFAULT 0 NOT NULL,
	"started_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone
);
--> statement-breakpoint
DROP INDEX "parcours"."people_identity_unique";--> statement-breakpoint
ALTER TABLE "parcours"."people" ADD COLUMN "anonymised_at" timestamp with time zone;--> statement-breakpoint
CREATE UNIQUE INDEX "people_identity_unique" ON "parcours"."people" USING btree ("created_by_organisation_id","birth_date",lower("last_name"),lower("first_name")) WHERE "parcours"."people"."anonymised_at" IS NULL;--> statement-breakpoint
-- The retention job's progress is the job's own (issue 19 §3): the application role reads and writes nothing there
-- (the schema's default privileges, migration 0004, would grant it).
REVOKE ALL ON parcours.retention_checkpoints FROM navette_app;
--> statement-breakpoint
-- An anonymised person stays anonymised (issue 19 §3): once `anonymised_at` is set, no write — the application's, a
-- script's, the table owner's — may change it back or give the person an identity, contact or RQTH again.
CREATE FUNCTION parcours.keep_anonymised() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.anonymised_at IS DISTINCT FROM OLD.anonymised_at
     OR NEW.first_name IS DISTINCT FROM OLD.first_name
     OR NEW.last_name IS DISTINCT FROM OLD.last_name
     OR NEW.birth_date IS DISTINCT FROM OLD.birth_date
     OR NEW.email IS DISTINCT FROM OLD.email
     OR NEW.phone IS DISTINCT FROM OLD.phone
     OR NEW.pole_emploi_id IS DISTINCT FROM OLD.pole_emploi_id
     OR NEW.rqth IS DISTINCT FROM OLD.rqth THEN
    RAISE EXCEPTION 'person % is anonymised: its identity cannot be written again', OLD.id
      USING ERRCODE = 'object_not_in_prerequisite_state';
  END IF;
  RETURN NEW;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER people_keep_anonymised BEFORE UPDATE ON parcours.people
  FOR EACH ROW WHEN (OLD.anonymised_at IS NOT NULL) EXECUTE FUNCTION parcours.keep_anonymised();
