import { NextResponse, type NextRequest } from "next/server";
import { createApiToken, listApiTokens } from "@/lib/data/tokens";
import { HttpError } from "@/lib/api/http-error";
import { requireRole } from "@/lib/api/read-access";
import { respond } from "@/lib/api/respond";
import { readWriteBody } from "@/lib/api/write-body";
import { assertSameOrigin } from "@/lib/api/write-request";
import { newTokenSchema } from "@/lib/validation/accounts";

export const dynamic = "force-dynamic";

export function GET(request: NextRequest) {
  return respond(async () => {
    const user = await requireRole(request.headers, "reader");
    return NextResponse.json({ tokens: await listApiTokens(user.id) });
  });
}

/** A new personal token, returned once; only a signed-in session (not another token) can make one. */
export function POST(request: NextRequest) {
  return respond(async () => {
    const user = await requireRole(request.headers, "reader");
    if (user.via !== "session") throw new HttpError(403, "Tokens are made from a signed-in session, not with another token.");
    assertSameOrigin(request);
    const { name } = await readWriteBody(request, newTokenSchema, "token");
    const { token, summary } = await createApiToken(user.id, name);
    return NextResponse.json({ token, ...summary }, { status: 201 });
  });
}
