import type { z } from "zod";
import { WriteRejectedError } from "@/lib/data/errors";
import { zodIssues } from "@/lib/validation/write";
import { readJsonBody } from "./write-request";

/** A JSON body checked against a write schema: 400 when it is not JSON, 422 listing every problem when it breaks the schema. */
export async function readWriteBody<S extends z.ZodType>(request: Request, schema: S, prefix: string): Promise<z.infer<S>> {
  const raw = await readJsonBody(request);
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const issues = zodIssues(parsed.error, [prefix]);
    throw new WriteRejectedError(issues.length === 1 ? `${issues[0].path}: ${issues[0].message}` : `${issues.length} problems; nothing was written`, issues);
  }
  return parsed.data;
}

/** The `version` query parameter a delete carries (optional), or a 422. */
export function versionParameter(params: URLSearchParams): number | undefined {
  const raw = params.get("version");
  if (raw === null) return undefined;
  const version = Number(raw);
  if (!Number.isInteger(version) || version < 1) throw new WriteRejectedError("version must be a whole number from 1", [{ path: "version", message: "must be a whole number from 1" }]);
  return version;
}
