import { expect, test } from "./test";
import { FY2025_DEADLINE, MEETING, SOURCE_SLUG } from "./seed";

test.describe("event permalink", () => {
  test("shows the event, its date and its quotes, with metadata", async ({ page }) => {
    const response = await page.goto(`/events/${MEETING.slug}`);
    expect(response?.status()).toBe(200);
    const article = page.getByTestId("event-page");
    await expect(article.getByRole("heading", { level: 1 })).toHaveText(MEETING.title);
    await expect(article.getByTestId("date-label")).toHaveText(MEETING.dateLabel);
    await expect(article.getByTestId("date-label")).toHaveAttribute("datetime", "2025-10-29");
    await expect(article.getByTestId("exact-dates")).toContainText(MEETING.dateLabel);
    await expect(article.getByTestId("quote").filter({ hasText: MEETING.quoteFragment })).toHaveCount(1);
    await expect(page).toHaveTitle(new RegExp(MEETING.title.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")));
    await expect(page.locator('meta[property="og:title"]')).toHaveAttribute("content", MEETING.title);
  });

  test("the source link opens the source with the quoted passage highlighted and a link back", async ({ page }) => {
    await page.goto(`/events/${MEETING.slug}`);
    const citation = page.getByTestId("citation").filter({ hasText: MEETING.quoteFragment });
    const quote = (await citation.getByTestId("quote").textContent()) ?? "";
    await citation.locator(`a[href^="/sources/"]`).click();
    await expect(page).toHaveURL(new RegExp(`/sources/${SOURCE_SLUG}#c-\\d+$`));
    const anchor = new URL(page.url()).hash.slice(1);
    const start = Number(anchor.slice("c-".length));

    const sourceText = page.getByTestId("source-page").getByTestId("source-text");
    await expect(sourceText.locator(`mark#${anchor}`)).toBeVisible();
    // Every character of the quote, where it sits in the stored text, is inside a <mark>.
    const coverage = await sourceText.evaluate(
      (root, { start, length }) => {
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
        let offset = 0;
        let text = "";
        let unmarked = 0;
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const value = node.nodeValue ?? "";
          const from = Math.max(start - offset, 0);
          const to = Math.min(start + length - offset, value.length);
          if (from < to) {
            text += value.slice(from, to);
            if (!node.parentElement?.closest("mark")) unmarked += to - from;
          }
          offset += value.length;
        }
        return { text, unmarked };
      },
      { start, length: quote.length },
    );
    expect(coverage.text).toBe(quote);
    expect(coverage.unmarked).toBe(0);

    const back = page.getByTestId("source-page").locator(`a[href="/events/${MEETING.slug}"]`).first();
    await expect(back).toBeVisible();
    await back.click();
    await expect(page).toHaveURL(new RegExp(`/events/${MEETING.slug}$`));
    await expect(page.getByTestId("event-page").getByRole("heading", { level: 1 })).toHaveText(MEETING.title);
  });

  test("an unknown event slug answers 404 with the not-found page", async ({ page }) => {
    const response = await page.goto("/events/no-such-event");
    expect(response?.status()).toBe(404);
    await expect(page.getByTestId("not-found")).toBeVisible();
    await expect(page.getByTestId("event-page")).toHaveCount(0);
  });
});

test.describe("dates do not depend on the browser's time zone", () => {
  for (const [slug, expected] of [
    [MEETING.slug, MEETING.dateLabel],
    [FY2025_DEADLINE.slug, FY2025_DEADLINE.exactDates],
  ] as const) {
    test(`${slug} reads the same in Los Angeles, UTC and Tokyo`, async ({ browser }) => {
      const seen: { timezoneId: string; label: string; exact: string }[] = [];
      for (const timezoneId of ["America/Los_Angeles", "UTC", "Asia/Tokyo"]) {
        const context = await browser.newContext({ timezoneId });
        try {
          const page = await context.newPage();
          await page.goto(`/events/${slug}`);
          expect(await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone)).toBe(timezoneId);
          const article = page.getByTestId("event-page");
          const label = ((await article.getByTestId("date-label").textContent()) ?? "").trim();
          const exact = ((await article.getByTestId("exact-dates").textContent()) ?? "").trim();
          seen.push({ timezoneId, label, exact });
        } finally {
          await context.close();
        }
      }
      for (const s of seen) {
        expect(s.label, s.timezoneId).toBe(seen[0].label);
        expect(s.exact, s.timezoneId).toBe(seen[0].exact);
        expect(s.exact, s.timezoneId).toContain(expected);
      }
    });
  }

  test("a permalink can carry asOf: an event not yet reported then says so", async ({ page }) => {
    await page.goto("/events/japan-moves-2-percent-target-to-fy2025?asOf=2025-10-01");
    await expect(page.getByTestId("as-of-notice")).toContainText("had not been reported yet");
    await expect(page.getByTestId("view-on-timeline")).toHaveAttribute("href", /asOf=2025-10-01/);
    const bad = await page.goto("/events/japan-moves-2-percent-target-to-fy2025?asOf=yesterday");
    expect(bad?.status()).toBe(200);
    await expect(page.getByTestId("parameter-notice")).toContainText("asOf=yesterday");
  });
});
