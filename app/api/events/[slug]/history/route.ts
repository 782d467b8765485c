import { NextResponse, type NextRequest } from "next/server";
import { eventAtVersion, eventHistory } from "@/lib/data/audit-log";
import { respond } from "@/lib/api/respond";
import { versionParameter } from "@/lib/api/write-body";

export const dynamic = "force-dynamic";

/** Every write to the event, oldest first; with `?version=N`, the event as it stood after write N. */
export function GET(request: NextRequest, { params }: { params: Promise<{ slug: string }> }) {
  return respond(async () => {
    const { slug } = await params;
    const version = versionParameter(request.nextUrl.searchParams);
    if (version !== undefined) return NextResponse.json(await eventAtVersion(slug, version));
    return NextResponse.json({ history: await eventHistory(slug) });
  });
}
