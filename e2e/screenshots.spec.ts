import { expect, test, type Page } from "@playwright/test";
import { MEETING, SOURCE_SLUG } from "./seed";

const PAGES = [
  { name: "home", path: "/", ready: "event-list" },
  { name: "event", path: `/events/${MEETING.slug}`, ready: "event-page" },
  { name: "source", path: `/sources/${SOURCE_SLUG}`, ready: "source-page" },
] as const;
const WIDTHS = [390, 1440] as const;

async function horizontalOverflow(page: Page) {
  return page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth }));
}

for (const width of WIDTHS) {
  test.describe(`at ${width}px`, () => {
    test.use({ viewport: { width, height: 900 } });

    for (const target of PAGES) {
      test(`${target.name} page screenshot`, async ({ page }, testInfo) => {
        const response = await page.goto(target.path);
        expect(response?.status()).toBe(200);
        await expect(page.getByTestId(target.ready)).toBeVisible();
        await page.evaluate(() => document.fonts.ready);

        const file = testInfo.outputPath(`${target.name}-${width}.png`);
        // Kept as an artifact: test-results/screenshots-at-<width>px-<page>-page-screenshot-chromium/<page>-<width>.png
        await page.screenshot({ path: file, fullPage: true });

        if (width === 390) {
          const { scrollWidth, innerWidth } = await horizontalOverflow(page);
          expect(scrollWidth, `page scrolls sideways: ${scrollWidth}px of content in a ${innerWidth}px window`).toBeLessThanOrEqual(innerWidth);
        }
      });
    }
  });
}
