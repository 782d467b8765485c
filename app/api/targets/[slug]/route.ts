import { NextResponse, type NextRequest } from "next/server";
import { badRequest, respond, summariseIssues } from "@/lib/api/respond";
import { readWriteBody } from "@/lib/api/write-body";
import { authorizeWrite } from "@/lib/api/write-request";
import { writeTarget } from "@/lib/data/write";
import { WriteRejectedError } from "@/lib/data/errors";
import { targetWriteSchema } from "@/lib/validation/write";
import { NotFoundError } from "@/lib/data/errors";
import { getTarget } from "@/lib/data/targets";
import { parseAsOfParams } from "@/lib/url/as-of";
import { SLUG } from "@/lib/validation/vocabulary";

export const dynamic = "force-dynamic";

export function GET(request: NextRequest, { params }: { params: Promise<{ slug: string }> }) {
  return respond(async () => {
    const { asOf, issues } = parseAsOfParams(request.nextUrl.searchParams);
    if (issues.length) return badRequest(summariseIssues(issues), issues);
    const { slug } = await params;
    if (!SLUG.test(slug)) throw new NotFoundError("target", slug);
    return NextResponse.json({ target: await getTarget(slug, asOf) });
  });
}

/** Replaces a target and its revisions (editor), e.g. to add a revision with a new deadline; `version` guards against overwriting. */
export function PUT(request: NextRequest, { params }: { params: Promise<{ slug: string }> }) {
  return respond(async () => {
    const user = await authorizeWrite(request);
    const { slug } = await params;
    const input = await readWriteBody(request, targetWriteSchema, "target");
    if (input.slug !== slug) throw new WriteRejectedError("a target's slug cannot be changed", [{ path: "target.slug", message: `must stay "${slug}"` }]);
    const outcome = await writeTarget(input, { userId: user.id, name: user.name }, "update");
    return NextResponse.json({ outcome, slug });
  });
}
