import { isCalendarDate } from "@/lib/dates/calendar-date";
import { SLUG } from "@/lib/validation/vocabulary";
import type { ParameterIssue } from "./filters";

export const DEFAULT_PAGE_SIZE = 500;
export const MAX_PAGE_SIZE = 1000;

/** Where a page of events in time order (start, end, slug) left off: the last event it held. */
export interface TimeCursor {
  start: string;
  end: string;
  slug: string;
}

/** Where a page of search hits (best first) left off: the last hit's place and id. */
export interface RankCursor {
  position: number;
  id: number;
}

export type PageCursor = TimeCursor | RankCursor;

export const isRankCursor = (cursor: PageCursor): cursor is RankCursor => "position" in cursor;

const RANK = "rank";

/** An opaque token for the URL: base64url of the three keys. */
export function encodeCursor(cursor: PageCursor): string {
  const keys = isRankCursor(cursor) ? [RANK, cursor.position, cursor.id] : [cursor.start, cursor.end, cursor.slug];
  // Dates, slugs and integers: ASCII JSON, so btoa needs no byte encoding (and the browser bundle no Buffer polyfill).
  return btoa(JSON.stringify(keys)).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

export function decodeCursor(token: string): PageCursor | null {
  if (!/^[A-Za-z0-9_-]{1,400}$/.test(token)) return null;
  try {
    const value: unknown = JSON.parse(atob(token.replace(/-/g, "+").replace(/_/g, "/")));
    if (!Array.isArray(value) || value.length !== 3) return null;
    const [start, end, slug] = value;
    if (start === RANK) return Number.isSafeInteger(end) && end >= 0 && Number.isSafeInteger(slug) && slug > 0 ? { position: end, id: slug } : null;
    if (typeof start !== "string" || typeof end !== "string" || typeof slug !== "string") return null;
    return isCalendarDate(start) && isCalendarDate(end) && SLUG.test(slug) ? { start, end, slug } : null;
  } catch {
    return null;
  }
}

/** `limit` (1–1,000, default 500) and `cursor` from a query, every problem as an issue. */
export function parsePaging(params: URLSearchParams): { limit: number; cursor?: PageCursor; issues: ParameterIssue[] } {
  const issues: ParameterIssue[] = [];
  let limit = DEFAULT_PAGE_SIZE;
  const rawLimit = params.get("limit");
  if (rawLimit !== null) {
    const n = Number(rawLimit);
    if (/^\d+$/.test(rawLimit) && n >= 1 && n <= MAX_PAGE_SIZE) limit = n;
    else issues.push({ parameter: "limit", value: rawLimit, message: `limit must be a whole number from 1 to ${MAX_PAGE_SIZE}` });
  }
  const rawCursor = params.get("cursor");
  let cursor: PageCursor | undefined;
  if (rawCursor !== null) {
    cursor = decodeCursor(rawCursor) ?? undefined;
    if (!cursor) issues.push({ parameter: "cursor", value: rawCursor, message: "cursor must be a nextCursor this API returned" });
  }
  return { limit, cursor, issues };
}
