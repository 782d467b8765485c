import { NextResponse, type NextRequest } from "next/server";
import { NotFoundError } from "@/lib/data/errors";
import { revokeApiToken } from "@/lib/data/tokens";
import { requireRole } from "@/lib/api/read-access";
import { respond } from "@/lib/api/respond";
import { assertSameOrigin } from "@/lib/api/write-request";

export const dynamic = "force-dynamic";

/** Revokes one of the caller's own tokens. */
export function DELETE(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  return respond(async () => {
    const user = await requireRole(request.headers, "reader");
    if (user.via === "session") assertSameOrigin(request);
    const { id } = await params;
    if (!/^\d+$/.test(id) || !(await revokeApiToken(user.id, Number(id)))) throw new NotFoundError("token", id);
    return NextResponse.json({ revoked: Number(id) });
  });
}
