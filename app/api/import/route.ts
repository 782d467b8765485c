import { NextResponse, type NextRequest } from "next/server";
import { WriteRejectedError } from "@/lib/data/errors";
import { runImport } from "@/lib/data/write";
import { HttpError } from "@/lib/api/http-error";
import { respond } from "@/lib/api/respond";
import { authorizeWrite, readBodyText } from "@/lib/api/write-request";
import { importFormatOf, parseImport } from "@/lib/import/parse";

export const dynamic = "force-dynamic";

/**
 * Upserts sources, events and targets by slug (editor), all or nothing. `?dryRun=1` validates and
 * reports what would be created, updated and left unchanged, and writes nothing.
 */
export function POST(request: NextRequest) {
  return respond(async () => {
    const user = await authorizeWrite(request);
    const format = importFormatOf(request.headers.get("content-type"));
    if (!format) throw new HttpError(415, "Send the import as Content-Type: application/json or text/csv.");
    const dryRun = ["1", "true"].includes(request.nextUrl.searchParams.get("dryRun") ?? "");
    const { bundle, explain } = parseImport(await readBodyText(request), format);
    try {
      const report = await runImport(bundle, { userId: user.id, name: user.name }, { dryRun });
      return NextResponse.json(report);
    } catch (error) {
      if (error instanceof WriteRejectedError) throw new WriteRejectedError(error.message, explain(error.issues));
      throw error;
    }
  });
}
