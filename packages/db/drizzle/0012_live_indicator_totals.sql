CREATE TABLE "reporting"."measure_days" (
	"measure" text NOT NULL,
	"departement_code" varchar(3) NOT NULL,
	"siae_kind" "structures"."siae_kind" NOT NULL,
	"value" bigint NOT NULL,
	"day" date NOT NULL,
	CONSTRAINT "measure_days_measure_day_departement_code_siae_kind_pk" PRIMARY KEY("measure","day","departement_code","siae_kind")
);
--> statement-breakpoint
CREATE TABLE "reporting"."measure_months" (
	"measure" text NOT NULL,
	"departement_code" varchar(3) NOT NULL,
	"siae_kind" "structures"."siae_kind" NOT NULL,
	"value" bigint NOT NULL,
	"month" date NOT NULL,
	CONSTRAINT "measure_months_measure_month_departement_code_siae_kind_pk" PRIMARY KEY("measure","month","departement_code","siae_kind"),
	CONSTRAINT "measure_months_first_day" CHECK (extract(day from "reporting"."measure_months"."month") = 1)
);
--> statement-breakpoint
CREATE TABLE "reporting"."measure_years" (
	"measure" text NOT NULL,
	"departement_code" varchar(3) NOT NULL,
	"siae_kind" "structures"."siae_kind" NOT NULL,
	"value" bigint NOT NULL,
	"year" date NOT NULL,
	CONSTRAINT "measure_years_measure_year_departement_code_siae_kind_pk" PRIMARY KEY("measure","year","departement_code","siae_kind"),
	CONSTRAINT "measure_years_first_day" CHECK (extract(doy from "reporting"."measure_years"."year") = 1)
);
--> statement-breakpoint
ALTER TABLE "formation"."training_records" ADD COLUMN "previous_end_on" date;--> statement-breakpoint
CREATE INDEX "training_records_sequence_idx" ON "formation"."training_records" USING btree ("person_id","departement_code","siae_kind","end_on","id");--> statement-breakpoint
CREATE INDEX "training_records_end_idx" ON "formation"."training_records" USING btree ("end_on","previous_end_on","departement_code","siae_kind");--> statement-breakpoint
CREATE INDEX "training_records_previous_end_idx" ON "formation"."training_records" USING btree ("previous_end_on","end_on","departement_code","siae_kind");