import { NextResponse, type NextRequest } from "next/server";
import { getVocabulary, listEvents } from "@/lib/data/events";
import { badRequest, respond, summariseIssues } from "@/lib/api/respond";
import { FILTER_PARAMETERS, parseFilters, unknownParameters } from "@/lib/url/filters";
import { checkAgainstVocabulary } from "@/lib/url/vocabulary-check";

export const dynamic = "force-dynamic";

export function GET(request: NextRequest) {
  return respond(async () => {
    const params = request.nextUrl.searchParams;
    const parsed = parseFilters(params);
    const issues = [...unknownParameters(params, FILTER_PARAMETERS), ...parsed.issues];
    if (issues.length) return badRequest(summariseIssues(issues), issues);
    const checked = checkAgainstVocabulary(parsed.filters, await getVocabulary());
    if (checked.issues.length) return badRequest(summariseIssues(checked.issues), checked.issues);
    return NextResponse.json(await listEvents(checked.filters));
  });
}
