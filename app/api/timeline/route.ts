import { type NextRequest } from "next/server";
import { requestFilters } from "@/lib/api/filter-query";
import { respond } from "@/lib/api/respond";
import { timelineItemsJson } from "@/lib/data/timeline";

export const dynamic = "force-dynamic";

/**
 * The filtered events in the interactive timeline's compact form (see lib/timeline/items.ts). Served
 * apart from the page so the browser fetches it while the page's scripts load, and revalidated by ETag.
 */
export function GET(request: NextRequest) {
  return respond(async () => {
    const filters = await requestFilters(request.nextUrl.searchParams);
    const { body, version } = await timelineItemsJson(filters);
    const etag = `"${version}"`;
    const headers = { ETag: etag, "Cache-Control": "no-cache" };
    if (request.headers.get("if-none-match") === etag) return new Response(null, { status: 304, headers });
    return new Response(body, { headers: { ...headers, "Content-Type": "application/json; charset=utf-8" } });
  });
}
