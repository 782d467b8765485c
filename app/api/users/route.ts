import { NextResponse, type NextRequest } from "next/server";
import { requireRole } from "@/lib/api/read-access";
import { respond } from "@/lib/api/respond";
import { readWriteBody } from "@/lib/api/write-body";
import { assertSameOrigin } from "@/lib/api/write-request";
import { createUser, listUsers } from "@/lib/data/users";
import { newUserSchema } from "@/lib/validation/accounts";

export const dynamic = "force-dynamic";

/** Every account (admin). */
export function GET(request: NextRequest) {
  return respond(async () => {
    await requireRole(request.headers, "admin");
    return NextResponse.json({ users: await listUsers() });
  });
}

/** Creates an account with a role (admin): 201, 409 when the address has one already. */
export function POST(request: NextRequest) {
  return respond(async () => {
    const admin = await requireRole(request.headers, "admin");
    if (admin.via === "session") assertSameOrigin(request);
    const input = await readWriteBody(request, newUserSchema, "user");
    return NextResponse.json({ user: await createUser(input) }, { status: 201 });
  });
}
