import { NextResponse, type NextRequest } from "next/server";
import { writeSource } from "@/lib/data/write";
import { respond } from "@/lib/api/respond";
import { readWriteBody } from "@/lib/api/write-body";
import { authorizeWrite } from "@/lib/api/write-request";
import { sourceWriteSchema } from "@/lib/validation/write";

export const dynamic = "force-dynamic";

/** Adds a source (editor); its text is stored exactly as sent, and citations' offsets index it. */
export function POST(request: NextRequest) {
  return respond(async () => {
    const user = await authorizeWrite(request);
    const input = await readWriteBody(request, sourceWriteSchema, "source");
    await writeSource(input, { userId: user.id, name: user.name }, "create");
    return NextResponse.json({ slug: input.slug, url: `/sources/${input.slug}` }, { status: 201, headers: { Location: `/sources/${input.slug}` } });
  });
}
