import { NextResponse, type NextRequest } from "next/server";
import { AUDIT_PAGE_SIZE } from "@/lib/audit/page-size";
import { auditLog } from "@/lib/data/audit-log";
import { HttpError } from "@/lib/api/http-error";
import { respond } from "@/lib/api/respond";
import { requireRole } from "@/lib/api/read-access";

export const dynamic = "force-dynamic";

/** Every write, newest first (admin): `limit` 1–500 (default 100), `cursor` from the previous page's nextCursor. */
export function GET(request: NextRequest) {
  return respond(async () => {
    await requireRole(request.headers, "admin");
    const params = request.nextUrl.searchParams;
    const limit = Number(params.get("limit") ?? AUDIT_PAGE_SIZE.default);
    const cursor = params.get("cursor");
    if (!Number.isInteger(limit) || limit < 1 || limit > AUDIT_PAGE_SIZE.max) throw new HttpError(400, `limit must be a whole number from 1 to ${AUDIT_PAGE_SIZE.max}`);
    if (cursor !== null && !/^[1-9]\d*$/.test(cursor)) throw new HttpError(400, "cursor must be the nextCursor of a previous page");
    return NextResponse.json(await auditLog({ limit, cursor: cursor ? Number(cursor) : undefined }));
  });
}
