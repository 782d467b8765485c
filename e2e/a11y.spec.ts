import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "./test";
import { MEETING, SOURCE_SLUG } from "./seed";

const PAGES = [
  { name: "timeline", path: "/", ready: "timeline-canvas" },
  { name: "timeline with a selection", path: `/?event=${MEETING.slug}&window=2025-10-01..2025-12-31`, ready: "details" },
  { name: "list view", path: "/?view=list", ready: "event-list" },
  { name: "event page", path: `/events/${MEETING.slug}`, ready: "event-page" },
  { name: "source page", path: `/sources/${SOURCE_SLUG}`, ready: "source-page" },
] as const;

for (const colorScheme of ["light", "dark"] as const) {
  test.describe(`accessibility (${colorScheme})`, () => {
    test.use({ colorScheme });
    for (const target of PAGES) {
      test(`${target.name} has no serious or critical axe violations`, async ({ page }) => {
        await page.goto(target.path);
        await expect(page.getByTestId(target.ready)).toBeVisible();
        const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
        const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
        expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")})`)).toEqual([]);
      });
    }
  });
}

test("marks in view are focusable in time order and Enter selects", async ({ page }) => {
  await page.goto("/?window=2025-10-20..2025-11-08");
  const marks = page.getByTestId("timeline-mark");
  await expect(marks.first()).toBeVisible();
  await marks.first().focus();
  await expect(marks.first()).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("details")).toBeVisible();
});
