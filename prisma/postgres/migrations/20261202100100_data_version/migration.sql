-- One row whose version moves with every statement that changes the corpus, whichever process or tool
-- (the app, npm run import, psql, a restore) makes it: the read caches and ETags of every app instance
-- compare against it. Statement-level triggers cost one row update per statement, not per row.
CREATE TABLE "_policy_timeline_data_version" (
    "id" INTEGER PRIMARY KEY CHECK ("id" = 1),
    "version" BIGINT NOT NULL
);
INSERT INTO "_policy_timeline_data_version" ("id", "version") VALUES (1, 0);

CREATE FUNCTION "policy_timeline_bump_data_version"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "_policy_timeline_data_version" SET "version" = "version" + 1 WHERE "id" = 1;
  RETURN NULL;
END
$$;

DO $$
DECLARE
  t TEXT;
BEGIN
  FOREACH t IN ARRAY ARRAY['Source', 'Event', 'Citation', 'Country', 'Topic', 'Actor', 'ActorAlias', 'Target', 'TargetRevision', 'EventSlugRedirect', '_CountryToEvent', '_EventToTopic', '_ActorToEvent'] LOOP
    EXECUTE format('CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE ON %I FOR EACH STATEMENT EXECUTE FUNCTION "policy_timeline_bump_data_version"()', 'bump_data_version_' || t, t);
    EXECUTE format('CREATE TRIGGER %I AFTER TRUNCATE ON %I FOR EACH STATEMENT EXECUTE FUNCTION "policy_timeline_bump_data_version"()', 'bump_data_version_truncate_' || t, t);
  END LOOP;
END
$$;
