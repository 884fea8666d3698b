CREATE TYPE "pilotage"."accord_party" AS ENUM('STATE', 'POLE_EMPLOI', 'IAE_NETWORK');--> statement-breakpoint
CREATE TABLE "pilotage"."accord_signatories" (
	"id" uuid PRIMARY KEY NOT NULL,
	"accord_id" uuid NOT NULL,
	"name" text NOT NULL,
	"represented_by" text NOT NULL,
	"party" "pilotage"."accord_party" NOT NULL,
	"position" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "pilotage"."accord_terminations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"accord_id" uuid NOT NULL,
	"signatory_id" uuid NOT NULL,
	"reason" text NOT NULL,
	"received_on" date NOT NULL,
	"notice_ends_on" date NOT NULL,
	"extraordinary_meeting_id" uuid NOT NULL,
	"requested_by_user_id" uuid NOT NULL,
	"withdrawn_on" date,
	"withdrawn_by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "accord_terminations_notice_after" CHECK ("pilotage"."accord_terminations"."notice_ends_on" > "pilotage"."accord_terminations"."received_on"),
	CONSTRAINT "accord_terminations_withdrawn_after" CHECK ("pilotage"."accord_terminations"."withdrawn_on" IS NULL OR ("pilotage"."accord_terminations"."withdrawn_on" >= "pilotage"."accord_terminations"."received_on" AND "pilotage"."accord_terminations"."withdrawn_on" <= "pilotage"."accord_terminations"."notice_ends_on"))
);
--> statement-breakpoint
CREATE TABLE "pilotage"."accords" (
	"id" uuid PRIMARY KEY NOT NULL,
	"title" text NOT NULL,
	"signed_on" date NOT NULL,
	"initial_ends_on" date NOT NULL
);
--> statement-breakpoint
CREATE TABLE "pilotage"."working_group_meetings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"group_id" uuid NOT NULL,
	"held_on" date NOT NULL,
	"summary" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "pilotage"."working_group_members" (
	"group_id" uuid NOT NULL,
	"organisation_id" uuid NOT NULL,
	CONSTRAINT "working_group_members_group_id_organisation_id_pk" PRIMARY KEY("group_id","organisation_id")
);
--> statement-breakpoint
CREATE TABLE "pilotage"."working_group_proposals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"group_id" uuid NOT NULL,
	"title" text NOT NULL,
	"summary" text NOT NULL,
	"submitted_on" date NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "pilotage"."working_groups" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"theme" text NOT NULL,
	"fiche" integer,
	"created_by_user_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "pilotage"."amendments" ADD COLUMN "extends_term_to" date;--> statement-breakpoint
ALTER TABLE "pilotage"."steering_meetings" ADD COLUMN "extraordinary" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "pilotage"."accord_signatories" ADD CONSTRAINT "accord_signatories_accord_id_accords_id_fk" FOREIGN KEY ("accord_id") REFERENCES "pilotage"."accords"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pilotage"."accord_terminations" ADD CONSTRAINT "accord_terminations_accord_id_accords_id_fk" FOREIGN KEY ("accord_id") REFERENCES "pilotage"."accords"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pilotage"."accord_terminations" ADD CONSTRAINT "accord_terminations_signatory_id_accord_signatories_id_fk" FOREIGN KEY ("signatory_id") REFERENCES "pilotage"."accord_signatories"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pilotage"."accord_terminations" ADD CONSTRAINT "accord_terminations_extraordinary_meeting_id_steering_meetings_id_fk" FOREIGN KEY ("extraordinary_meeting_id") REFERENCES "pilotage"."steering_meetings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pilotage"."working_group_meetings" ADD CONSTRAINT "working_group_meetings_group_id_working_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "pilotage"."working_groups"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pilotage"."working_group_members" ADD CONSTRAINT "working_group_members_group_id_working_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "pilotage"."working_groups"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pilotage"."working_group_proposals" ADD CONSTRAINT "working_group_proposals_group_id_working_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "pilotage"."working_groups"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "accord_signatories_name_unique" ON "pilotage"."accord_signatories" USING btree ("accord_id","name");--> statement-breakpoint
CREATE UNIQUE INDEX "accord_terminations_live_unique" ON "pilotage"."accord_terminations" USING btree ("accord_id") WHERE "pilotage"."accord_terminations"."withdrawn_on" IS NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "working_group_meetings_natural_unique" ON "pilotage"."working_group_meetings" USING btree ("group_id","held_on");--> statement-breakpoint
CREATE UNIQUE INDEX "working_group_proposals_natural_unique" ON "pilotage"."working_group_proposals" USING btree ("group_id",lower("title"));--> statement-breakpoint
CREATE UNIQUE INDEX "working_groups_name_unique" ON "pilotage"."working_groups" USING btree (lower("name"));--> statement-breakpoint
-- The accord régional of Bourgogne-Franche-Comté and its signatories, as its first page and its signatures name them
-- ("Fait à Dijon, le 08 décembre 2016"; article 4: in force from its signature until 31 December 2018).
INSERT INTO "pilotage"."accords" ("id", "title", "signed_on", "initial_ends_on") VALUES
	('5e1f7a3c-0d1b-4c2a-9f00-000000002016', 'Accord régional de coopération Bourgogne-Franche-Comté entre l''État, Pôle emploi et les réseaux de l''Insertion par l''Activité Économique', '2016-12-08', '2018-12-31');--> statement-breakpoint
INSERT INTO "pilotage"."accord_signatories" ("id", "accord_id", "name", "represented_by", "party", "position") VALUES
	('5e1f7a3c-0d1b-4c2a-9f01-000000000001', '5e1f7a3c-0d1b-4c2a-9f00-000000002016', 'L''État', 'Christiane BARRET, Préfète de la région Bourgogne-Franche-Comté', 'STATE', 1),
	('5e1f7a3c-0d1b-4c2a-9f01-000000000002', '5e1f7a3c-0d1b-4c2a-9f00-000000002016', 'Pôle emploi (direction régionale Bourgogne-Franche-Comté)', 'Frédéric DANIEL, directeur régional', 'POLE_EMPLOI', 2),
	('5e1f7a3c-0d1b-4c2a-9f01-000000000003', '5e1f7a3c-0d1b-4c2a-9f00-000000002016', 'COORACE Bourgogne-Franche-Comté', 'Sylvie METTOT, présidente', 'IAE_NETWORK', 3),
	('5e1f7a3c-0d1b-4c2a-9f01-000000000004', '5e1f7a3c-0d1b-4c2a-9f00-000000002016', 'FNARS Bourgogne-Franche-Comté', 'Gilles PIERRE, président', 'IAE_NETWORK', 4),
	('5e1f7a3c-0d1b-4c2a-9f01-000000000005', '5e1f7a3c-0d1b-4c2a-9f00-000000002016', 'Chantier École Bourgogne-Franche-Comté', 'Vincent MOLINA, président', 'IAE_NETWORK', 5),
	('5e1f7a3c-0d1b-4c2a-9f01-000000000006', '5e1f7a3c-0d1b-4c2a-9f00-000000002016', 'Fédération des entreprises d''insertion Bourgogne-Franche-Comté', 'Matthieu GROSSET, président', 'IAE_NETWORK', 6),
	('5e1f7a3c-0d1b-4c2a-9f01-000000000007', '5e1f7a3c-0d1b-4c2a-9f00-000000002016', 'Comité National de liaison des Régies de Quartier (CNRLQ)', 'Karel TRAPP, correspondant régional', 'IAE_NETWORK', 7),
	('5e1f7a3c-0d1b-4c2a-9f01-000000000008', '5e1f7a3c-0d1b-4c2a-9f00-000000002016', 'Union Régionale des Associations Intermédiaires de Bourgogne-Franche-Comté', 'Jacques COREAU, président', 'IAE_NETWORK', 8);
