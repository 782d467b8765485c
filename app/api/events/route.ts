import { NextResponse, type NextRequest } from "next/server";
import { listEvents } from "@/lib/data/events";
import { exportResponse } from "@/lib/api/export-response";
import { requestFilters } from "@/lib/api/filter-query";
import { publicOrigin } from "@/lib/api/origin";
import { respond } from "@/lib/api/respond";
import { parseExportFormat } from "@/lib/export/view";

export const dynamic = "force-dynamic";

/** The filtered events as JSON; with format=csv or format=json, the same events as a download. */
export function GET(request: NextRequest) {
  return respond(async () => {
    const params = request.nextUrl.searchParams;
    const { format, issues } = parseExportFormat(params);
    const filters = await requestFilters(params, ["format"], issues);
    const result = await listEvents(filters);
    if (!format) return NextResponse.json(result);
    return exportResponse(format, result.events, filters, publicOrigin(request.headers, request.nextUrl.origin));
  });
}
