import { NextResponse, type NextRequest } from "next/server";
import { listDeadlineEvents } from "@/lib/data/deadlines";
import { requestFilters } from "@/lib/api/filter-query";
import { publicOrigin } from "@/lib/api/origin";
import { respond } from "@/lib/api/respond";
import { allowSearch } from "@/lib/api/search-limit";
import { eventsCalendar } from "@/lib/export/ical";

export const dynamic = "force-dynamic";

/** The deadlines among the filtered events as an iCalendar feed to subscribe to (same filters as /api/events). */
export function GET(request: NextRequest) {
  return respond(async () => {
    const filters = await requestFilters(request.nextUrl.searchParams);
    await allowSearch(filters, request.headers.get("x-forwarded-for"));
    const events = await listDeadlineEvents(filters);
    const body = eventsCalendar(events, { name: "Policy Timeline deadlines", baseUrl: publicOrigin(request.headers, request.nextUrl.origin), stamp: new Date() });
    return new NextResponse(body, {
      headers: { "Content-Type": "text/calendar; charset=utf-8", "Content-Disposition": 'inline; filename="deadlines.ics"' },
    });
  });
}
