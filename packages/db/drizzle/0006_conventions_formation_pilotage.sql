CREATE TYPE "structures"."cooperation_agreement_status" AS ENUM('DRAFT', 'SIGNED', 'EXPIRED', 'TERMINATED');--> statement-breakpoint
CREATE TYPE "structures"."job_offer_status" AS ENUM('OPEN', 'CLOSED');--> statement-breakpoint
CREATE TYPE "formation"."training_kind" AS ENUM('QUALIFYING', 'CERTIFYING', 'PRE_QUALIFYING', 'ADAPTATION', 'BASIC_SKILLS');--> statement-breakpoint
CREATE TYPE "pilotage"."roadmap_status" AS ENUM('PLANNED', 'IN_PROGRESS', 'DONE', 'DROPPED');--> statement-breakpoint
CREATE TABLE "structures"."cooperation_agreements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"siae_id" uuid NOT NULL,
	"agency_id" uuid NOT NULL,
	"status" "structures"."cooperation_agreement_status" DEFAULT 'DRAFT' NOT NULL,
	"start_on" date NOT NULL,
	"end_on" date,
	"siae_signed_on" date,
	"agency_signed_on" date,
	"signed_on" date,
	"terminated_on" date,
	"prescription_heading" text DEFAULT '' NOT NULL,
	"referents_heading" text DEFAULT '' NOT NULL,
	"offers_heading" text DEFAULT '' NOT NULL,
	"exits_heading" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "cooperation_agreements_period" CHECK ("structures"."cooperation_agreements"."end_on" IS NULL OR "structures"."cooperation_agreements"."end_on" >= "structures"."cooperation_agreements"."start_on"),
	CONSTRAINT "cooperation_agreements_signed" CHECK (("structures"."cooperation_agreements"."status" = 'DRAFT') = ("structures"."cooperation_agreements"."signed_on" IS NULL))
);
--> statement-breakpoint
CREATE TABLE "structures"."job_offers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"siae_id" uuid NOT NULL,
	"title" text NOT NULL,
	"description" text NOT NULL,
	"prerequisites" text DEFAULT '' NOT NULL,
	"positions" integer DEFAULT 1 NOT NULL,
	"deposited_at_pole_emploi_on" date,
	"status" "structures"."job_offer_status" DEFAULT 'OPEN' NOT NULL,
	"published_on" date NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "job_offers_positions" CHECK ("structures"."job_offers"."positions" >= 1)
);
--> statement-breakpoint
CREATE TABLE "structures"."siae_referents" (
	"siae_id" uuid PRIMARY KEY NOT NULL,
	"referent_name" text,
	"referent_email" text,
	"correspondent_name" text,
	"correspondent_email" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "formation"."immersions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"approval_id" uuid NOT NULL,
	"prescriber_organisation_id" uuid,
	"siae_id" uuid NOT NULL,
	"agency_id" uuid DEFAULT null NOT NULL,
	"siae_kind" "structures"."siae_kind" DEFAULT null NOT NULL,
	"departement_code" varchar(3) DEFAULT null NOT NULL,
	"host_company" text NOT NULL,
	"objective" text NOT NULL,
	"start_on" date NOT NULL,
	"end_on" date NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "immersions_period" CHECK ("formation"."immersions"."end_on" >= "formation"."immersions"."start_on")
);
--> statement-breakpoint
CREATE TABLE "formation"."poes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"approval_id" uuid NOT NULL,
	"prescriber_organisation_id" uuid,
	"siae_id" uuid NOT NULL,
	"agency_id" uuid DEFAULT null NOT NULL,
	"siae_kind" "structures"."siae_kind" DEFAULT null NOT NULL,
	"departement_code" varchar(3) DEFAULT null NOT NULL,
	"employer" text NOT NULL,
	"hours" integer NOT NULL,
	"start_on" date NOT NULL,
	"end_on" date NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "poes_hours" CHECK ("formation"."poes"."hours" > 0),
	CONSTRAINT "poes_period" CHECK ("formation"."poes"."end_on" >= "formation"."poes"."start_on")
);
--> statement-breakpoint
CREATE TABLE "formation"."service_uses" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"approval_id" uuid NOT NULL,
	"prescriber_organisation_id" uuid,
	"siae_id" uuid NOT NULL,
	"agency_id" uuid DEFAULT null NOT NULL,
	"siae_kind" "structures"."siae_kind" DEFAULT null NOT NULL,
	"departement_code" varchar(3) DEFAULT null NOT NULL,
	"service_id" uuid NOT NULL,
	"used_on" date NOT NULL,
	"in_work_follow_up" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "formation"."training_records" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"approval_id" uuid NOT NULL,
	"prescriber_organisation_id" uuid,
	"siae_id" uuid NOT NULL,
	"agency_id" uuid DEFAULT null NOT NULL,
	"siae_kind" "structures"."siae_kind" DEFAULT null NOT NULL,
	"departement_code" varchar(3) DEFAULT null NOT NULL,
	"kind" "formation"."training_kind" NOT NULL,
	"title" text NOT NULL,
	"organisation" text NOT NULL,
	"hours" integer NOT NULL,
	"start_on" date NOT NULL,
	"end_on" date NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "training_records_hours" CHECK ("formation"."training_records"."hours" > 0 AND "formation"."training_records"."hours" <= 2000),
	CONSTRAINT "training_records_period" CHECK ("formation"."training_records"."end_on" >= "formation"."training_records"."start_on")
);
--> statement-breakpoint
CREATE TABLE "pilotage"."amendments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"signed_on" date NOT NULL,
	"title" text NOT NULL,
	"summary" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "pilotage"."cta_meetings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"cta_id" uuid NOT NULL,
	"held_on" date NOT NULL,
	"agenda" text NOT NULL,
	"participants" text DEFAULT '' NOT NULL,
	"siae_heads_invited" boolean DEFAULT false NOT NULL,
	"minutes" text,
	"minutes_sent_to_cdiae_on" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "cta_meetings_minutes_after" CHECK ("pilotage"."cta_meetings"."minutes_sent_to_cdiae_on" IS NULL OR "pilotage"."cta_meetings"."minutes_sent_to_cdiae_on" >= "pilotage"."cta_meetings"."held_on")
);
--> statement-breakpoint
CREATE TABLE "pilotage"."roadmap_actions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"year" integer NOT NULL,
	"fiche" integer,
	"action" text NOT NULL,
	"owner" text NOT NULL,
	"due_period" text NOT NULL,
	"status" "pilotage"."roadmap_status" DEFAULT 'PLANNED' NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "pilotage"."steering_meetings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"held_on" date NOT NULL,
	"agenda" text NOT NULL,
	"documents_sent_on" date,
	"minutes" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "structures"."cooperation_agreements" ADD CONSTRAINT "cooperation_agreements_siae_id_siaes_id_fk" FOREIGN KEY ("siae_id") REFERENCES "structures"."siaes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "structures"."cooperation_agreements" ADD CONSTRAINT "cooperation_agreements_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "structures"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "structures"."job_offers" ADD CONSTRAINT "job_offers_siae_id_siaes_id_fk" FOREIGN KEY ("siae_id") REFERENCES "structures"."siaes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "structures"."siae_referents" ADD CONSTRAINT "siae_referents_siae_id_siaes_id_fk" FOREIGN KEY ("siae_id") REFERENCES "structures"."siaes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "formation"."service_uses" ADD CONSTRAINT "service_uses_service_id_employment_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "formation"."employment_services"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pilotage"."cta_meetings" ADD CONSTRAINT "cta_meetings_cta_id_ctas_id_fk" FOREIGN KEY ("cta_id") REFERENCES "pilotage"."ctas"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "cooperation_agreements_siae_idx" ON "structures"."cooperation_agreements" USING btree ("siae_id","start_on");--> statement-breakpoint
CREATE INDEX "cooperation_agreements_agency_idx" ON "structures"."cooperation_agreements" USING btree ("agency_id","status");--> statement-breakpoint
CREATE INDEX "job_offers_siae_idx" ON "structures"."job_offers" USING btree ("siae_id","status","published_on");--> statement-breakpoint
CREATE INDEX "job_offers_open_idx" ON "structures"."job_offers" USING btree ("status","published_on");--> statement-breakpoint
CREATE INDEX "immersions_approval_idx" ON "formation"."immersions" USING btree ("approval_id","start_on");--> statement-breakpoint
CREATE INDEX "immersions_facts_idx" ON "formation"."immersions" USING btree ("departement_code","siae_kind","start_on");--> statement-breakpoint
CREATE INDEX "poes_approval_idx" ON "formation"."poes" USING btree ("approval_id");--> statement-breakpoint
CREATE INDEX "poes_facts_idx" ON "formation"."poes" USING btree ("departement_code","siae_kind","start_on");--> statement-breakpoint
CREATE INDEX "service_uses_approval_idx" ON "formation"."service_uses" USING btree ("approval_id","used_on");--> statement-breakpoint
CREATE INDEX "service_uses_facts_idx" ON "formation"."service_uses" USING btree ("departement_code","siae_kind","used_on");--> statement-breakpoint
CREATE INDEX "training_records_approval_idx" ON "formation"."training_records" USING btree ("approval_id","start_on");--> statement-breakpoint
CREATE INDEX "training_records_siae_idx" ON "formation"."training_records" USING btree ("siae_id","start_on");--> statement-breakpoint
CREATE INDEX "training_records_facts_idx" ON "formation"."training_records" USING btree ("departement_code","siae_kind","end_on");--> statement-breakpoint
CREATE INDEX "cta_meetings_cta_idx" ON "pilotage"."cta_meetings" USING btree ("cta_id","held_on");--> statement-breakpoint
CREATE INDEX "roadmap_actions_year_idx" ON "pilotage"."roadmap_actions" USING btree ("year","fiche");--> statement-breakpoint
CREATE INDEX "steering_meetings_held_idx" ON "pilotage"."steering_meetings" USING btree ("held_on");