CREATE TABLE "pilotage"."provided_figures" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"indicator_id" text NOT NULL,
	"departement_code" text,
	"siae_kind" text,
	"period" text NOT NULL,
	"period_from" date NOT NULL,
	"period_to" date NOT NULL,
	"cell_key" text NOT NULL,
	"version" integer NOT NULL,
	"value" double precision NOT NULL,
	"source" text NOT NULL,
	"reference_date" date NOT NULL,
	"entered_by_user_id" uuid NOT NULL,
	"entered_by_organisation_id" uuid NOT NULL,
	"entered_by_organisation_name" text NOT NULL,
	"via_import" boolean DEFAULT false NOT NULL,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "provided_figures_version_positive" CHECK ("pilotage"."provided_figures"."version" >= 1),
	CONSTRAINT "provided_figures_period_bounds" CHECK ("pilotage"."provided_figures"."period_from" <= "pilotage"."provided_figures"."period_to")
);
--> statement-breakpoint
CREATE UNIQUE INDEX "provided_figures_cell_version_unique" ON "pilotage"."provided_figures" USING btree ("cell_key","version");--> statement-breakpoint
CREATE INDEX "provided_figures_period_idx" ON "pilotage"."provided_figures" USING btree ("period","indicator_id");--> statement-breakpoint
-- Append-only (issue 18 §6): a correction is a new version of the cell, never an update or a deletion of a figure
-- the console has shown. Like the other pilotage tables, nothing is granted to navette_app.
CREATE FUNCTION "pilotage"."provided_figures_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'pilotage.provided_figures is append-only: record a new version of the cell';
END;
$$;--> statement-breakpoint
CREATE TRIGGER "provided_figures_append_only" BEFORE UPDATE OR DELETE ON "pilotage"."provided_figures"
  FOR EACH ROW EXECUTE FUNCTION "pilotage"."provided_figures_append_only"();
