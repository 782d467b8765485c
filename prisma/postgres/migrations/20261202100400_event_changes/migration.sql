-- A log of the events whose timeline item may have changed (the row, or its country, topic and actor links),
-- written by statement-level triggers so that every writer is seen. The timeline's item store
-- (lib/data/item-store.ts) reads only the rows after the last one it applied.
--
-- Commit order: these triggers are named after "bump_data_version_*" and so fire after it, and that
-- trigger's row update holds the version row's lock until the transaction ends. So every sequence
-- number here is drawn while its transaction holds that lock: numbers are taken in commit order, and a
-- reader that has seen number n has seen every committed number below it. (A rolled-back
-- transaction leaves a gap, which is harmless.) The epoch tells one database from another.
CREATE TABLE "_policy_timeline_event_changes" (
    "seq" BIGSERIAL PRIMARY KEY,
    "eventId" INTEGER NOT NULL
);
CREATE TABLE "_policy_timeline_log_epoch" (
    "id" INTEGER PRIMARY KEY CHECK ("id" = 1),
    "epoch" TEXT NOT NULL
);
INSERT INTO "_policy_timeline_log_epoch" ("id", "epoch") VALUES (1, md5(random()::text || clock_timestamp()::text));

-- One function for every table: the event id column and the transition table come as arguments.
CREATE FUNCTION "policy_timeline_note_event_changes"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  EXECUTE format('INSERT INTO "_policy_timeline_event_changes" ("eventId") SELECT DISTINCT %I FROM %I', TG_ARGV[0], TG_ARGV[1]);
  RETURN NULL;
END
$$;

CREATE TRIGGER "note_event_changes_insert" AFTER INSERT ON "Event" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "policy_timeline_note_event_changes"('id', 'new_rows');
CREATE TRIGGER "note_event_changes_update" AFTER UPDATE ON "Event" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "policy_timeline_note_event_changes"('id', 'new_rows');
CREATE TRIGGER "note_event_changes_delete" AFTER DELETE ON "Event" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "policy_timeline_note_event_changes"('id', 'old_rows');
CREATE TRIGGER "note_event_changes_insert" AFTER INSERT ON "_CountryToEvent" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "policy_timeline_note_event_changes"('B', 'new_rows');
CREATE TRIGGER "note_event_changes_delete" AFTER DELETE ON "_CountryToEvent" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "policy_timeline_note_event_changes"('B', 'old_rows');
CREATE TRIGGER "note_event_changes_insert" AFTER INSERT ON "_EventToTopic" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "policy_timeline_note_event_changes"('A', 'new_rows');
CREATE TRIGGER "note_event_changes_delete" AFTER DELETE ON "_EventToTopic" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "policy_timeline_note_event_changes"('A', 'old_rows');
CREATE TRIGGER "note_event_changes_insert" AFTER INSERT ON "_ActorToEvent" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "policy_timeline_note_event_changes"('B', 'new_rows');
CREATE TRIGGER "note_event_changes_delete" AFTER DELETE ON "_ActorToEvent" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "policy_timeline_note_event_changes"('B', 'old_rows');
