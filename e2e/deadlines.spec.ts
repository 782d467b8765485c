import { expect, test } from "./test";
import type { APIResponse } from "@playwright/test";
import { parseCsv } from "../lib/export/test-csv";
import { END_2026_DEADLINE, FY2025_DEADLINE } from "./seed";

/** The server pins POLICY_TIMELINE_TODAY=2026-11-26 (playwright.config.ts). */
const TODAY = "2026-11-26";

interface ApiEvent {
  slug: string;
  citations: { quote: string }[];
}

const unfold = (text: string) => text.replace(/\r\n[ \t]/g, "");
const utf8 = async (response: APIResponse) => (await response.body()).toString("utf8");

test.describe("deadlines page", () => {
  test("counts 35 days to the end of 2026 and shows FY2025 as overdue", async ({ page }) => {
    const response = await page.goto("/deadlines");
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1, name: "Deadlines" })).toBeVisible();

    const due = page.getByTestId("deadlines-due").locator(`[data-testid="deadline"][data-slug="${END_2026_DEADLINE.slug}"]`);
    await expect(due.getByTestId("countdown")).toHaveText(/35 days/);
    await expect(due.getByRole("link").first()).toHaveAttribute("href", `/events/${END_2026_DEADLINE.slug}`);
    await expect(due.getByTestId("add-to-calendar")).toHaveAttribute("href", `/api/events/${END_2026_DEADLINE.slug}/ics`);

    const overdue = page.getByTestId("deadlines-overdue").locator(`[data-testid="deadline"][data-slug="${FY2025_DEADLINE.slug}"]`);
    await expect(overdue).toContainText("FY2025");
    await expect(overdue.getByTestId("countdown")).toHaveText("overdue by 240 days; outcome not recorded");

    await expect(page.getByTestId("feed")).toHaveAttribute("href", "/api/deadlines.ics");
    await expect(page.getByTestId("subscribe")).toHaveAttribute("href", /^webcal:\/\/[^/]+\/api\/deadlines\.ics$/);
    await expect(page.getByTestId("parameter-notice")).toHaveCount(0);
  });

  test("honours the filters of / and reports invalid ones", async ({ page }) => {
    await page.goto("/deadlines?topic=security-documents");
    await expect(page.getByTestId("deadline")).toHaveCount(1);
    await expect(page.getByTestId("deadline")).toHaveAttribute("data-slug", END_2026_DEADLINE.slug);
    await expect(page.getByTestId("feed")).toHaveAttribute("href", "/api/deadlines.ics?topic=security-documents");

    const response = await page.goto("/deadlines?country=JPN&asOf=yesterday&colour=red");
    expect(response?.status()).toBe(200);
    const notice = page.getByTestId("parameter-notice");
    await expect(notice).toContainText("country=JPN");
    await expect(notice).toContainText("asOf=yesterday");
    await expect(notice).toContainText("colour=red");
    await expect(page.locator(`[data-testid="deadline"][data-slug="${FY2025_DEADLINE.slug}"]`)).toBeVisible();
  });

  test("Add to calendar downloads the event's .ics", async ({ page }) => {
    await page.goto("/deadlines");
    const card = page.locator(`[data-testid="deadline"][data-slug="${END_2026_DEADLINE.slug}"]`);
    const [download] = await Promise.all([page.waitForEvent("download"), card.getByTestId("add-to-calendar").click()]);
    expect(download.suggestedFilename()).toBe(`${END_2026_DEADLINE.slug}.ics`);
  });
});

test.describe("iCalendar", () => {
  test("the deadlines feed downloads and parses as RFC 5545", async ({ request, baseURL }) => {
    const response = await request.get("/api/deadlines.ics");
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toBe("text/calendar; charset=utf-8");
    expect(response.headers()["content-disposition"]).toBe('inline; filename="deadlines.ics"');
    const text = await utf8(response);

    expect(text.startsWith("BEGIN:VCALENDAR\r\n")).toBe(true);
    expect(text.endsWith("END:VCALENDAR\r\n")).toBe(true);
    expect(text.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    for (const line of text.split("\r\n")) expect(Buffer.byteLength(line, "utf8"), line).toBeLessThanOrEqual(75);

    const lines = unfold(text).split("\r\n");
    expect(lines).toContain("VERSION:2.0");
    expect(lines.filter((l) => l === "BEGIN:VEVENT")).toHaveLength(3);
    const start = lines.indexOf(`UID:${END_2026_DEADLINE.slug}@policy-timeline`);
    expect(start).toBeGreaterThan(0);
    const vevent = lines.slice(start, lines.indexOf("END:VEVENT", start));
    expect(vevent).toContain("DTSTART;VALUE=DATE:20261231");
    expect(vevent).toContain("DTEND;VALUE=DATE:20270101");
    expect(vevent).toContain(`URL:${baseURL}/events/${END_2026_DEADLINE.slug}`);
  });

  test("the feed takes the API's filters and refuses bad ones", async ({ request }) => {
    const china = await request.get("/api/deadlines.ics?country=CN");
    expect(china.status()).toBe(200);
    expect(await utf8(china)).not.toContain("BEGIN:VEVENT");

    const bad = await request.get("/api/deadlines.ics?country=JPN");
    expect(bad.status()).toBe(400);
    expect((await bad.json()).issues).toEqual([expect.objectContaining({ parameter: "country", value: "JPN" })]);
  });

  test("one event downloads as an attachment; an unknown one is 404", async ({ request }) => {
    const response = await request.get(`/api/events/${FY2025_DEADLINE.slug}/ics`);
    expect(response.status()).toBe(200);
    expect(response.headers()["content-disposition"]).toBe(`attachment; filename="${FY2025_DEADLINE.slug}.ics"`);
    const lines = unfold(await utf8(response)).split("\r\n");
    expect(lines).toContain("DTSTART;VALUE=DATE:20260331");

    const missing = await request.get("/api/events/no-such-event/ics");
    expect(missing.status()).toBe(404);
    expect(typeof (await missing.json()).error).toBe("string");
  });
});

test.describe("exports of a filtered view", () => {
  test("format=csv downloads every citation of the view, each row with its quote", async ({ request }) => {
    const response = await request.get("/api/events?country=JP&format=csv");
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toContain("text/csv");
    expect(response.headers()["content-disposition"]).toBe(`attachment; filename="policy-timeline_country-JP_${TODAY}.csv"`);

    const text = await utf8(response);
    expect(text.startsWith("\uFEFF")).toBe(true);
    const [header, ...rows] = parseCsv(text.slice(1));
    expect(header.slice(0, 2)).toEqual(["slug", "title"]);
    const quote = header.indexOf("quote");
    const slug = header.indexOf("slug");

    const { events, total } = (await (await request.get("/api/events?country=JP")).json()) as { events: ApiEvent[]; total: number };
    const expected = events.flatMap((e) => e.citations.map((c) => [e.slug, c.quote]));
    expect(rows.map((r) => [r[slug], r[quote]])).toEqual(expected);
    expect(rows.every((r) => r.length === header.length && r[quote].length > 0)).toBe(true);

    const metadata = JSON.parse(response.headers()["x-policy-timeline-export"]);
    expect(metadata).toMatchObject({ exportedAt: TODAY, query: "country=JP", total });
    expect(metadata.howToCite).toContain("/?country=JP");
  });

  test("format=json downloads the events with their metadata, asOf honoured", async ({ request }) => {
    const response = await request.get("/api/events?asOf=2025-10-28&format=json");
    expect(response.status()).toBe(200);
    expect(response.headers()["content-disposition"]).toBe(`attachment; filename="policy-timeline_asOf-2025-10-28_${TODAY}.json"`);
    const body = await response.json();
    expect(body.metadata).toMatchObject({ exportedAt: TODAY, query: "asOf=2025-10-28", total: 1, filters: { asOf: "2025-10-28" } });
    expect(body.events.map((e: ApiEvent) => e.slug)).toEqual(["japan-2-percent-target-fy2027-original-deadline"]);
    expect(body.events[0].citations[0].cite.bibtex).toMatch(/^@misc\{/);
  });

  test("without format the API answers as before; a bad format is 400", async ({ request }) => {
    const plain = await request.get("/api/events?country=JP");
    expect(plain.headers()["content-type"]).toContain("application/json");
    expect(plain.headers()["content-disposition"]).toBeUndefined();
    expect(Object.keys(await plain.json())).toEqual(["events", "total", "nextCursor"]);

    const bad = await request.get("/api/events?country=JP&format=xlsx");
    expect(bad.status()).toBe(400);
    const body = await bad.json();
    expect(typeof body.error).toBe("string");
    expect(body.issues).toEqual([expect.objectContaining({ parameter: "format", value: "xlsx" })]);
  });
});

for (const width of [390, 1440] as const) {
  test.describe(`deadlines page at ${width}px`, () => {
    test.use({ viewport: { width, height: 900 } });

    test("screenshot, without sideways scrolling", async ({ page }, testInfo) => {
      await page.goto("/deadlines");
      await expect(page.getByTestId("deadlines-page")).toBeVisible();
      await page.evaluate(() => document.fonts.ready);
      // Kept as an artifact under test-results (test-results-<E2E_PORT> with a port of its own): deadlines-<width>.png
      await page.screenshot({ path: testInfo.outputPath(`deadlines-${width}.png`), fullPage: true });
      const { scrollWidth, innerWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth }));
      expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
    });
  });
}
