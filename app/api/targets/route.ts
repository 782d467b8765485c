import { NextResponse, type NextRequest } from "next/server";
import { badRequest, respond, summariseIssues } from "@/lib/api/respond";
import { listTargets } from "@/lib/data/targets";
import { parseAsOfParams } from "@/lib/url/as-of";

export const dynamic = "force-dynamic";

export function GET(request: NextRequest) {
  return respond(async () => {
    const { asOf, issues } = parseAsOfParams(request.nextUrl.searchParams);
    if (issues.length) return badRequest(summariseIssues(issues), issues);
    return NextResponse.json({ targets: await listTargets(asOf) });
  });
}
