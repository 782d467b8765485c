import { NextResponse, type NextRequest } from "next/server";
import { resolveEventSlug } from "@/lib/data/events";
import { NotFoundError } from "@/lib/data/errors";
import { removeEvent, writeEvent } from "@/lib/data/write";
import { badRequest, respond, summariseIssues } from "@/lib/api/respond";
import { readWriteBody, versionParameter } from "@/lib/api/write-body";
import { authorizeWrite } from "@/lib/api/write-request";
import { parseAsOfParams } from "@/lib/url/as-of";
import { eventWriteSchema } from "@/lib/validation/write";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ slug: string }> };

/**
 * One event, as known on `?asOf=` when given (its status and target refs); a renamed slug answers 308
 * to the new one, a deleted event 410 with when it was removed.
 */
export function GET(request: NextRequest, { params }: Context) {
  return respond(async () => {
    const { slug } = await params;
    // Only asOf is read here: other parameters were ignored before it and still are.
    const { asOf, issues } = parseAsOfParams(request.nextUrl.searchParams);
    const asOfIssues = issues.filter((issue) => issue.parameter === "asOf");
    if (asOfIssues.length) return badRequest(summariseIssues(asOfIssues), asOfIssues);
    const found = await resolveEventSlug(slug, undefined, asOf);
    if (!found) throw new NotFoundError("event", slug);
    if (found.kind === "moved") return NextResponse.redirect(new URL(`/api/events/${found.slug}${request.nextUrl.search}`, request.url), 308);
    if (found.kind === "deleted") return NextResponse.json({ error: `Event "${slug}" was removed on ${found.deletedAt.slice(0, 10)}.`, deletedAt: found.deletedAt }, { status: 410 });
    return NextResponse.json({ event: found.event, version: found.version });
  });
}

/** Replaces an event (editor); the body's `version` must be the one it was loaded at, or 409. A new `slug` renames it. */
export function PUT(request: NextRequest, { params }: Context) {
  return respond(async () => {
    const user = await authorizeWrite(request);
    const { slug } = await params;
    const input = await readWriteBody(request, eventWriteSchema, "event");
    const outcome = await writeEvent(input, { userId: user.id, name: user.name }, { mode: "update", currentSlug: slug });
    return NextResponse.json({ outcome, slug: input.slug, url: `/events/${input.slug}` });
  });
}

/** Soft-deletes an event (editor); `?version=` guards against deleting a newer version than the one seen. */
export function DELETE(request: NextRequest, { params }: Context) {
  return respond(async () => {
    const user = await authorizeWrite(request);
    const { slug } = await params;
    await removeEvent(slug, { userId: user.id, name: user.name }, versionParameter(request.nextUrl.searchParams));
    return NextResponse.json({ deleted: slug });
  });
}
