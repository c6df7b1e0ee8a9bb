-- A plan version never changes, with one exception: anonymising a merchant's personal data (the dossier's
-- personal-data hook) empties what the advisor wrote for them in every version of their plan. The transaction that
-- anonymises says so with set_config('pignon.anonymising', 'on', true), which lasts until its end; deleting a version
-- stays refused, and so does changing a published catalogue (its trigger keeps plan_is_append_only).
CREATE FUNCTION plan_version_is_append_only() RETURNS trigger AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND current_setting('pignon.anonymising', true) = 'on' THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION 'a plan version never changes';
END;
$$ LANGUAGE plpgsql;

DROP TRIGGER plan_version_append_only ON plan_version;

CREATE TRIGGER plan_version_append_only BEFORE UPDATE OR DELETE ON plan_version
    FOR EACH ROW EXECUTE FUNCTION plan_version_is_append_only();
