import { NextResponse } from "next/server";
import { openApiDocument } from "@/lib/openapi/document";

// The same for every request until the next deploy: built once, cached by clients and proxies for an hour.
export const dynamic = "force-static";

/** The OpenAPI 3.1 document of this API (the readable reference is the /api page). */
export function GET() {
  return NextResponse.json(openApiDocument(), { headers: { "Cache-Control": "public, max-age=3600" } });
}
