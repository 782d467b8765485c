import { NextResponse } from "next/server";
import { getSource } from "@/lib/data/sources";
import { respond } from "@/lib/api/respond";

export const dynamic = "force-dynamic";

export function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  return respond(async () => {
    const { citations, ...source } = await getSource((await params).slug);
    return NextResponse.json({ source, citations });
  });
}
