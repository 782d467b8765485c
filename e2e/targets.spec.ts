import { expect, test } from "./test";
import type { Page } from "@playwright/test";

const TARGET = "japan-defense-spending-2-percent-gdp";
const TARGET_TITLE = "Japan: defense spending at 2% of GDP";
const MOVE_EVENT = "japan-moves-2-percent-target-to-fy2025";

interface ApiRevision {
  kind: string;
  value: number;
  deadline: { start: string; end: string; label: string } | null;
  announcedBy: { slug: string; announcedDate: string | null };
  citations: { quote: string; start: number; end: number; source: { slug: string } }[];
}

/** The chart comes in a wide and a narrow layout; only the one that fits the window is shown. */
const chart = (page: Page) => page.getByTestId("target-chart").locator("svg.tc-svg").filter({ visible: true });

/** In the chart's own coordinates: where the arrow starts and ends, and the marks it joins. */
function arrowGeometry(svg: SVGSVGElement) {
  const arrow = svg.querySelector('[data-testid="revision-arrow"]')!;
  const mark = (position: string | null) => {
    const g = svg.querySelector(`[data-testid="revision-mark"][data-position="${position}"]`)!;
    const rect = g.querySelector("rect")!;
    return { label: g.textContent, center: rect.x.baseVal.value + rect.width.baseVal.value / 2, top: rect.y.baseVal.value };
  };
  const path = arrow.querySelector("path")!;
  const start = path.getPointAtLength(0);
  const end = path.getPointAtLength(path.getTotalLength());
  return { from: mark(arrow.getAttribute("data-from")), to: mark(arrow.getAttribute("data-to")), start: { x: start.x, y: start.y }, end: { x: end.x, y: end.y } };
}

test.describe("target page", () => {
  test("draws the revision arrow from FY2027 to FY2025 and the U.S. 3.5% proposal", async ({ page }) => {
    const response = await page.goto(`/targets/${TARGET}`);
    expect(response?.status()).toBe(200);
    await expect(page).toHaveTitle(new RegExp(TARGET_TITLE));
    await expect(page.locator('meta[name="description"]')).toHaveAttribute("content", /FY2027 to FY2025/);

    const svg = chart(page);
    await expect(svg).toHaveCount(1);
    await expect(svg.locator("title")).toContainText(TARGET_TITLE);
    await expect(svg.getByTestId("revision-mark")).toHaveCount(2);
    await expect(svg.getByTestId("revision-arrow")).toHaveCount(1);
    await expect(svg.getByTestId("revision-arrow")).toContainText("moved forward");
    await expect(svg.getByTestId("proposal-line")).toContainText("Proposed by United States government: 3.5%");

    const geometry = await svg.evaluate(arrowGeometry);
    expect(geometry.from.label).toContain("FY2027");
    expect(geometry.to.label).toContain("FY2025");
    expect(geometry.from.center).toBeGreaterThan(geometry.to.center);
    expect(geometry.start.x).toBeCloseTo(geometry.from.center, 0);
    expect(geometry.end.x).toBeCloseTo(geometry.to.center, 0);
    expect(geometry.end.y).toBeLessThan(geometry.to.top);

    const revisions = page.getByTestId("revision");
    await expect(revisions).toHaveCount(3);
    await expect(revisions.nth(0).getByTestId("revision-deadline")).toContainText("FY2027");
    await expect(revisions.nth(0).getByTestId("revision-deadline")).toContainText("1 Apr 2027 – 31 Mar 2028");
    await expect(revisions.nth(0)).toContainText("superseded");
    await expect(revisions.nth(1).getByTestId("revision-deadline")).toContainText("FY2025");
    await expect(revisions.nth(1)).toContainText("in force");
    await expect(revisions.nth(2)).toContainText("Proposal by United States government");
    await expect(revisions.nth(2).getByTestId("revision-value")).toHaveText("3.5% of GDP (U.S. hint)");
    await expect(page.getByTestId("in-force")).toContainText("FY2025");
  });

  test("a revision's quote opens in one click and links to its place in the source", async ({ page }) => {
    await page.goto(`/targets/${TARGET}`);
    const moved = page.getByTestId("revision").nth(1);
    await expect(moved.getByRole("link", { name: /moves its 2%-of-GDP/ })).toHaveAttribute("href", `/events/${MOVE_EVENT}`);
    const quote = moved.getByTestId("quote");
    await expect(quote).toBeHidden();
    await moved.getByTestId("revision-citation").locator("summary").click();
    await expect(quote).toBeVisible();
    await expect(quote).toContainText("from fiscal year 2027 to fiscal year 2025");
    await expect(moved.locator('a[href^="/sources/"]')).toHaveAttribute("href", /#c-\d+$/);
  });

  test("?asOf=2025-10-01 shows the target as known then: FY2027 in force, no proposal", async ({ page }) => {
    await page.goto(`/targets/${TARGET}?asOf=2025-10-01`);
    await expect(page.getByTestId("as-of-banner")).toContainText("As known on 1 Oct 2025");
    await expect(page.getByTestId("in-force")).toContainText("FY2027");
    await expect(page.getByTestId("revision")).toHaveCount(1);
    await expect(page.getByTestId("revision").first()).toContainText("due");
    // Nothing reported later: the description is told from what was known then.
    await expect(page.getByTestId("target-description")).toContainText("As known on 1 Oct 2025");
    await expect(page.getByTestId("target-description")).not.toContainText("FY2025");
    await expect(page.locator("main")).not.toContainText("3.5%");
    const svg = chart(page);
    await expect(svg.getByTestId("revision-arrow")).toHaveCount(0);
    await expect(svg.getByTestId("proposal-line")).toHaveCount(0);
    await expect(svg.getByTestId("as-of-line")).toContainText("as known on 1 Oct 2025");

    await page.getByTestId("as-of-banner").getByRole("link", { name: "See the current state" }).click();
    await expect(page).toHaveURL(new RegExp(`/targets/${TARGET}$`));
    await expect(page.getByTestId("in-force")).toContainText("FY2025");
  });

  test("an invalid asOf shows a notice and the current state", async ({ page }) => {
    const response = await page.goto(`/targets/${TARGET}?asOf=2025-13-01`);
    expect(response?.status()).toBe(200);
    await expect(page.getByTestId("parameter-notice")).toContainText("asOf must be a date written YYYY-MM-DD");
    await expect(page.getByTestId("as-of-banner")).toHaveCount(0);
    await expect(page.getByTestId("in-force")).toContainText("FY2025");
  });

  test("an unknown target is 404", async ({ page }) => {
    const response = await page.goto("/targets/no-such-target");
    expect(response?.status()).toBe(404);
    await expect(page.getByTestId("not-found")).toBeVisible();
  });

  test("the list links to the target, keeping asOf", async ({ page }) => {
    await page.goto("/targets?asOf=2025-10-01");
    const item = page.getByTestId("target-item");
    await expect(item).toHaveCount(1);
    await expect(item.getByTestId("target-in-force")).toContainText("FY2027");
    await expect(item.getByTestId("target-revision-count")).toHaveText("1");
    await item.getByRole("link", { name: TARGET_TITLE }).click();
    await expect(page).toHaveURL(new RegExp(`/targets/${TARGET}\\?asOf=2025-10-01$`));

    await page.goto("/targets");
    await expect(page.getByTestId("target-item").getByTestId("target-in-force")).toContainText("FY2025");
    await expect(page.getByTestId("target-item").getByTestId("target-revision-count")).toContainText("3");
  });
});

test.describe("targets API", () => {
  test("an event's JSON names the target revisions it announced, and its page links them", async ({ request, page }) => {
    const { event } = (await (await request.get(`/api/events/${MOVE_EVENT}`)).json()) as { event: { targets?: { slug: string; title: string; revision: number; role: string }[] } };
    expect(event.targets).toEqual([{ slug: TARGET, title: TARGET_TITLE, revision: 1, role: "announces" }]);
    await page.goto(`/events/${MOVE_EVENT}`);
    await page.getByTestId("event-targets").getByRole("link", { name: TARGET_TITLE }).click();
    await expect(page).toHaveURL(new RegExp(`/targets/${TARGET}$`));
  });

  test("GET /api/targets/{slug} returns the revisions oldest first with their citations", async ({ request }) => {
    const response = await request.get(`/api/targets/${TARGET}`);
    expect(response.status()).toBe(200);
    const { target } = (await response.json()) as { target: { slug: string; inForce: number; revisions: ApiRevision[] } };
    expect(target.slug).toBe(TARGET);
    expect(target.revisions.map((r) => [r.kind, r.deadline?.label ?? null])).toEqual([
      ["commitment", "FY2027"],
      ["commitment", "FY2025"],
      ["proposal", null],
    ]);
    expect(target.revisions[1].deadline).toMatchObject({ start: "2025-04-01", end: "2026-03-31" });
    expect(target.revisions[1].announcedBy).toMatchObject({ slug: MOVE_EVENT, announcedDate: "2025-10-29" });
    expect(target.revisions[2].value).toBe(3.5);
    for (const r of target.revisions) expect(r.citations.length).toBeGreaterThan(0);

    const list = await request.get("/api/targets");
    expect(list.status()).toBe(200);
    expect(((await list.json()) as { targets: { slug: string }[] }).targets.map((t) => t.slug)).toEqual([TARGET]);
  });

  test("asOf=2025-10-01 gives FY2027 in force", async ({ request }) => {
    const response = await request.get(`/api/targets/${TARGET}?asOf=2025-10-01`);
    expect(response.status()).toBe(200);
    const { target } = (await response.json()) as { target: { inForce: number; description: string; revisions: (ApiRevision & { position: number })[] } };
    expect(target.revisions.map((r) => r.deadline?.label)).toEqual(["FY2027"]);
    expect(target.description).not.toMatch(/FY2025|3\.5/);
    expect(target.inForce).toBe(target.revisions[0].position);
  });

  test("a bad asOf or an unknown parameter is 400 with the issues; an unknown slug is 404", async ({ request }) => {
    for (const path of [`/api/targets/${TARGET}?asOf=2025-02-30`, "/api/targets?asOf=soon", "/api/targets?country=JP"]) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(400);
      const body = await response.json();
      expect(typeof body.error, path).toBe("string");
      expect(body.issues.length, path).toBeGreaterThan(0);
    }
    for (const path of ["/api/targets/no-such-target", "/api/targets/Not_A_Slug"]) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(404);
      expect(typeof (await response.json()).error).toBe("string");
    }
  });
});

for (const width of [390, 1440] as const) {
  test.describe(`targets at ${width}px`, () => {
    test.use({ viewport: { width, height: 900 } });

    for (const [name, path, ready] of [
      ["target", `/targets/${TARGET}`, "target-page"],
      ["target-as-of", `/targets/${TARGET}?asOf=2025-10-01`, "target-page"],
      ["targets", "/targets", "targets-page"],
    ] as const) {
      test(`${name} screenshot`, async ({ page }, testInfo) => {
        await page.goto(path);
        await expect(page.getByTestId(ready)).toBeVisible();
        await page.locator("details").evaluateAll((all) => all.slice(0, 1).forEach((d) => d.setAttribute("open", "")));
        // Kept as an artifact under test-results/targets-…/<name>-<width>.png
        await page.screenshot({ path: testInfo.outputPath(`${name}-${width}.png`), fullPage: true });
        await page.getByTestId("target-chart").or(page.getByTestId("target-list")).screenshot({ path: testInfo.outputPath(`${name}-${width}-detail.png`), scale: "device" });
        const { scrollWidth, innerWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth }));
        expect(scrollWidth, "no sideways scrolling").toBeLessThanOrEqual(innerWidth);
      });
    }

    test("target page in dark mode", async ({ page }, testInfo) => {
      await page.emulateMedia({ colorScheme: "dark" });
      await page.goto(`/targets/${TARGET}`);
      await expect(page.getByTestId("target-page")).toBeVisible();
      await page.screenshot({ path: testInfo.outputPath(`target-dark-${width}.png`), fullPage: true });
    });
  });
}
