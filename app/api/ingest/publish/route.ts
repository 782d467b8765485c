import { NextResponse, type NextRequest } from "next/server";
import { publishIngested } from "@/lib/data/write";
import { respond } from "@/lib/api/respond";
import { readWriteBody } from "@/lib/api/write-body";
import { authorizeWrite } from "@/lib/api/write-request";
import { publishRequestSchema } from "@/lib/validation/ingest";

export const dynamic = "force-dynamic";

/** Publishes a reviewed article (editor): its source verbatim and the accepted events, all or nothing. 201 with their permalinks. */
export function POST(request: NextRequest) {
  return respond(async () => {
    const user = await authorizeWrite(request);
    const input = await readWriteBody(request, publishRequestSchema, "");
    const report = await publishIngested(input, { userId: user.id, name: user.name });
    return NextResponse.json(report, { status: 201, headers: { Location: report.source.url } });
  });
}
