CREATE SCHEMA "formation";
--> statement-breakpoint
CREATE SCHEMA "structures";
--> statement-breakpoint
CREATE SCHEMA "parcours";
--> statement-breakpoint
CREATE SCHEMA "pilotage";
--> statement-breakpoint
CREATE TYPE "formation"."employment_service_kind" AS ENUM('ATELIER', 'PRESTATION', 'FORMATION', 'AIDE');--> statement-breakpoint
CREATE TYPE "structures"."prescriber_kind" AS ENUM('POLE_EMPLOI', 'MISSION_LOCALE', 'CAP_EMPLOI', 'HABILITE');--> statement-breakpoint
CREATE TYPE "structures"."siae_kind" AS ENUM('ACI', 'AI', 'EI', 'ETTI', 'EITI');--> statement-breakpoint
CREATE TYPE "structures"."state_service_kind" AS ENUM('PREFECTURE', 'DREETS', 'DDETS');--> statement-breakpoint
CREATE TABLE "formation"."employment_services" (
	"id" uuid PRIMARY KEY NOT NULL,
	"agency_id" uuid NOT NULL,
	"kind" "formation"."employment_service_kind" NOT NULL,
	"title" text NOT NULL,
	"description" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "structures"."agencies" (
	"id" uuid PRIMARY KEY NOT NULL,
	"code" varchar(16) NOT NULL,
	"name" text NOT NULL,
	"departement_code" varchar(3) NOT NULL,
	"city" text NOT NULL,
	"search_key" text GENERATED ALWAYS AS (translate(lower(name || ' ' || city), 'àâäáãåçéèêëíìîïñóòôöõúùûüýÿœæ', 'aaaaaaceeeeiiiinooooouuuuyyoa')) STORED NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "agencies_code_unique" UNIQUE("code")
);
--> statement-breakpoint
CREATE TABLE "structures"."departements" (
	"code" varchar(3) PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"region_code" varchar(2) NOT NULL
);
--> statement-breakpoint
CREATE TABLE "structures"."employment_areas" (
	"id" uuid PRIMARY KEY NOT NULL,
	"code" varchar(16) NOT NULL,
	"name" text NOT NULL,
	"departement_code" varchar(3) NOT NULL,
	CONSTRAINT "employment_areas_code_unique" UNIQUE("code")
);
--> statement-breakpoint
CREATE TABLE "structures"."prescriber_organizations" (
	"id" uuid PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"kind" "structures"."prescriber_kind" NOT NULL,
	"departement_code" varchar(3) NOT NULL,
	"city" text NOT NULL,
	"habilitation_start_on" date,
	"habilitation_end_on" date,
	"search_key" text GENERATED ALWAYS AS (translate(lower(name || ' ' || city), 'àâäáãåçéèêëíìîïñóòôöõúùûüýÿœæ', 'aaaaaaceeeeiiiinooooouuuuyyoa')) STORED NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "prescriber_habilitation_period" CHECK (("structures"."prescriber_organizations"."kind" = 'HABILITE') = ("structures"."prescriber_organizations"."habilitation_start_on" IS NOT NULL)
        AND ("structures"."prescriber_organizations"."habilitation_end_on" IS NULL OR "structures"."prescriber_organizations"."habilitation_end_on" >= "structures"."prescriber_organizations"."habilitation_start_on"))
);
--> statement-breakpoint
CREATE TABLE "structures"."siaes" (
	"id" uuid PRIMARY KEY NOT NULL,
	"siret" varchar(14) NOT NULL,
	"name" text NOT NULL,
	"kind" "structures"."siae_kind" NOT NULL,
	"departement_code" varchar(3) NOT NULL,
	"employment_area_id" uuid NOT NULL,
	"agency_id" uuid NOT NULL,
	"city" text NOT NULL,
	"postcode" varchar(5) NOT NULL,
	"search_key" text GENERATED ALWAYS AS (translate(lower(name || ' ' || city), 'àâäáãåçéèêëíìîïñóòôöõúùûüýÿœæ', 'aaaaaaceeeeiiiinooooouuuuyyoa')) STORED NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "siaes_siret_unique" UNIQUE("siret"),
	CONSTRAINT "siaes_siret_digits" CHECK ("structures"."siaes"."siret" ~ '^[0-9]{14}$')
);
--> statement-breakpoint
CREATE TABLE "structures"."state_services" (
	"id" uuid PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"kind" "structures"."state_service_kind" NOT NULL,
	"departement_code" varchar(3)
);
--> statement-breakpoint
CREATE TABLE "pilotage"."ctas" (
	"id" uuid PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"employment_area_id" uuid NOT NULL,
	"led_by_agency_id" uuid NOT NULL,
	"departement_code" text NOT NULL,
	CONSTRAINT "ctas_employment_area_id_unique" UNIQUE("employment_area_id")
);
--> statement-breakpoint
ALTER TABLE "structures"."agencies" ADD CONSTRAINT "agencies_departement_code_departements_code_fk" FOREIGN KEY ("departement_code") REFERENCES "structures"."departements"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "structures"."employment_areas" ADD CONSTRAINT "employment_areas_departement_code_departements_code_fk" FOREIGN KEY ("departement_code") REFERENCES "structures"."departements"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "structures"."prescriber_organizations" ADD CONSTRAINT "prescriber_organizations_departement_code_departements_code_fk" FOREIGN KEY ("departement_code") REFERENCES "structures"."departements"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "structures"."siaes" ADD CONSTRAINT "siaes_departement_code_departements_code_fk" FOREIGN KEY ("departement_code") REFERENCES "structures"."departements"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "structures"."siaes" ADD CONSTRAINT "siaes_employment_area_id_employment_areas_id_fk" FOREIGN KEY ("employment_area_id") REFERENCES "structures"."employment_areas"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "structures"."siaes" ADD CONSTRAINT "siaes_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "structures"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "structures"."state_services" ADD CONSTRAINT "state_services_departement_code_departements_code_fk" FOREIGN KEY ("departement_code") REFERENCES "structures"."departements"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "employment_services_agency_idx" ON "formation"."employment_services" USING btree ("agency_id","kind");--> statement-breakpoint
CREATE INDEX "agencies_departement_name_idx" ON "structures"."agencies" USING btree ("departement_code","name","id");--> statement-breakpoint
CREATE INDEX "employment_areas_departement_idx" ON "structures"."employment_areas" USING btree ("departement_code");--> statement-breakpoint
CREATE INDEX "prescriber_organizations_departement_name_idx" ON "structures"."prescriber_organizations" USING btree ("departement_code","name","id");--> statement-breakpoint
CREATE INDEX "prescriber_organizations_name_idx" ON "structures"."prescriber_organizations" USING btree ("name","id");--> statement-breakpoint
CREATE INDEX "siaes_name_idx" ON "structures"."siaes" USING btree ("name","id");--> statement-breakpoint
CREATE INDEX "siaes_departement_kind_name_idx" ON "structures"."siaes" USING btree ("departement_code","kind","name","id");--> statement-breakpoint
CREATE INDEX "siaes_agency_name_idx" ON "structures"."siaes" USING btree ("agency_id","name","id");--> statement-breakpoint
CREATE INDEX "siaes_employment_area_idx" ON "structures"."siaes" USING btree ("employment_area_id");--> statement-breakpoint
CREATE INDEX "ctas_departement_idx" ON "pilotage"."ctas" USING btree ("departement_code","name");