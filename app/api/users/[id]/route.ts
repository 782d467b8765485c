import { NextResponse, type NextRequest } from "next/server";
import { requireRole } from "@/lib/api/read-access";
import { respond } from "@/lib/api/respond";
import { readWriteBody } from "@/lib/api/write-body";
import { assertSameOrigin } from "@/lib/api/write-request";
import { changeUserRole } from "@/lib/data/users";
import { roleChangeSchema } from "@/lib/validation/accounts";

export const dynamic = "force-dynamic";

/** Changes an account's role (admin), audited. */
export function PATCH(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  return respond(async () => {
    const admin = await requireRole(request.headers, "admin");
    if (admin.via === "session") assertSameOrigin(request);
    const { role } = await readWriteBody(request, roleChangeSchema, "user");
    await changeUserRole((await params).id, role, { userId: admin.id, name: admin.name });
    return NextResponse.json({ role });
  });
}
