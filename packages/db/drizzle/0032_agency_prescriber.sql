-- Pôle emploi as prescripteur (issue 18 §2; seed 004: Pôle emploi "endosse à la fois les rôles d'orienteur, de
-- prescripteur et d'organisme d'agrémentation"; annexe 4 §3: Pôle emploi is a prescripteur de droit). Each agence is
-- also a prescripteur of kind POLE_EMPLOI in the directory, under the same id: the people, diagnoses and prescriptions
-- its agents write carry that id as their organisation, so the row-level security that keeps them to their author
-- holds as it is, the parcours resolves the prescripteur like any other, the SIAE orient people towards their agence,
-- and fiche 4's "candidats orientés par Pôle emploi" counts its prescriptions (prescriber kind POLE_EMPLOI).
-- An agence whose id is already another prescripteur's (a Mission locale's…) would act as that prescripteur and read
-- its rows: the migration stops rather than let it.
DO $$
BEGIN
  IF EXISTS (SELECT 1 FROM structures.agencies a JOIN structures.prescriber_organizations o ON o.id = a.id
              WHERE o.kind <> 'POLE_EMPLOI') THEN
    RAISE EXCEPTION 'an agence carries the id of a prescripteur of another kind';
  END IF;
END
$$;
--> statement-breakpoint
INSERT INTO structures.prescriber_organizations (id, name, kind, departement_code, city)
  SELECT id, name, 'POLE_EMPLOI', departement_code, city FROM structures.agencies
  ON CONFLICT (id) DO NOTHING;
--> statement-breakpoint
-- Kept in step with the agences: a new agence gets its prescripteur face, a renamed or moved one carries it along.
-- SECURITY DEFINER: whoever may write an agence keeps its face right, without writing the directory of prescripteurs.
CREATE FUNCTION structures.agency_as_prescriber() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, structures AS $$
BEGIN
  -- Update-or-insert without ON CONFLICT: it holds while a bulk load has set the primary keys aside (@navette/datagen).
  UPDATE structures.prescriber_organizations
     SET name = NEW.name, departement_code = NEW.departement_code, city = NEW.city
   WHERE id = NEW.id AND kind = 'POLE_EMPLOI';
  IF NOT FOUND THEN
    -- The id of another kind of prescripteur: the agence would act as it (its people, diagnoses, prescriptions).
    IF EXISTS (SELECT 1 FROM structures.prescriber_organizations WHERE id = NEW.id) THEN
      RAISE EXCEPTION 'agence % carries the id of a prescripteur of another kind', NEW.id;
    END IF;
    INSERT INTO structures.prescriber_organizations (id, name, kind, departement_code, city)
      VALUES (NEW.id, NEW.name, 'POLE_EMPLOI', NEW.departement_code, NEW.city);
  END IF;
  RETURN NEW;
END
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION structures.agency_as_prescriber() FROM PUBLIC;
--> statement-breakpoint
CREATE TRIGGER agencies_as_prescribers AFTER INSERT OR UPDATE OF name, departement_code, city ON structures.agencies
  FOR EACH ROW EXECUTE FUNCTION structures.agency_as_prescriber();
