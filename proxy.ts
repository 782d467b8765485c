import { NextResponse, type NextRequest } from "next/server";
import { removedEventOn } from "@/lib/data/removed-events";

/**
 * A removed event's permalink answers 410 Gone with a page saying when it was removed, which an App
 * Router page cannot do (it answers 200 or 404), so the request is rewritten to a route handler. The
 * check is one cached set per data version. Roles are never checked here, only in server code (CVE-2025-29927).
 */
export async function proxy(request: NextRequest) {
  const slug = request.nextUrl.pathname.split("/")[2];
  if (slug && (await removedEventOn(decodeURIComponent(slug)))) {
    return NextResponse.rewrite(new URL(`/removed-event/${slug}`, request.url));
  }
  return NextResponse.next();
}

// The API route answers 410 itself; only the page needs the status set here.
export const config = { matcher: ["/events/:slug"] };
