-- Full-text search: one row per live event with its weighted tsvector (title A, actor names and
-- aliases, countries and topics B, summary C, quotes D), kept in step by the write path
-- (lib/data/engine-sql.ts refreshSearch). The configuration folds accents (unaccent) before English
-- stemming, so "Hergesz" finds "Hergész" and "spend" finds "spending".
CREATE EXTENSION IF NOT EXISTS unaccent;

CREATE TEXT SEARCH CONFIGURATION policy_search (COPY = pg_catalog.english);
ALTER TEXT SEARCH CONFIGURATION policy_search ALTER MAPPING FOR hword, hword_part, word WITH unaccent, english_stem;

CREATE TABLE "EventSearch" (
  "eventId" INTEGER PRIMARY KEY REFERENCES "Event" ("id") ON DELETE CASCADE,
  "title" TEXT NOT NULL,
  "names" TEXT NOT NULL,
  "summary" TEXT NOT NULL,
  "quotes" TEXT NOT NULL,
  "document" tsvector NOT NULL
);
CREATE INDEX "EventSearch_document_idx" ON "EventSearch" USING GIN ("document");

INSERT INTO "EventSearch" ("eventId", "title", "names", "summary", "quotes", "document")
SELECT d."id", d."title", d."names", d."summary", d."quotes",
  setweight(to_tsvector('policy_search', d."title"), 'A') || setweight(to_tsvector('policy_search', d."names"), 'B')
    || setweight(to_tsvector('policy_search', d."summary"), 'C') || setweight(to_tsvector('policy_search', d."quotes"), 'D')
FROM (
  SELECT e."id", e."title", e."summary",
    concat_ws(' · ',
      (SELECT string_agg(a."name" || coalesce(' ' || (SELECT string_agg(al."alias", ' ') FROM "ActorAlias" al WHERE al."actorId" = a."id"), ''), ' · ')
         FROM "_ActorToEvent" l JOIN "Actor" a ON a."id" = l."A" WHERE l."B" = e."id"),
      (SELECT string_agg(c."name", ' · ') FROM "_CountryToEvent" l JOIN "Country" c ON c."code" = l."A" WHERE l."B" = e."id"),
      (SELECT string_agg(t."name", ' · ') FROM "_EventToTopic" l JOIN "Topic" t ON t."id" = l."B" WHERE l."A" = e."id")) AS "names",
    coalesce((SELECT string_agg(ci."quote", ' … ' ORDER BY ci."position") FROM "Citation" ci WHERE ci."eventId" = e."id"), '') AS "quotes"
  FROM "Event" e WHERE e."deletedAt" IS NULL
) d;
