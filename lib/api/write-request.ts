import { currentUser, type CurrentUser } from "@/lib/auth/current-user";
import { hasRole, type Role } from "@/lib/auth/roles";
import { HttpError } from "./http-error";
import { jsonNestingDepth } from "./json-depth";
import { publicOrigin } from "./origin";

export const MAX_BODY_BYTES = 10 * 1024 * 1024;
export const MAX_JSON_DEPTH = 64;

/**
 * The user allowed to make this write, or an HttpError: 401 when nobody is signed in, 403 for a role
 * too low or a cookie-carrying request from another site (CSRF). Bearer tokens are not sent by
 * browsers on their own, so they are exempt from the Origin check.
 */
export async function authorizeWrite(request: Request, needed: Role = "editor"): Promise<CurrentUser> {
  const user = await currentUser(request.headers);
  if (!user) throw new HttpError(401, "Sign in (or send an API token as Authorization: Bearer …) to make changes.");
  if (user.via === "session") assertSameOrigin(request);
  if (!hasRole(user.role, needed)) throw new HttpError(403, `This needs the ${needed} role; your account is a ${user.role}.`);
  return user;
}

export function assertSameOrigin(request: Request): void {
  const site = request.headers.get("sec-fetch-site");
  if (site && site !== "same-origin") throw new HttpError(403, "Cross-site writes are refused.");
  const origin = request.headers.get("origin");
  const own = publicOrigin(request.headers, new URL(request.url).origin);
  if (!site && origin !== own) throw new HttpError(403, "Writes must come from this site's own pages (Origin check failed).");
  if (site && origin && origin !== own) throw new HttpError(403, "Writes must come from this site's own pages (Origin check failed).");
}

/** The body as text, refusing more than MAX_BODY_BYTES (413) without reading past the limit. */
export async function readBodyText(request: Request, limit = MAX_BODY_BYTES): Promise<string> {
  const declared = Number(request.headers.get("content-length"));
  if (declared > limit) throw new HttpError(413, `The body is over ${limit / 1024 / 1024} MB.`);
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      throw new HttpError(413, `The body is over ${limit / 1024 / 1024} MB.`);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString("utf8");
}

/** The body parsed as JSON: 400 for malformed JSON or nesting deeper than MAX_JSON_DEPTH. */
export async function readJsonBody(request: Request): Promise<unknown> {
  return parseJsonText(await readBodyText(request));
}

export function parseJsonText(text: string): unknown {
  if (jsonNestingDepth(text) > MAX_JSON_DEPTH) throw new HttpError(400, `JSON nested deeper than ${MAX_JSON_DEPTH} levels is refused.`);
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new HttpError(400, `The body is not valid JSON: ${(error as Error).message}`);
  }
}
