import { NextResponse, type NextRequest } from "next/server";
import { badRequest, respond, summariseIssues } from "@/lib/api/respond";
import { readWriteBody } from "@/lib/api/write-body";
import { authorizeWrite } from "@/lib/api/write-request";
import { listTargets } from "@/lib/data/targets";
import { writeTarget } from "@/lib/data/write";
import { parseAsOfParams } from "@/lib/url/as-of";
import { targetWriteSchema } from "@/lib/validation/write";

export const dynamic = "force-dynamic";

export function GET(request: NextRequest) {
  return respond(async () => {
    const { asOf, issues } = parseAsOfParams(request.nextUrl.searchParams);
    if (issues.length) return badRequest(summariseIssues(issues), issues);
    return NextResponse.json({ targets: await listTargets(asOf) });
  });
}

/** Adds a target with its revisions (editor); each revision names the event that announced it. */
export function POST(request: NextRequest) {
  return respond(async () => {
    const user = await authorizeWrite(request);
    const input = await readWriteBody(request, targetWriteSchema, "target");
    await writeTarget(input, { userId: user.id, name: user.name }, "create");
    return NextResponse.json({ slug: input.slug, url: `/targets/${input.slug}` }, { status: 201, headers: { Location: `/targets/${input.slug}` } });
  });
}
