import { NextResponse, type NextRequest } from "next/server";
import { servedOverHttps } from "@/lib/api/origin";
import { checkPagePost, namesAction } from "@/lib/api/page-post";
import { createNonce, securityHeaders } from "@/lib/api/security-headers";
import { removedEventOn } from "@/lib/data/removed-events";

/**
 * Every response passes here, for its security headers (lib/api/security-headers.ts): pages get a
 * fresh CSP nonce, which Next.js reads from the request's copy of the policy and puts on its scripts.
 *
 * A removed event's permalink answers 410 Gone with a page saying when it was removed, which an App
 * Router page cannot do (it answers 200 or 404), so the request is rewritten to a route handler. The
 * check is one cached set per data version. Roles are never checked here, only in server code (CVE-2025-29927).
 */
export async function proxy(request: NextRequest) {
  const { pathname, searchParams } = request.nextUrl;
  // Everything but API answers and build chunks may be a document (an event slug may contain a dot).
  const nonce = pathname.startsWith("/api/") || pathname.startsWith("/_next/") ? null : createNonce();
  const headers = securityHeaders({ nonce, embed: searchParams.get("embed") === "1", https: servedOverHttps(request.headers), development: process.env.NODE_ENV === "development" });
  const refusal = await refusePagePost(request);
  if (refusal) {
    for (const [name, value] of headers) refusal.headers.set(name, value);
    return refusal;
  }
  const forwarded = new Headers(request.headers);
  if (nonce) {
    forwarded.set("x-nonce", nonce);
    forwarded.set("content-security-policy", headers[0][1]);
  }
  const slug = /^\/events\/([^/]+)$/.exec(pathname)?.[1];
  const response =
    slug && (await isRemoved(slug))
      ? NextResponse.rewrite(new URL(`/removed-event/${slug}`, request.url), { request: { headers: forwarded } })
      : NextResponse.next({ request: { headers: forwarded } });
  for (const [name, value] of headers) response.headers.set(name, value);
  return response;
}

async function isRemoved(encodedSlug: string): Promise<boolean> {
  try {
    return Boolean(await removedEventOn(decodeURIComponent(encodedSlug)));
  } catch (error) {
    // A malformed escape (`%E0%A4%A`) names no event: the page answers its own 404.
    if (error instanceof URIError) return false;
    throw error;
  }
}

/** A 4xx for a POST to a page that is not one of its forms (lib/api/page-post.ts), or null to go on. */
async function refusePagePost(request: NextRequest): Promise<NextResponse | null> {
  const check = checkPagePost(request.method, request.nextUrl.pathname, request.headers);
  if ("pass" in check) return null;
  const refuse = (status: number, error: string) => NextResponse.json({ error }, { status, headers: status === 405 ? { Allow: "GET, HEAD" } : {} });
  if ("refuse" in check) return refuse(check.refuse.status, check.refuse.error);
  try {
    const form = await request.clone().formData();
    return !check.readForm.needsAction || namesAction(form.keys()) ? null : refuse(405, "This form names no action of the page.");
  } catch {
    return refuse(400, "The form's body could not be read as multipart/form-data.");
  }
}
