import { expect, test } from "./test";
import type { Page } from "@playwright/test";
import { MEETING, SOURCE_SLUG } from "./seed";

const PAGES = [
  { name: "home", path: "/", ready: "timeline-canvas" },
  { name: "home-selected", path: `/?event=${MEETING.slug}&window=2025-10-01..2025-12-31`, ready: "details" },
  // Facets in use: two countries (either), a topic, their chips; the README's screenshot.
  { name: "home-filtered", path: `/?country=CN,US&topic=alliance&event=${MEETING.slug}&window=2025-10-01..2025-12-31`, ready: "filter-chips" },
  { name: "list", path: "/?view=list", ready: "event-list" },
  { name: "search", path: "/?q=spend&view=list", ready: "event-list" },
  { name: "event", path: `/events/${MEETING.slug}`, ready: "event-page" },
  { name: "source", path: `/sources/${SOURCE_SLUG}`, ready: "source-page" },
  { name: "login", path: "/login", ready: "login-form" },
] as const;
const WIDTHS = [390, 1440] as const;

async function horizontalOverflow(page: Page) {
  return page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth }));
}

for (const [width, colorScheme] of WIDTHS.flatMap((w) => [[w, "light"], [w, "dark"]] as const)) {
  test.describe(`at ${width}px, ${colorScheme}`, () => {
    test.use({ viewport: { width, height: 900 }, colorScheme, timezoneId: "Pacific/Auckland" });

    for (const target of PAGES) {
      test(`${target.name} page screenshot`, async ({ page }, testInfo) => {
        const response = await page.goto(target.path);
        expect(response?.status()).toBe(200);
        await expect(page.getByTestId(target.ready)).toBeVisible();
        await page.evaluate(() => document.fonts.ready);

        const file = testInfo.outputPath(`${target.name}-${width}-${colorScheme}.png`);
        // Kept as an artifact: test-results/screenshots-at-<width>px-<scheme>-<page>-page-screenshot-chromium/<page>-<width>-<scheme>.png
        await page.screenshot({ path: file, fullPage: true });

        if (width === 390) {
          const { scrollWidth, innerWidth } = await horizontalOverflow(page);
          expect(scrollWidth, `page scrolls sideways: ${scrollWidth}px of content in a ${innerWidth}px window`).toBeLessThanOrEqual(innerWidth);
        }
      });
    }
  });
}
