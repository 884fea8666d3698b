-- A membership names an organisation that exists in the table of its kind (issue 17, review of the fourth stop). The
-- contexts hold no foreign key across schemas, so this was only checked when signing in (structures' `toViewer`, which
-- still refuses such a membership: an organisation may go after its members). The database now refuses to write one:
-- an organisation kind and id together, and both absent only for a platform administrator (who belongs to none).
-- Like 0032, the migration stops rather than let an existing row break the rule: such a membership gives no access
-- today; an operator corrects or deletes it, then migrates again.
DO $$
DECLARE
  broken integer;
BEGIN
  SELECT count(*) INTO broken FROM identity.memberships m
   WHERE CASE
           WHEN m.organisation_kind IS NULL AND m.organisation_id IS NULL THEN m.role <> 'ADMIN'
           WHEN m.organisation_kind IS NULL OR m.organisation_id IS NULL THEN true
           WHEN m.organisation_kind = 'SIAE' THEN NOT EXISTS (SELECT 1 FROM structures.siaes o WHERE o.id = m.organisation_id)
           WHEN m.organisation_kind = 'AGENCY' THEN NOT EXISTS (SELECT 1 FROM structures.agencies o WHERE o.id = m.organisation_id)
           WHEN m.organisation_kind = 'PRESCRIBER_ORGANIZATION' THEN
             NOT EXISTS (SELECT 1 FROM structures.prescriber_organizations o WHERE o.id = m.organisation_id)
           WHEN m.organisation_kind = 'STATE_SERVICE' THEN
             NOT EXISTS (SELECT 1 FROM structures.state_services o WHERE o.id = m.organisation_id)
           ELSE NOT EXISTS (SELECT 1 FROM structures.steering_committees o WHERE o.id = m.organisation_id)
         END;
  IF broken > 0 THEN
    RAISE EXCEPTION '% membership(s) name no existing organisation of their kind (identity.memberships)', broken;
  END IF;
END
$$;
--> statement-breakpoint
-- SECURITY DEFINER: whoever may write a membership has it checked against every directory, without reading them.
CREATE FUNCTION identity.check_membership_organisation() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, structures AS $$
DECLARE
  found boolean;
BEGIN
  IF NEW.organisation_kind IS NULL AND NEW.organisation_id IS NULL THEN
    IF NEW.role = 'ADMIN' THEN
      RETURN NEW;
    END IF;
    RAISE EXCEPTION 'membership of user % has role % and no organisation', NEW.user_id, NEW.role
      USING ERRCODE = 'foreign_key_violation';
  END IF;
  IF NEW.organisation_kind IS NULL OR NEW.organisation_id IS NULL THEN
    RAISE EXCEPTION 'membership of user % names an organisation kind without an id, or an id without a kind', NEW.user_id
      USING ERRCODE = 'foreign_key_violation';
  END IF;
  found := CASE NEW.organisation_kind
    WHEN 'SIAE' THEN EXISTS (SELECT 1 FROM structures.siaes WHERE id = NEW.organisation_id)
    WHEN 'AGENCY' THEN EXISTS (SELECT 1 FROM structures.agencies WHERE id = NEW.organisation_id)
    WHEN 'PRESCRIBER_ORGANIZATION' THEN EXISTS (SELECT 1 FROM structures.prescriber_organizations WHERE id = NEW.organisation_id)
    WHEN 'STATE_SERVICE' THEN EXISTS (SELECT 1 FROM structures.state_services WHERE id = NEW.organisation_id)
    WHEN 'STEERING_COMMITTEE' THEN EXISTS (SELECT 1 FROM structures.steering_committees WHERE id = NEW.organisation_id)
  END;
  IF found IS NOT TRUE THEN
    RAISE EXCEPTION 'membership of user % names % %, which does not exist', NEW.user_id, NEW.organisation_kind, NEW.organisation_id
      USING ERRCODE = 'foreign_key_violation';
  END IF;
  RETURN NEW;
END
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION identity.check_membership_organisation() FROM PUBLIC;
--> statement-breakpoint
CREATE TRIGGER memberships_organisation_exists BEFORE INSERT OR UPDATE OF role, organisation_kind, organisation_id
  ON identity.memberships FOR EACH ROW EXECUTE FUNCTION identity.check_membership_organisation();
