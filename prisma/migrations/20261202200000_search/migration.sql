-- Full-text search: one FTS5 row per live event (rowid = Event.id), kept in step by the write path
-- (lib/data/engine-sql.ts refreshSearch). Porter stemming finds word forms ("spend" → "spending"),
-- remove_diacritics folds accents ("Hergesz" → "Hergész"). Not in schema.prisma: Prisma cannot
-- describe a virtual table, and only the raw queries in engine-sql.ts touch it.
CREATE VIRTUAL TABLE "EventSearch" USING fts5("title", "names", "summary", "quotes", tokenize = 'porter unicode61 remove_diacritics 2');

INSERT INTO "EventSearch" (rowid, "title", "names", "summary", "quotes")
SELECT e."id", e."title",
  concat_ws(' · ',
    (SELECT group_concat(a."name" || coalesce(' ' || (SELECT group_concat(al."alias", ' ') FROM "ActorAlias" al WHERE al."actorId" = a."id"), ''), ' · ')
       FROM "_ActorToEvent" l JOIN "Actor" a ON a."id" = l."A" WHERE l."B" = e."id"),
    (SELECT group_concat(c."name", ' · ') FROM "_CountryToEvent" l JOIN "Country" c ON c."code" = l."A" WHERE l."B" = e."id"),
    (SELECT group_concat(t."name", ' · ') FROM "_EventToTopic" l JOIN "Topic" t ON t."id" = l."B" WHERE l."A" = e."id")),
  e."summary",
  coalesce((SELECT group_concat(ci."quote", ' … ') FROM (SELECT "quote" FROM "Citation" WHERE "eventId" = e."id" ORDER BY "position") ci), '')
FROM "Event" e WHERE e."deletedAt" IS NULL;
