import { NextResponse, type NextRequest } from "next/server";
import { badRequest, respond, summariseIssues } from "@/lib/api/respond";
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
