import { errorAnswer } from "@/lib/validation/answers";
import type { Answer } from "./types";

// What each refusal means, as lib/api/respond.ts and the handlers answer it: always JSON { error, issues? }.
const MEANINGS: Record<number, string> = {
  400: "Invalid or unknown query parameters (issues name each), or a body that is not JSON.",
  401: "Nobody signed in: send the session cookie or Authorization: Bearer <token>.",
  403: "The account's role is too low, or a cookie-carrying request did not come from this site (Origin / Sec-Fetch-Site check).",
  404: "Nothing has that slug or id.",
  409: "Conflict: the slug is taken, or the version sent is older than the stored one.",
  410: "The event was removed (deletedAt says when).",
  413: "The body is over 10 MB (or the article over the ingest limit).",
  415: "The body's Content-Type is not one this endpoint reads.",
  422: "The body breaks the schema or the provenance rules (every quote verbatim in its source): issues list each problem with its path; nothing was written.",
  429: "Too many searches from this client; Retry-After says when to try again.",
};

const EXAMPLES: Record<number, unknown> = {
  400: { error: "country must be ISO 3166-1 alpha-2 codes such as JP", issues: [{ parameter: "country", value: "JPN", message: "country must be ISO 3166-1 alpha-2 codes such as JP" }] },
  422: { error: "event.date.start: must be a real calendar date written YYYY-MM-DD", issues: [{ path: "event.date.start", message: "must be a real calendar date written YYYY-MM-DD" }] },
};

/** The error answers of an operation. */
export function errors(...statuses: number[]): Answer[] {
  return statuses.map((status) => ({ status, description: MEANINGS[status], schema: errorAnswer, example: EXAMPLES[status] }));
}
