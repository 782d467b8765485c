import { NextResponse, type NextRequest } from "next/server";
import { WriteRejectedError } from "@/lib/data/errors";
import { getSource } from "@/lib/data/sources";
import { writeSource } from "@/lib/data/write";
import { respond } from "@/lib/api/respond";
import { readWriteBody } from "@/lib/api/write-body";
import { authorizeWrite } from "@/lib/api/write-request";
import { sourceWriteSchema } from "@/lib/validation/write";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ slug: string }> };

export function GET(_request: Request, { params }: Context) {
  return respond(async () => {
    const { citations, ...source } = await getSource((await params).slug);
    return NextResponse.json({ source, citations });
  });
}

/** Replaces a source's metadata or text (editor); a new text must still hold every quote that cites it. */
export function PUT(request: NextRequest, { params }: Context) {
  return respond(async () => {
    const user = await authorizeWrite(request);
    const { slug } = await params;
    const input = await readWriteBody(request, sourceWriteSchema, "source");
    if (input.slug !== slug) throw new WriteRejectedError("a source's slug cannot be changed", [{ path: "source.slug", message: `must stay "${slug}"` }]);
    const outcome = await writeSource(input, { userId: user.id, name: user.name }, "update");
    return NextResponse.json({ outcome, slug });
  });
}
