import { NextResponse, type NextRequest } from "next/server";
import { getEvent } from "@/lib/data/events";
import { publicOrigin } from "@/lib/api/origin";
import { respond } from "@/lib/api/respond";
import { eventsCalendar } from "@/lib/export/ical";

export const dynamic = "force-dynamic";

/** One event as an .ics file to add to a calendar; 404 for an unknown slug. */
export function GET(request: NextRequest, { params }: { params: Promise<{ slug: string }> }) {
  return respond(async () => {
    const event = await getEvent((await params).slug);
    const body = eventsCalendar([event], { name: event.title, baseUrl: publicOrigin(request.headers, request.nextUrl.origin), stamp: new Date() });
    return new NextResponse(body, {
      headers: { "Content-Type": "text/calendar; charset=utf-8", "Content-Disposition": `attachment; filename="${event.slug}.ics"` },
    });
  });
}
