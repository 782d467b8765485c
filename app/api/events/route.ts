import { NextResponse, type NextRequest } from "next/server";
import { eventPageJson, listEvents } from "@/lib/data/events";
import { writeEvent } from "@/lib/data/write";
import { exportResponse } from "@/lib/api/export-response";
import { requestFilters } from "@/lib/api/filter-query";
import { publicOrigin } from "@/lib/api/origin";
import { allowSearch } from "@/lib/api/search-limit";
import { respond } from "@/lib/api/respond";
import { readWriteBody } from "@/lib/api/write-body";
import { authorizeWrite } from "@/lib/api/write-request";
import { parseExportFormat } from "@/lib/export/view";
import { parsePaging } from "@/lib/url/page-cursor";
import { eventWriteSchema } from "@/lib/validation/write";

export const dynamic = "force-dynamic";

/** The filtered events as JSON, a page at a time (`limit`, `cursor`); with format=csv or format=json, every one of them as a download. */
export function GET(request: NextRequest) {
  return respond(async () => {
    const params = request.nextUrl.searchParams;
    const { format, issues } = parseExportFormat(params);
    const paging = parsePaging(params);
    // Downloads carry every matching event; the JSON answer comes in pages.
    if (format) {
      const filters = await requestFilters(params, ["format"], issues);
      await allowSearch(filters, request.headers.get("x-forwarded-for"));
      const result = await listEvents(filters);
      return exportResponse(format, result.events, filters, publicOrigin(request.headers, request.nextUrl.origin));
    }
    const filters = await requestFilters(params, ["format", "limit", "cursor"], [...issues, ...paging.issues]);
    await allowSearch(filters, request.headers.get("x-forwarded-for"));
    // Stored bytes, not a fresh JSON.stringify of up to 1,000 events on every request.
    const { body, version } = await eventPageJson(filters, paging);
    const etag = `"${version}"`;
    const headers = { ETag: etag, "Cache-Control": "no-cache" };
    if (request.headers.get("if-none-match") === etag) return new Response(null, { status: 304, headers });
    return new Response(body.bytes, { headers: { ...headers, "Content-Type": "application/json; charset=utf-8" } });
  });
}

/** Creates an event (editor): 201 with its permalink. */
export function POST(request: NextRequest) {
  return respond(async () => {
    const user = await authorizeWrite(request);
    const input = await readWriteBody(request, eventWriteSchema, "event");
    await writeEvent(input, { userId: user.id, name: user.name }, { mode: "create" });
    return NextResponse.json({ slug: input.slug, url: `/events/${input.slug}` }, { status: 201, headers: { Location: `/events/${input.slug}` } });
  });
}
