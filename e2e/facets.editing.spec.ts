import type { Page } from "@playwright/test";
import { facetOption, openFacet, tickFacet } from "./facets";
import { signIn } from "./sign-in";
import { expect, test } from "./test";

// NATO allies besides Japan's partners already in the seed: 30 countries in the list with the seed's.
const ALLIES = ["AL", "BE", "BG", "CA", "HR", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IS", "IT", "LV", "LT", "LU", "ME", "NL", "MK", "NO", "PL", "PT", "RO", "SK", "SI", "ES", "SE", "TR", "GB"];
const SOURCE = "e2e-allied-spending-pledges";

function alliedBundle() {
  const sentence = (code: string) => `Ally ${code} pledged to reach 2% of GDP on defense by 2027.`;
  return {
    sources: [{ slug: SOURCE, title: "Allied spending pledges (test source)", publisher: "E2E Wire", publishedAt: "2026-06-01 09:00", publishedZone: "UTC", language: "en", text: ALLIES.map(sentence).join("\n") + "\n" }],
    events: ALLIES.map((code, i) => ({
      slug: `allied-pledge-${code.toLowerCase()}`,
      title: `${code} pledges 2% of GDP on defense by 2027`,
      summary: "A spending pledge made at the summit.",
      kind: "statement",
      status: "announced",
      date: { start: `2026-06-${String(1 + (i % 28)).padStart(2, "0")}`, end: `2026-06-${String(1 + (i % 28)).padStart(2, "0")}`, precision: "day", label: `${1 + (i % 28)} Jun 2026` },
      countries: [{ code, name: new Intl.DisplayNames(["en"], { type: "region" }).of(code) }],
      topics: [{ slug: "defense-spending", name: "Defense spending" }],
      citations: [{ source: SOURCE, quote: sentence(code), supports: "event" }],
    })),
  };
}

async function settle(page: Page) {
  await page.evaluate(() => document.fonts.ready);
}

test.describe("facets with 30 countries", () => {
  test.describe.configure({ mode: "serial" });
  test.use({ timezoneId: "Pacific/Auckland" });

  test("the allies are imported, and the country list counts each", async ({ page }) => {
    await signIn(page);
    const imported = await page.request.post("/api/import", { headers: { Origin: new URL(page.url()).origin }, data: alliedBundle() });
    expect(imported.status(), await imported.text()).toBe(200);
    await page.goto("/?view=list");
    const countries = await openFacet(page, "Countries");
    expect(await countries.getByRole("checkbox").count()).toBeGreaterThanOrEqual(30);
    await expect(facetOption(page, "Countries", "Poland")).toBeVisible();
  });

  for (const width of [1440, 390] as const) {
    test(`at ${width}px: finding and ticking allies, the chips, and the shared link reopened`, async ({ page, browser }, testInfo) => {
      await page.setViewportSize({ width, height: 900 });
      await page.emulateMedia({ colorScheme: "light" });
      await page.goto("/?view=list");
      if (width === 390) await page.getByRole("button", { name: /^Filters/ }).click();
      const countries = await openFacet(page, "Countries");
      await settle(page);
      await page.screenshot({ path: testInfo.outputPath(`facets-countries-${width}.png`), fullPage: false });

      await countries.getByRole("searchbox", { name: "Find countries" }).fill("lan");
      await expect(facetOption(page, "Countries", "Finland")).toBeVisible();
      await expect(facetOption(page, "Countries", "Poland")).toBeVisible();
      await expect(facetOption(page, "Countries", "France")).toHaveCount(0);
      await facetOption(page, "Countries", "Poland").check();
      await expect(page).toHaveURL(/\/\?country=PL&view=list$/);
      await facetOption(page, "Countries", "Finland").check();
      await expect(page).toHaveURL(/\/\?country=FI,PL&view=list$/);
      await tickFacet(page, "Topics", "Defense spending");
      await expect(page).toHaveURL(/\/\?country=FI,PL&topic=defense-spending&view=list$/);
      await expect(page.getByTestId("result-count")).toHaveText("2 events");
      await page.keyboard.press("Escape");
      await expect(page.getByTestId("filter-chips").getByTestId("filter-chip")).toHaveText(["Country: Finland ×", "Country: Poland ×", "Topic: Defense spending ×"]);
      await settle(page);
      await page.screenshot({ path: testInfo.outputPath(`facets-chips-${width}.png`), fullPage: false });
      const { scrollWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth }));
      expect(scrollWidth).toBeLessThanOrEqual(width);

      // The link as shared, opened by someone else in another zone.
      const shared = page.url();
      const other = await browser.newContext({ viewport: { width, height: 900 }, timezoneId: "America/Los_Angeles", colorScheme: "light" });
      const reader = await other.newPage();
      await reader.goto(shared);
      await expect(reader).toHaveURL(shared);
      await expect(reader.getByTestId("result-count")).toHaveText("2 events");
      await expect(reader.getByTestId("filter-chip")).toHaveCount(3);
      if (width === 390) await reader.getByRole("button", { name: /^Filters \(3 active\)/ }).click();
      await openFacet(reader, "Countries");
      await expect(facetOption(reader, "Countries", "Finland")).toBeChecked();
      await expect(facetOption(reader, "Countries", "Poland")).toBeChecked();
      await settle(reader);
      await reader.screenshot({ path: testInfo.outputPath(`facets-shared-link-${width}.png`), fullPage: true });
      await other.close();
    });
  }
});
