import { NextResponse, type NextRequest } from "next/server";
import { servedOverHttps } from "@/lib/api/origin";
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
