import { z } from "zod";
import { ROLES } from "@/lib/auth/roles";
import { EVENT_CSV_HEADER } from "@/lib/export/csv";
import {
  auditAnswer,
  createdAnswer,
  deletedAnswer,
  importAnswer,
  ingestAnswer,
  publishAnswer,
  tokenCreatedAnswer,
  tokenListAnswer,
  tokenRevokedAnswer,
  userCreatedAnswer,
  userListAnswer,
  writeOutcomeAnswer,
} from "@/lib/validation/answers";
import { newTokenSchema, newUserSchema, roleChangeSchema } from "@/lib/validation/accounts";
import { ingestRequestSchema, publishRequestSchema } from "@/lib/validation/ingest";
import { eventWriteSchema, importBundleSchema, sourceWriteSchema, targetWriteSchema } from "@/lib/validation/write";
import { errors } from "./errors";
import { auditPagingParameters, idParameter, slugParameter, versionParameter } from "./parameters";
import seed from "./seed-answers.json";
import type { Operation } from "./types";

const event = seed.event.event;
const sourceSlug = seed.source.source.slug;
const candidate = seed.ingest.candidates[0];

const newEvent = {
  slug: "koizumi-strong-sdf-statement-example",
  title: "Koizumi: Japan will accelerate building a strong Self-Defense Force",
  summary: "Koizumi told the U.S. side that Japan will accelerate the building of a strong Self-Defense Force.",
  kind: "statement",
  status: "occurred",
  date: { start: "2025-10-29", end: "2025-10-29", precision: "day", label: "29 Oct 2025", timezone: "Asia/Tokyo" },
  countries: ["JP", "US"],
  topics: ["alliance"],
  actors: ["shinjiro-koizumi"],
  citations: [{ source: sourceSlug, quote: "Koizumi told the US that Japan will accelerate the building of a strong Self-Defense Force.", supports: "statement" }],
};

const newSource = {
  slug: "ministry-statement-example-2025-11-01",
  title: "Statement on the defense ministers' meeting",
  publisher: "Ministry of Defense",
  publishedAt: "2025-11-01",
  url: "https://example.org/statements/2025-11-01",
  text: "The ministers agreed to expand joint training in the southwestern region.",
};

const newTarget = {
  slug: "japan-joint-training-days-example",
  title: "Japan: more joint training days",
  subject: "Japan–U.S. joint training",
  metric: "Joint training days a year",
  unit: "days",
  holder: "government-of-japan",
  description: "An example target with one commitment.",
  revisions: [
    {
      kind: "commitment",
      value: 120,
      valueLabel: "120 days a year",
      deadline: { start: "2026-04-01", end: "2027-03-31", precision: "fiscal-year", label: "FY2026" },
      status: "planned",
      announcedBy: event.slug,
    },
  ],
};

const publishRequest = {
  source: seed.ingestRequest.source,
  events: [
    {
      title: candidate.title,
      summary: candidate.summary,
      kind: candidate.kind,
      status: candidate.status,
      date: candidate.date,
      countries: candidate.countries,
      actors: candidate.actors,
      topics: candidate.topics,
      citations: [{ quote: candidate.quote, start: candidate.start, end: candidate.end }],
    },
  ],
};

const counts = (events: number) => ({ sources: 0, events, targets: 0 });
const at = "2026-11-26T09:30:00.000Z";
const tokenSummary = { id: 1, name: "laptop", prefix: "pt_Xq3vT9", createdAt: at, lastUsedAt: null, revokedAt: null };
const userSummary = { id: "u8f2kq1c0a", name: "Ana", email: "ana@example.org", role: "editor", createdAt: at };

export const WRITE_OPERATIONS: Operation[] = [
  {
    method: "post",
    path: "/api/events",
    tag: "Editing",
    summary: "Create an event",
    description: "Every citation's quote must be found verbatim in its stored source (give start/end, or occurrence for a repeated quote).",
    access: "editor",
    parameters: [],
    body: { schema: eventWriteSchema, example: newEvent },
    answers: [{ status: 201, description: "Created; Location is its permalink.", schema: createdAnswer, example: { slug: newEvent.slug, url: `/events/${newEvent.slug}` } }, ...errors(400, 401, 403, 409, 413, 422)],
    example: "/api/events",
  },
  {
    method: "put",
    path: "/api/events/{slug}",
    tag: "Editing",
    summary: "Replace an event",
    description: "Send what GET /api/events/{slug} answered, edited, with its `version`: a save over a newer version is refused with 409. A new `slug` renames the event (the old one redirects).",
    access: "editor",
    parameters: [slugParameter("event")],
    body: { schema: eventWriteSchema, example: { ...event, version: seed.event.version } },
    answers: [{ status: 200, description: "Saved.", schema: writeOutcomeAnswer, example: { outcome: "updated", slug: event.slug, url: event.url } }, ...errors(400, 401, 403, 404, 409, 413, 422)],
    example: `/api/events/${event.slug}`,
  },
  {
    method: "delete",
    path: "/api/events/{slug}",
    tag: "Editing",
    summary: "Remove an event",
    description: "A soft delete: the permalink then answers 410, and the history keeps every version.",
    access: "editor",
    parameters: [slugParameter("event"), versionParameter("Refuse (409) if the event has changed since this version.")],
    answers: [{ status: 200, description: "Removed.", schema: deletedAnswer, example: { deleted: event.slug } }, ...errors(401, 403, 404, 409, 422)],
    example: `/api/events/${event.slug}?version=1`,
  },
  {
    method: "post",
    path: "/api/sources",
    tag: "Editing",
    summary: "Add a source",
    description: "Its text is stored exactly as sent: citations' offsets index it.",
    access: "editor",
    parameters: [],
    body: { schema: sourceWriteSchema, example: newSource },
    answers: [{ status: 201, description: "Created.", schema: createdAnswer, example: { slug: newSource.slug, url: `/sources/${newSource.slug}` } }, ...errors(400, 401, 403, 409, 413, 422)],
    example: "/api/sources",
  },
  {
    method: "put",
    path: "/api/sources/{slug}",
    tag: "Editing",
    summary: "Replace a source's metadata or text",
    description: "A new text must still hold every quote that cites it; the slug cannot change.",
    access: "editor",
    parameters: [slugParameter("source")],
    body: { schema: sourceWriteSchema, example: { ...newSource, version: 1 } },
    answers: [{ status: 200, description: "Saved.", schema: writeOutcomeAnswer, example: { outcome: "updated", slug: newSource.slug } }, ...errors(400, 401, 403, 404, 409, 413, 422)],
    example: `/api/sources/${newSource.slug}`,
  },
  {
    method: "post",
    path: "/api/targets",
    tag: "Editing",
    summary: "Add a target with its revisions",
    description: "Each revision names the event that announced it.",
    access: "editor",
    parameters: [],
    body: { schema: targetWriteSchema, example: newTarget },
    answers: [{ status: 201, description: "Created.", schema: createdAnswer, example: { slug: newTarget.slug, url: `/targets/${newTarget.slug}` } }, ...errors(400, 401, 403, 409, 413, 422)],
    example: "/api/targets",
  },
  {
    method: "put",
    path: "/api/targets/{slug}",
    tag: "Editing",
    summary: "Replace a target and its revisions",
    description: "Send every revision, e.g. the stored ones plus a new one with a new deadline; `version` guards against overwriting.",
    access: "editor",
    parameters: [slugParameter("target")],
    body: { schema: targetWriteSchema, example: { ...newTarget, version: 1 } },
    answers: [{ status: 200, description: "Saved.", schema: writeOutcomeAnswer, example: { outcome: "updated", slug: newTarget.slug } }, ...errors(400, 401, 403, 404, 409, 413, 422)],
    example: `/api/targets/${newTarget.slug}`,
  },
  {
    method: "post",
    path: "/api/import",
    tag: "Editing",
    summary: "Import sources, events and targets, all or nothing",
    description: `Upserts by slug. JSON in the shape of this body, or CSV (Content-Type: text/csv) in the columns of the events download: ${EVENT_CSV_HEADER.join(", ")}.`,
    access: "editor",
    parameters: [{ name: "dryRun", in: "query", description: "1 or true: validate and report, write nothing.", schema: { type: "string", enum: ["1", "true"] }, example: "1" }],
    body: { schema: importBundleSchema, example: { events: [newEvent] }, alsoCsv: true },
    answers: [
      { status: 200, description: "What was (or would be) created, updated and left unchanged.", schema: importAnswer, example: { dryRun: true, created: counts(1), updated: counts(0), unchanged: counts(0) } },
      ...errors(400, 401, 403, 413, 415, 422),
    ],
    example: "/api/import?dryRun=1",
  },
  {
    method: "post",
    path: "/api/ingest",
    tag: "Editing",
    summary: "Read an article and propose the events it reports",
    description: "Writes nothing. Each candidate has its quote and offsets into `text` (the stored form of the article), a date with precision and label, why it was proposed, and stored events it may duplicate.",
    access: "editor",
    parameters: [],
    body: { schema: ingestRequestSchema, example: seed.ingestRequest },
    answers: [{ status: 200, description: "The candidates.", schema: ingestAnswer, example: seed.ingest }, ...errors(400, 401, 403, 413, 422)],
    example: "/api/ingest",
  },
  {
    method: "post",
    path: "/api/ingest/publish",
    tag: "Editing",
    summary: "Publish a reviewed article: its source and the accepted events",
    access: "editor",
    parameters: [],
    body: { schema: publishRequestSchema, example: publishRequest },
    answers: [
      {
        status: 201,
        description: "Published; Location is the source's page.",
        schema: publishAnswer,
        example: { source: { slug: "we2news-japan-us-defense-ministers-meeting", url: "/sources/we2news-japan-us-defense-ministers-meeting" }, events: [{ slug: "japan-moves-2-percent-target-to-fy2025-2", title: candidate.title, url: "/events/japan-moves-2-percent-target-to-fy2025-2" }], targets: [] },
      },
      ...errors(400, 401, 403, 413, 422),
    ],
    example: "/api/ingest/publish",
  },
  {
    method: "get",
    path: "/api/audit",
    tag: "Accounts",
    summary: "Every write, newest first",
    access: "admin",
    parameters: auditPagingParameters,
    answers: [{ status: 200, description: "A page of the audit log.", schema: auditAnswer, example: seed.audit }, ...errors(400, 401, 403)],
    example: "/api/audit?limit=1",
  },
  {
    method: "get",
    path: "/api/tokens",
    tag: "Accounts",
    summary: "Your API tokens (never their values)",
    access: "reader",
    parameters: [],
    answers: [{ status: 200, description: "The tokens, newest first.", schema: tokenListAnswer, example: { tokens: [tokenSummary] } }, ...errors(401)],
    example: "/api/tokens",
  },
  {
    method: "post",
    path: "/api/tokens",
    tag: "Accounts",
    summary: "Make a personal API token",
    description: "Its value is answered this once. Only a signed-in session (the account page) can make one, not another token.",
    access: "reader",
    sessionOnly: true,
    parameters: [],
    body: { schema: newTokenSchema, example: { name: "laptop" } },
    answers: [{ status: 201, description: "The token.", schema: tokenCreatedAnswer, example: { token: "pt_Xq3vT9…", ...tokenSummary } }, ...errors(400, 401, 403, 422)],
    example: "/api/tokens",
  },
  {
    method: "delete",
    path: "/api/tokens/{id}",
    tag: "Accounts",
    summary: "Revoke one of your tokens",
    access: "reader",
    parameters: [idParameter("token", { type: "string", pattern: "^\\d+$" })],
    answers: [{ status: 200, description: "Revoked.", schema: tokenRevokedAnswer, example: { revoked: 1 } }, ...errors(401, 403, 404)],
    example: "/api/tokens/1",
  },
  {
    method: "get",
    path: "/api/users",
    tag: "Accounts",
    summary: "Every account",
    access: "admin",
    parameters: [],
    answers: [{ status: 200, description: "The accounts.", schema: userListAnswer, example: { users: [userSummary] } }, ...errors(401, 403)],
    example: "/api/users",
  },
  {
    method: "post",
    path: "/api/users",
    tag: "Accounts",
    summary: "Create an account with a role",
    access: "admin",
    parameters: [],
    body: { schema: newUserSchema, example: { email: userSummary.email, password: "a long passphrase", name: userSummary.name, role: "editor" } },
    answers: [{ status: 201, description: "Created.", schema: userCreatedAnswer, example: { user: userSummary } }, ...errors(400, 401, 403, 409, 422)],
    example: "/api/users",
  },
  {
    method: "patch",
    path: "/api/users/{id}",
    tag: "Accounts",
    summary: "Change an account's role (audited)",
    access: "admin",
    parameters: [idParameter("account", { type: "string" })],
    body: { schema: roleChangeSchema, example: { role: "admin" } },
    answers: [{ status: 200, description: "Changed.", schema: z.strictObject({ role: z.enum(ROLES) }), example: { role: "admin" } }, ...errors(400, 401, 403, 404, 422)],
    example: `/api/users/${userSummary.id}`,
  },
];
