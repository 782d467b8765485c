const HOST = /^(?:[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?$/;

const firstValue = (value: string | null) => value?.split(",")[0].trim() || undefined;

/**
 * The origin that absolute links (permalinks in exports and feeds) should use: SITE_URL when the
 * deployment sets it, else the host the client asked for (a proxy's X-Forwarded-Host/-Proto first, but
 * only with TRUST_PROXY=1: without a proxy that sets them, any client could), else `fallback`. Next's request.nextUrl.origin alone names the address the server listens on
 * (http://localhost:3000 under `next start`), whatever host the client used.
 */
export function publicOrigin(headers: Headers, fallback: string, env: NodeJS.ProcessEnv = process.env): string {
  if (env.SITE_URL) return new URL(env.SITE_URL).origin;
  const forwarded = trustsProxy(env);
  const host = (forwarded ? firstValue(headers.get("x-forwarded-host")) : undefined) ?? firstValue(headers.get("host"));
  if (!host || !HOST.test(host)) return fallback;
  const proto = forwarded ? firstValue(headers.get("x-forwarded-proto")) : undefined;
  const scheme = proto === "http" || proto === "https" ? proto : new URL(fallback).protocol.slice(0, -1);
  return `${scheme}://${host}`;
}

/** Whether X-Forwarded-* headers come from a proxy the deployment runs (TRUST_PROXY=1), not from the client. */
export const trustsProxy = (env: Record<string, string | undefined> = process.env) => env.TRUST_PROXY === "1";

/**
 * Whether the client reached the app over https: a trusted proxy's word, or a SITE_URL on https (a
 * browser ignores HSTS on plain http anyway). Not the request URL's scheme: Next.js builds that from
 * X-Forwarded-Proto whoever sent it, and `next start` itself only speaks http.
 */
export function servedOverHttps(headers: Headers, env: Record<string, string | undefined> = process.env): boolean {
  if (env.SITE_URL?.startsWith("https://")) return true;
  return trustsProxy(env) && firstValue(headers.get("x-forwarded-proto")) === "https";
}
