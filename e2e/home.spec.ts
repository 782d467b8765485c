import { expect, test } from "./test";
import { facetOption, tickFacet } from "./facets";
import { CHINA_EVENT_COUNT, END_2026_DEADLINE, MEETING, SEED_EVENT_COUNT } from "./seed";

test.describe("home page", () => {
  test("the list view lists every seed event", async ({ page }) => {
    const response = await page.goto("/?view=list");
    expect(response?.status()).toBe(200);
    await expect(page.getByTestId("result-count")).toHaveText(`${SEED_EVENT_COUNT} events`);
    await expect(page.getByTestId("event-list").getByTestId("event-item")).toHaveCount(SEED_EVENT_COUNT);
    const meeting = page.locator(`[data-testid="event-item"][data-slug="${MEETING.slug}"]`);
    await expect(meeting).toBeVisible();
    await expect(meeting.getByRole("link", { name: MEETING.title })).toHaveAttribute("href", `/events/${MEETING.slug}`);
    await expect(meeting.getByTestId("date-label")).toHaveText(MEETING.dateLabel);
    await expect(page.getByTestId("parameter-notice")).toHaveCount(0);
  });

  test("the list view pages: Next walks the events a page at a time, First page goes back", async ({ page }) => {
    await page.goto("/?view=list&limit=5");
    await expect(page.getByTestId("result-count")).toHaveText(`${SEED_EVENT_COUNT} events (5 on this page)`);
    const titles: string[] = [];
    for (let n = 0; n < 3; n++) {
      const items = page.getByTestId("event-list").getByTestId("event-item");
      await expect(items).toHaveCount(n < 2 ? 5 : SEED_EVENT_COUNT - 10);
      for (const item of await items.all()) titles.push((await item.getAttribute("data-slug"))!);
      const next = page.getByTestId("list-pages").getByRole("link", { name: /^Next 5 events/ });
      if (n < 2) await next.click();
      else await expect(next).toHaveCount(0);
    }
    expect(new Set(titles).size).toBe(SEED_EVENT_COUNT);
    await page.getByRole("link", { name: "← First page" }).click();
    await expect(page).toHaveURL(/\/\?view=list&limit=5$/);
  });

  test("a country in the URL narrows the list to that country's events", async ({ page }) => {
    await page.goto("/?country=CN&view=list");
    await expect(page.getByTestId("result-count")).toHaveText(`${CHINA_EVENT_COUNT} events`);
    const items = page.getByTestId("event-item");
    await expect(items).toHaveCount(CHINA_EVENT_COUNT);
    for (const item of await items.all()) {
      await expect(item.getByTestId("country-chip").filter({ hasText: /^China$/ })).toHaveCount(1);
    }
    await expect(page.locator(`[data-testid="event-item"][data-slug="${MEETING.slug}"]`)).toBeVisible();
    await expect(page.locator(`[data-testid="event-item"][data-slug="${END_2026_DEADLINE.slug}"]`)).toHaveCount(0);
    await expect(page.getByTestId("parameter-notice")).toHaveCount(0);
  });

  test("ticking a country applies it at once, writes only it into the URL and narrows the list", async ({ page }) => {
    await page.goto("/?view=list");
    await expect(page.getByTestId("event-item")).toHaveCount(SEED_EVENT_COUNT);
    await tickFacet(page, "Countries", "China");
    await expect(page).toHaveURL(/\/\?country=CN&view=list$/);
    await expect(page.getByTestId("result-count")).toHaveText(`${CHINA_EVENT_COUNT} events`);
    await expect(page.getByTestId("event-item")).toHaveCount(CHINA_EVENT_COUNT);
    await expect(facetOption(page, "Countries", "China")).toBeChecked();
    await expect(page.getByTestId("parameter-notice")).toHaveCount(0);
  });

  test("searching from the form finds word forms, ranks title hits first and marks the matched words", async ({ page }) => {
    await page.goto("/?view=list");
    await page.getByRole("combobox", { name: "Search" }).fill("spend");
    await page.getByRole("combobox", { name: "Search" }).press("Enter");
    await expect(page).toHaveURL(/[?&]q=spend(&|$)/);
    await expect(page.getByTestId("result-count")).toContainText("best matches first");
    const items = page.getByTestId("event-list").getByTestId("event-item");
    expect(await items.count()).toBeGreaterThan(0);
    for (const item of await items.all()) {
      await expect(item.getByTestId("snippet").locator("mark").first()).toHaveText(/^spend/i);
    }
    await expect(page.getByTestId("event-list").locator("mark", { hasText: /^spending$/i }).first()).toBeVisible();
  });

  test("a search by prefix, without diacritics or by a misspelt alias finds the same people", async ({ page }) => {
    const slugsFor = async (q: string) => {
      await page.goto(`/?view=list&q=${encodeURIComponent(q)}`);
      return (await page.getByTestId("event-item").evaluateAll((els) => els.map((e) => e.getAttribute("data-slug")))).sort();
    };
    const hegseth = await slugsFor("Hegseth");
    expect(hegseth).toContain(MEETING.slug);
    expect(await slugsFor("Hergesz")).toEqual(hegseth);
    expect(await slugsFor("Hergses")).toEqual(hegseth);
    expect((await slugsFor("Koiz")).length).toBeGreaterThan(1);
    expect(await slugsFor("Koizumi nosuchword")).toEqual([]);
    await expect(page.getByText("No events match these filters.")).toBeVisible();
  });

  test("the open deadlines panel counts down from the pinned today", async ({ page }) => {
    await page.goto("/");
    const deadline = page.getByTestId("deadlines").locator(`[data-testid="deadline"][data-slug="${END_2026_DEADLINE.slug}"]`);
    await expect(deadline).toBeVisible();
    await expect(deadline.getByTestId("countdown")).toHaveText(END_2026_DEADLINE.countdown);
    await expect(page.getByTestId("deadlines")).toContainText("Counted from 26 Nov 2026.");
  });

  test("bad URL parameters are reported and ignored, not an error page", async ({ page }) => {
    const response = await page.goto("/?country=JPN&from=notadate&view=nonsense");
    expect(response?.status()).toBe(200);
    const notice = page.getByTestId("parameter-notice");
    await expect(notice).toBeVisible();
    await expect(notice).toContainText("country=JPN");
    await expect(notice).toContainText("from=notadate");
    await expect(notice).toContainText("view=nonsense");
    await expect(page.getByTestId("result-count")).toHaveText(`${SEED_EVENT_COUNT} events`);
    await expect(page.getByTestId("window-label")).toContainText(`${SEED_EVENT_COUNT} of ${SEED_EVENT_COUNT} in view`);
    // app/error.tsx; (not getByRole("alert"): Next's route announcer is an empty alert region on every page)
    await expect(page.getByRole("heading", { name: "Something went wrong" })).toHaveCount(0);
    await expect(page.getByTestId("not-found")).toHaveCount(0);
  });
});
