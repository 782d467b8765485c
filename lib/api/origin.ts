const HOST = /^(?:[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?$/;

const firstValue = (value: string | null) => value?.split(",")[0].trim() || undefined;

/**
 * The origin that absolute links (permalinks in exports and feeds) should use: SITE_URL when the
 * deployment sets it, else the host the client asked for (a proxy's X-Forwarded-Host/-Proto first),
 * else `fallback`. Next's request.nextUrl.origin alone names the address the server listens on
 * (http://localhost:3000 under `next start`), whatever host the client used.
 */
export function publicOrigin(headers: Headers, fallback: string, env: NodeJS.ProcessEnv = process.env): string {
  if (env.SITE_URL) return new URL(env.SITE_URL).origin;
  const host = firstValue(headers.get("x-forwarded-host")) ?? firstValue(headers.get("host"));
  if (!host || !HOST.test(host)) return fallback;
  const proto = firstValue(headers.get("x-forwarded-proto"));
  const scheme = proto === "http" || proto === "https" ? proto : new URL(fallback).protocol.slice(0, -1);
  return `${scheme}://${host}`;
}
