-- UNLOGGED (issue 11): counters of the rate limits need no durability — no WAL write per request, emptied after a
-- crash, which only resets the windows. drizzle-kit does not model UNLOGGED: keep this line when regenerating.
CREATE UNLOGGED TABLE "identity"."rate_limits" (
	"key" text PRIMARY KEY NOT NULL,
	"points" integer NOT NULL,
	"expire" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "identity"."rotated_refresh_tokens" (
	"token_hash" text PRIMARY KEY NOT NULL,
	"session_id" uuid NOT NULL,
	"rotated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "identity"."sign_in_source_failures" (
	"email_key" text NOT NULL,
	"source" text NOT NULL,
	"failures" integer NOT NULL,
	"last_failure_at" timestamp with time zone NOT NULL,
	CONSTRAINT "sign_in_source_failures_email_key_source_pk" PRIMARY KEY("email_key","source")
);
--> statement-breakpoint
ALTER TABLE "identity"."sessions" ADD COLUMN "revoked_reason" text;--> statement-breakpoint
ALTER TABLE "identity"."sign_in_failures" ADD COLUMN "attack_reported_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "identity"."rotated_refresh_tokens" ADD CONSTRAINT "rotated_refresh_tokens_session_id_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "identity"."sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "rate_limits_expire_idx" ON "identity"."rate_limits" USING btree ("expire");--> statement-breakpoint
CREATE INDEX "rotated_refresh_tokens_session_idx" ON "identity"."rotated_refresh_tokens" USING btree ("session_id");--> statement-breakpoint
CREATE INDEX "sign_in_source_failures_last_idx" ON "identity"."sign_in_source_failures" USING btree ("last_failure_at");
