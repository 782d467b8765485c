import type { NextApiRequest, NextApiResponse } from "next";
import { acceptsGzip } from "@/lib/api/accept-encoding";
import { requestFilters } from "@/lib/api/filter-query";
import { StoredBytesResponse, writeResponse } from "@/lib/api/node-response";
import { respond } from "@/lib/api/respond";
import { allowSearch } from "@/lib/api/search-limit";
import { timelineItemsJson } from "@/lib/data/timeline";

// The 50,000-event body (9 MB) is over the 4 MB an API route may send before Next warns.
export const config = { api: { bodyParser: false, responseLimit: false } };

/**
 * The filtered events in the interactive timeline's compact form (see lib/timeline/items.ts). Served
 * apart from the page so the browser fetches it while the page's scripts load, and revalidated by ETag.
 * The body and its gzip are made once per data version (lib/data/timeline.ts), so a gzip-accepting
 * client gets stored bytes instead of Next compressing megabytes on every request. This is a Pages API
 * route, the only kind under `next start` that can send an encoded body (see lib/api/node-response.ts).
 */
export default async function timeline(req: NextApiRequest, res: NextApiResponse): Promise<void> {
  if (req.method !== "GET" && req.method !== "HEAD") {
    res.setHeader("Allow", "GET, HEAD").status(405).end();
    return;
  }
  const response = await respond(async () => {
    const filters = await requestFilters(new URL(req.url ?? "/", "http://localhost").searchParams);
    await allowSearch(filters, [req.headers["x-forwarded-for"]].flat().join(", "));
    const { body, version } = await timelineItemsJson(filters);
    const etag = `"${version}"`;
    const headers = { ETag: etag, "Cache-Control": "no-cache" };
    if (req.headers["if-none-match"] === etag) return new Response(null, { status: 304, headers });
    const json = { ...headers, "Content-Type": "application/json; charset=utf-8", Vary: "Accept-Encoding" };
    if (!acceptsGzip(req.headers["accept-encoding"] ?? null)) return new StoredBytesResponse(body.bytes, json);
    return new StoredBytesResponse(await body.gzipped(), { ...json, "Content-Encoding": "gzip" });
  });
  await writeResponse(res, response);
}
