-- A log of the events whose timeline item may have changed (the row, or its country, topic and actor links),
-- in commit order, written by triggers so that every writer (the app, npm run import, the sqlite3
-- shell) is seen. The timeline's item store (lib/data/item-store.ts) reads only the rows after the last
-- one it applied instead of reading every event again after each write. The epoch tells one database
-- from another (a reseed or a restore starts a new log).
CREATE TABLE "_policy_timeline_event_changes" (
    "seq" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "eventId" INTEGER NOT NULL
);
CREATE TABLE "_policy_timeline_log_epoch" (
    "id" INTEGER NOT NULL PRIMARY KEY CHECK ("id" = 1),
    "epoch" TEXT NOT NULL
);
INSERT INTO "_policy_timeline_log_epoch" ("id", "epoch") VALUES (1, lower(hex(randomblob(8))));

CREATE TRIGGER "note_event_insert" AFTER INSERT ON "Event" BEGIN
  INSERT INTO "_policy_timeline_event_changes" ("eventId") VALUES (NEW."id");
END;
CREATE TRIGGER "note_event_update" AFTER UPDATE ON "Event" BEGIN
  INSERT INTO "_policy_timeline_event_changes" ("eventId") VALUES (NEW."id");
END;
CREATE TRIGGER "note_event_delete" AFTER DELETE ON "Event" BEGIN
  INSERT INTO "_policy_timeline_event_changes" ("eventId") VALUES (OLD."id");
END;
CREATE TRIGGER "note_country_link_insert" AFTER INSERT ON "_CountryToEvent" BEGIN
  INSERT INTO "_policy_timeline_event_changes" ("eventId") VALUES (NEW."B");
END;
CREATE TRIGGER "note_country_link_delete" AFTER DELETE ON "_CountryToEvent" BEGIN
  INSERT INTO "_policy_timeline_event_changes" ("eventId") VALUES (OLD."B");
END;
CREATE TRIGGER "note_topic_link_insert" AFTER INSERT ON "_EventToTopic" BEGIN
  INSERT INTO "_policy_timeline_event_changes" ("eventId") VALUES (NEW."A");
END;
CREATE TRIGGER "note_topic_link_delete" AFTER DELETE ON "_EventToTopic" BEGIN
  INSERT INTO "_policy_timeline_event_changes" ("eventId") VALUES (OLD."A");
END;
CREATE TRIGGER "note_actor_link_insert" AFTER INSERT ON "_ActorToEvent" BEGIN
  INSERT INTO "_policy_timeline_event_changes" ("eventId") VALUES (NEW."B");
END;
CREATE TRIGGER "note_actor_link_delete" AFTER DELETE ON "_ActorToEvent" BEGIN
  INSERT INTO "_policy_timeline_event_changes" ("eventId") VALUES (OLD."B");
END;
