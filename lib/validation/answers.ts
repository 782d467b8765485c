import { z } from "zod";
import { PRECISIONS } from "@/lib/dates/precision";
import { calendarDateSchema } from "./calendar";
import { ACTOR_KINDS, CITATION_SUPPORTS, COUNTRY_CODE, EVENT_KINDS, EVENT_STATUSES, REVISION_KINDS, SLUG } from "./vocabulary";

// The JSON the API answers, as zod schemas: the OpenAPI document (lib/openapi) is generated from them,
// and the tests parse real answers with them. Strict objects, so a field the API starts sending without
// documenting it fails the tests instead of going unnoticed.

const slug = z.string().regex(SLUG);
const sitePath = z.string().regex(/^\//).meta({ description: "A path on this site; prefix the site's origin for a link." });
const timestamp = z.iso.datetime().meta({ description: "An instant, ISO 8601 in UTC." });

export const errorAnswer = z
  .strictObject({
    error: z.string().meta({ description: "What went wrong, in a sentence." }),
    issues: z
      .array(
        z.union([
          z.strictObject({ parameter: z.string(), value: z.string(), message: z.string() }).meta({ title: "Parameter issue" }),
          z.strictObject({ path: z.string().meta({ description: "e.g. event.date.start or events[3].citations[0].quote" }), message: z.string() }).meta({ title: "Body issue" }),
        ]),
      )
      .optional()
      .meta({ description: "Every problem found: query parameters (400) or body fields (422)." }),
    deletedAt: timestamp.optional().meta({ description: "Only on a 410: when the event was removed." }),
  })
  .meta({ id: "Error" });

export const eventDateAnswer = z
  .strictObject({
    start: calendarDateSchema,
    end: calendarDateSchema,
    precision: z.enum(PRECISIONS),
    label: z.string().meta({ description: "The date as the sources state it, e.g. FY2025 or by end of 2026." }),
    timezone: z.string().optional().meta({ description: "IANA zone the date is reckoned in, when known." }),
    note: z.string().optional(),
    announced: calendarDateSchema.optional().meta({ description: "When it was announced, if before it takes effect." }),
  })
  .meta({ id: "EventDate", description: "Calendar dates (never instants): start and end inclusive, with their precision." });

export const sourceRefAnswer = z
  .strictObject({ slug, title: z.string(), publisher: z.string(), author: z.string().optional(), publishedAt: z.string().meta({ description: "As printed." }), url: z.url().optional() })
  .meta({ id: "SourceRef" });

export const citationAnswer = z
  .strictObject({
    quote: z.string().meta({ description: "Verbatim text of the source." }),
    start: z.int().min(0).meta({ description: "UTF-16 offset of the quote in the source's text." }),
    end: z.int().min(0),
    supports: z.enum(CITATION_SUPPORTS),
    source: sourceRefAnswer,
  })
  .meta({ id: "Citation" });

export const eventAnswer = z
  .strictObject({
    slug,
    title: z.string(),
    summary: z.string(),
    kind: z.enum(EVENT_KINDS),
    status: z.enum(EVENT_STATUSES),
    date: eventDateAnswer,
    countries: z.array(z.strictObject({ code: z.string().regex(COUNTRY_CODE), name: z.string() })),
    topics: z.array(z.strictObject({ slug, name: z.string() })),
    actors: z.array(z.strictObject({ slug, name: z.string(), role: z.string().optional(), aliases: z.array(z.string()) })),
    citations: z.array(citationAnswer),
    targets: z
      .array(z.strictObject({ slug, title: z.string(), revision: z.int().min(0), role: z.enum(["announces", "deadline"]) }))
      .optional()
      .meta({ description: 'The target revisions this event announced ("announces") or is the deadline of ("deadline"); with asOf, only revisions reported by then.' }),
    url: sitePath,
  })
  .meta({ id: "Event" });

export const snippetPartAnswer = z.strictObject({ text: z.string(), match: z.literal(true).optional() });

export const eventPageAnswer = z.strictObject({
  events: z.array(eventAnswer.extend({ snippet: z.array(snippetPartAnswer).optional().meta({ description: "With q: the matched text, matches marked." }) })),
  total: z.int().min(0).meta({ description: "How many events match, on every page." }),
  nextCursor: z.string().nullable().meta({ description: "Pass as cursor for the next page; null on the last." }),
});

export const eventAnswerWithVersion = z.strictObject({ event: eventAnswer, version: z.int().min(1).meta({ description: "Send it back when saving (PUT) to guard against overwriting." }) });

export const sourceAnswer = z.strictObject({
  source: sourceRefAnswer.extend({
    section: z.string().optional(),
    publishedDate: calendarDateSchema,
    retrievedAt: calendarDateSchema,
    language: z.string(),
    text: z.string().meta({ description: "The full text exactly as published; citation offsets index it." }),
    editorialNote: z.string().optional(),
  }),
  citations: z.array(citationAnswer.omit({ source: true }).extend({ event: z.strictObject({ slug, title: z.string() }) })),
});

const partyAnswer = z.strictObject({ slug, name: z.string() });

export const targetAnswer = z
  .strictObject({
    slug,
    title: z.string(),
    subject: z.string(),
    metric: z.string(),
    unit: z.string(),
    holder: partyAnswer,
    description: z.string(),
    url: sitePath,
    revisions: z.array(
      z.strictObject({
        position: z.int().min(0),
        kind: z.enum(REVISION_KINDS),
        proposedBy: partyAnswer.nullable(),
        value: z.number(),
        valueLabel: z.string(),
        deadline: z.strictObject({ start: calendarDateSchema, end: calendarDateSchema, precision: z.enum(PRECISIONS), label: z.string() }).nullable(),
        status: z.enum(EVENT_STATUSES),
        supersedes: z.int().min(0).nullable().meta({ description: "Position of the revision this one replaced." }),
        announcedBy: z.strictObject({ slug, title: z.string(), dateLabel: z.string(), announcedDate: calendarDateSchema.nullable(), url: sitePath }),
        deadlineEvent: z.strictObject({ slug, title: z.string(), url: sitePath }).nullable().meta({ description: "The event of kind deadline that is this revision's deadline, when one is recorded." }),
        citations: z.array(citationAnswer),
      }),
    ),
    asOf: calendarDateSchema.nullable().meta({ description: "The asOf asked for; null: as known today." }),
    inForce: z.int().min(0).nullable().meta({ description: "Position of the commitment in force on asOf (or today)." }),
  })
  .meta({ id: "Target", description: "A commitment and its revisions, oldest first." });

export const timelineAnswer = z.strictObject({
  items: z
    .array(
      z.tuple([
        slug.meta({ title: "slug" }),
        z.string().meta({ title: "title" }),
        z.string().meta({ title: "date label" }),
        z.int().meta({ title: "start day", description: "Days since 1970-01-01" }),
        z.int().meta({ title: "end day" }),
        z.int().min(0).max(PRECISIONS.length - 1).meta({ title: "precision", description: `Index into ${PRECISIONS.join(", ")}` }),
        z.int().min(0).max(EVENT_STATUSES.length - 1).meta({ title: "status", description: `Index into ${EVENT_STATUSES.join(", ")}` }),
        z.int().min(0).max(EVENT_KINDS.length - 1).meta({ title: "kind", description: `Index into ${EVENT_KINDS.join(", ")}` }),
        z.string().meta({ title: "countries", description: "Comma-separated ISO codes" }),
        z.string().meta({ title: "topics", description: "Comma-separated topic slugs" }),
      ]),
    )
    .meta({ description: "One tuple per event, in time order (the interactive timeline's compact form)." }),
});

const fieldChange = z.strictObject({ field: z.string(), before: z.unknown(), after: z.unknown() });
const historyEntry = z.strictObject({
  version: z.int().min(1),
  at: timestamp,
  actor: z.strictObject({ name: z.string() }),
  action: z.enum(["create", "update", "delete"]),
  changes: z.array(fieldChange),
});

export const historyAnswer = z.union([
  z.strictObject({ history: z.array(historyEntry) }).meta({ title: "Every write" }),
  z.strictObject({ entry: historyEntry, snapshot: z.record(z.string(), z.unknown()).nullable().meta({ description: "The event as it stood after that write; null after a delete." }) }).meta({ title: "With version" }),
]);

export const auditAnswer = z.strictObject({
  entries: z.array(historyEntry.omit({ version: true }).extend({ id: z.int().min(1), entity: z.string(), slug: z.string() })),
  nextCursor: z.string().nullable(),
});

export const writeOutcomeAnswer = z.strictObject({ outcome: z.enum(["created", "updated", "unchanged"]), slug, url: sitePath.optional() });
export const createdAnswer = z.strictObject({ slug, url: sitePath });
export const deletedAnswer = z.strictObject({ deleted: slug });

const counts = z.strictObject({ sources: z.int().min(0), events: z.int().min(0), targets: z.int().min(0) });
export const importAnswer = z.strictObject({ dryRun: z.boolean(), created: counts, updated: counts, unchanged: counts });

export const publishAnswer = z.strictObject({
  source: z.strictObject({ slug, url: sitePath }),
  events: z.array(z.strictObject({ slug, title: z.string(), url: sitePath })),
  targets: z.array(slug),
});

const dateAnswer = z.looseObject({ start: calendarDateSchema, end: calendarDateSchema, precision: z.enum(PRECISIONS), label: z.string() });
const passageAnswer = z.looseObject({ quote: z.string(), start: z.int().min(0), end: z.int().min(0) });

export const ingestAnswer = z.strictObject({
  text: z.string().meta({ description: "The article as it would be stored; every offset indexes it." }),
  candidates: z.array(
    z.looseObject({
      id: z.string(),
      title: z.string(),
      summary: z.string(),
      kind: z.enum(EVENT_KINDS),
      status: z.enum(EVENT_STATUSES),
      date: dateAnswer,
      countries: z.array(z.string()),
      actors: z.array(z.looseObject({ name: z.string(), slug: slug.optional(), kind: z.enum(ACTOR_KINDS).optional() })),
      topics: z.array(slug),
      confidence: z.number().min(0).max(1),
      reasons: z.array(z.string()).meta({ description: "Why the candidate was proposed, in sentences." }),
      support: z.array(passageAnswer).meta({ description: "Further sentences about the same occasion: more citations." }),
      duplicates: z.array(z.looseObject({ slug, title: z.string() })),
      ...passageAnswer.shape,
    }),
  ),
  targets: z.array(z.looseObject({ slug, title: z.string() })),
  topics: z.array(z.looseObject({ slug, name: z.string() })),
});

const tokenSummary = z.strictObject({ id: z.int().min(1), name: z.string(), prefix: z.string(), createdAt: timestamp, lastUsedAt: timestamp.nullable(), revokedAt: timestamp.nullable() });
export const tokenListAnswer = z.strictObject({ tokens: z.array(tokenSummary) });
export const tokenCreatedAnswer = tokenSummary.extend({ token: z.string().regex(/^pt_/).meta({ description: "The token itself, shown only this once." }) });
export const tokenRevokedAnswer = z.strictObject({ revoked: z.int().min(1) });

const userSummary = z.strictObject({ id: z.string(), name: z.string(), email: z.email(), role: z.string(), createdAt: timestamp });
export const userListAnswer = z.strictObject({ users: z.array(userSummary) });
export const userCreatedAnswer = z.strictObject({ user: userSummary });

// better-auth's own answers (app/api/auth/[...all]): only the fields this app relies on are described.
const authUser = z.looseObject({ id: z.string(), email: z.email(), name: z.string(), role: z.string().nullish() });
export const signInAnswer = z.looseObject({ redirect: z.boolean(), token: z.string(), user: authUser });
export const sessionAnswer = z.looseObject({ session: z.looseObject({ expiresAt: z.string() }), user: authUser }).nullable();
export const signOutAnswer = z.looseObject({ success: z.boolean() });

export const openApiAnswer = z.looseObject({ openapi: z.string().regex(/^3\.1\./), info: z.looseObject({ title: z.string(), version: z.string() }), paths: z.record(z.string(), z.unknown()) });
