CREATE TABLE "identity"."api_client_daily_usage" (
	"client_id" uuid NOT NULL,
	"day" date NOT NULL,
	"calls" integer NOT NULL,
	CONSTRAINT "api_client_daily_usage_client_id_day_pk" PRIMARY KEY("client_id","day")
);
--> statement-breakpoint
ALTER TABLE "identity"."api_clients" ADD COLUMN "organisation_kind" "identity"."organisation_kind";--> statement-breakpoint
ALTER TABLE "identity"."api_clients" ADD COLUMN "organisation_id" uuid;--> statement-breakpoint
ALTER TABLE "identity"."api_clients" ADD COLUMN "departement_code" text;--> statement-breakpoint
ALTER TABLE "identity"."api_clients" ADD COLUMN "created_by" uuid;--> statement-breakpoint
ALTER TABLE "identity"."api_clients" ADD COLUMN "revoked_by" uuid;--> statement-breakpoint
ALTER TABLE "identity"."api_clients" ADD COLUMN "previous_secret_hash" text;--> statement-breakpoint
ALTER TABLE "identity"."api_clients" ADD COLUMN "previous_secret_expires_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "identity"."api_clients" ADD COLUMN "secret_rotated_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "identity"."api_clients" ADD COLUMN "last_used_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "identity"."api_clients" ADD COLUMN "max_cost_per_operation" integer;--> statement-breakpoint
ALTER TABLE "identity"."api_clients" ADD COLUMN "requests_per_minute" integer;--> statement-breakpoint
ALTER TABLE "identity"."api_client_daily_usage" ADD CONSTRAINT "api_client_daily_usage_client_id_api_clients_id_fk" FOREIGN KEY ("client_id") REFERENCES "identity"."api_clients"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "api_clients_revoked_at_idx" ON "identity"."api_clients" USING btree ("revoked_at") WHERE "identity"."api_clients"."revoked_at" is not null;--> statement-breakpoint
CREATE INDEX "api_clients_secret_rotated_at_idx" ON "identity"."api_clients" USING btree ("secret_rotated_at") WHERE "identity"."api_clients"."secret_rotated_at" is not null;--> statement-breakpoint
CREATE INDEX "api_clients_departement_idx" ON "identity"."api_clients" USING btree ("departement_code");