CREATE TABLE "parcours"."request_documents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"request_id" uuid NOT NULL,
	"file_name" text NOT NULL,
	"content_type" text NOT NULL,
	"size" integer NOT NULL,
	"content" "bytea" NOT NULL,
	"uploaded_by_user_id" uuid,
	"uploaded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "request_documents_size" CHECK ("parcours"."request_documents"."size" > 0 AND "parcours"."request_documents"."size" <= 5242880)
);
--> statement-breakpoint
ALTER TABLE "parcours"."request_documents" ADD CONSTRAINT "request_documents_request_id_approval_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "parcours"."approval_requests"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "request_documents_request_idx" ON "parcours"."request_documents" USING btree ("request_id");--> statement-breakpoint
GRANT SELECT, INSERT ON parcours.request_documents TO navette_app;
--> statement-breakpoint
ALTER TABLE parcours.request_documents ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
-- A document is seen by whoever sees its request (0004: the SIAE, its agence, the prescripteur of the parcours).
CREATE POLICY request_documents_access ON parcours.request_documents FOR ALL TO navette_app
  USING (request_id IN (SELECT id FROM parcours.approval_requests));
