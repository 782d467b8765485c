import { NextResponse } from "next/server";
import { getEvent } from "@/lib/data/events";
import { respond } from "@/lib/api/respond";

export const dynamic = "force-dynamic";

export function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  return respond(async () => NextResponse.json({ event: await getEvent((await params).slug) }));
}
