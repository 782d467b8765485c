import http from "node:http";
import { gunzipSync } from "node:zlib";
import { expect, test } from "./test";
import { CHINA_EVENT_COUNT, SEED_EVENT_COUNT } from "./seed";

interface ApiCitation {
  quote: string;
  start: number;
  end: number;
  source: { slug: string };
}
interface ApiEvent {
  slug: string;
  citations: ApiCitation[];
}

/** The answer as sent, not decoded: Playwright's `request` gunzips a body itself, hiding how it came. */
function rawGet(url: string, headers: Record<string, string>): Promise<{ headers: http.IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers }, (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () => resolve({ headers: response.headers, body: Buffer.concat(chunks) }));
        response.on("error", reject);
      })
      .on("error", reject);
  });
}

test.describe("JSON API", () => {
  test("GET /api/events?country=CN matches the page", async ({ request, page }) => {
    const response = await request.get("/api/events?country=CN");
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toContain("application/json");
    const body = (await response.json()) as { events: ApiEvent[]; total: number };
    expect(body.total).toBe(CHINA_EVENT_COUNT);
    expect(body.events).toHaveLength(body.total);

    await page.goto("/?country=CN&view=list");
    await expect(page.getByTestId("result-count")).toHaveText(`${body.total} events`);
    const slugs = await page.getByTestId("event-item").evaluateAll((items) => items.map((i) => i.getAttribute("data-slug")));
    expect([...slugs].sort()).toEqual(body.events.map((e) => e.slug).sort());
  });

  test("an invalid filter is refused with 400 and the issues", async ({ request }) => {
    const response = await request.get("/api/events?country=JPN");
    expect(response.status()).toBe(400);
    const body = await response.json();
    expect(typeof body.error).toBe("string");
    expect(Array.isArray(body.issues)).toBe(true);
    expect(body.issues).toEqual(expect.arrayContaining([expect.objectContaining({ parameter: "country", value: "JPN" })]));
  });

  test("pages of /api/events follow nextCursor to every event once, and a bad limit or cursor is a 400", async ({ request }) => {
    const seen: string[] = [];
    let url = "/api/events?limit=5";
    for (let pages = 0; url && pages < 10; pages++) {
      const body = (await (await request.get(url)).json()) as { events: ApiEvent[]; total: number; nextCursor: string | null };
      expect(body.total).toBe(SEED_EVENT_COUNT);
      expect(body.events.length).toBeLessThanOrEqual(5);
      seen.push(...body.events.map((e) => e.slug));
      url = body.nextCursor ? `/api/events?limit=5&cursor=${body.nextCursor}` : "";
    }
    expect(seen).toHaveLength(SEED_EVENT_COUNT);
    expect(new Set(seen).size).toBe(SEED_EVENT_COUNT);
    const all = (await (await request.get("/api/events")).json()) as { events: ApiEvent[]; nextCursor: string | null };
    expect(all.events.map((e) => e.slug)).toEqual(seen);
    expect(all.nextCursor).toBeNull();
    for (const bad of ["limit=0", "limit=1001", "limit=ten", "cursor=not-a-cursor"]) {
      const response = await request.get(`/api/events?${bad}`);
      expect(response.status(), bad).toBe(400);
      expect((await response.json()).issues[0].parameter, bad).toBe(bad.split("=")[0]);
    }
  });

  test("?q= answers hits best first, each with a snippet of marked parts, paged by its own cursor", async ({ request }) => {
    type Hit = ApiEvent & { title: string; snippet: { text: string; match?: true }[] };
    const first = (await (await request.get("/api/events?q=Koiz&limit=2")).json()) as { events: Hit[]; total: number; nextCursor: string | null };
    expect(first.total).toBeGreaterThan(2);
    expect(first.events[0].title).toMatch(/Koizumi/);
    for (const hit of first.events) expect(hit.snippet.filter((p) => p.match).map((p) => p.text.toLowerCase())).toContain("koizumi");
    const rest = (await (await request.get(`/api/events?q=Koiz&limit=1000&cursor=${first.nextCursor}`)).json()) as { events: Hit[] };
    const slugs = [...first.events, ...rest.events].map((e) => e.slug);
    expect(slugs).toHaveLength(first.total);
    expect(new Set(slugs).size).toBe(first.total);
    // A time-ordered list's cursor does not page a search.
    const timeCursor = ((await (await request.get("/api/events?limit=1")).json()) as { nextCursor: string }).nextCursor;
    const refused = await request.get(`/api/events?q=Koiz&cursor=${timeCursor}`);
    expect(refused.status()).toBe(400);
    expect((await refused.json()).issues[0].parameter).toBe("cursor");
  });

  test("an unknown event is 404", async ({ request }) => {
    const response = await request.get("/api/events/no-such");
    expect(response.status()).toBe(404);
    expect(typeof (await response.json()).error).toBe("string");
  });

  test("every event has citations whose quotes are exact slices of their sources", async ({ request }) => {
    const response = await request.get("/api/events");
    expect(response.status()).toBe(200);
    const { events, total } = (await response.json()) as { events: ApiEvent[]; total: number };
    expect(total).toBe(SEED_EVENT_COUNT);
    expect(events).toHaveLength(SEED_EVENT_COUNT);

    const texts = new Map<string, string>();
    for (const event of events) {
      expect(event.citations.length, event.slug).toBeGreaterThan(0);
      for (const citation of event.citations) {
        let text = texts.get(citation.source.slug);
        if (text === undefined) {
          const source = await request.get(`/api/sources/${citation.source.slug}`);
          expect(source.status()).toBe(200);
          text = ((await source.json()) as { source: { text: string } }).source.text;
          texts.set(citation.source.slug, text);
        }
        expect(citation.end, event.slug).toBeGreaterThan(citation.start);
        expect(text.slice(citation.start, citation.end), `${event.slug} @ ${citation.start}`).toBe(citation.quote);
      }
    }
  });

  test("the timeline's compact feed: same filters, 400 for bad ones, revalidated by ETag", async ({ request }) => {
    const response = await request.get("/api/timeline?country=CN");
    expect(response.status()).toBe(200);
    const body = (await response.json()) as { items: unknown[][] };
    expect(body.items).toHaveLength(4);
    const etag = response.headers()["etag"];
    expect(etag).toBeTruthy();
    expect((await request.get("/api/timeline?country=CN", { headers: { "If-None-Match": etag } })).status()).toBe(304);
    const bad = await request.get("/api/timeline?country=JPN");
    expect(bad.status()).toBe(400);
    expect(await bad.json()).toMatchObject({ error: expect.any(String), issues: [expect.objectContaining({ parameter: "country" })] });
  });

  test("the timeline's feed goes gzipped, once and with its length, to a client that accepts gzip", async ({ baseURL }) => {
    const url = `${baseURL}/api/timeline`;
    const plain = await rawGet(url, { "Accept-Encoding": "identity" });
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(plain.headers["content-type"]).toBe("application/json; charset=utf-8");
    expect(Number(plain.headers["content-length"])).toBe(plain.body.length);
    const { items } = JSON.parse(plain.body.toString("utf8")) as { items: unknown[][] };
    expect(items).toHaveLength(SEED_EVENT_COUNT);

    const gzipped = await rawGet(url, { "Accept-Encoding": "gzip, deflate, br" });
    expect(gzipped.headers["content-encoding"]).toBe("gzip");
    expect(gzipped.headers["vary"]).toMatch(/accept-encoding/i);
    expect(gzipped.headers["etag"]).toBe(plain.headers["etag"]);
    // Compressing per request, Next streams the body chunked, without a length.
    expect(Number(gzipped.headers["content-length"])).toBe(gzipped.body.length);
    // One layer of gzip, not the stored gzip compressed again.
    expect(JSON.parse(gunzipSync(gzipped.body).toString("utf8"))).toEqual({ items });
  });
});
