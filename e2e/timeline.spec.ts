import { expect, test } from "./test";
import type { Page } from "@playwright/test";
import { CHINA_EVENT_COUNT, END_2026_DEADLINE, MEETING, SEED_EVENT_COUNT } from "./seed";
import { tickFacet } from "./facets";

/** Opens a timeline page and waits until its events have arrived and are drawn. */
async function openTimeline(page: Page, url: string) {
  await page.goto(url);
  await expect(page.getByTestId("window-label")).toContainText("in view");
}

const viewport = (page: Page) => page.getByTestId("timeline-viewport");
const windowOf = async (page: Page) => (await viewport(page).getAttribute("data-window")) ?? "";
const spanDays = (w: string) => {
  const [from, to] = w.split("..").map((d) => Date.parse(`${d}T00:00:00Z`));
  return (to - from) / 86_400_000 + 1;
};

test.describe("interactive timeline", () => {
  test("draws every event in lanes, with today marked", async ({ page }) => {
    await openTimeline(page, "/");
    await expect(page.getByTestId("result-count")).toHaveText(`${SEED_EVENT_COUNT} events`);
    await expect(page.getByTestId("window-label")).toContainText(`${SEED_EVENT_COUNT} of ${SEED_EVENT_COUNT} in view`);
    await expect(page.getByTestId("timeline-canvas")).toHaveAttribute("data-rendered", /[1-9]/);
    await expect(page.getByTestId("lane-label").first()).toHaveText("Japan");
    await expect(page.getByTestId("today-marker")).toHaveCount(1);
    await expect(page.getByRole("region", { name: "Timeline", exact: true })).toBeVisible();
  });

  test("the mouse wheel zooms and the window lands in the URL", async ({ page }) => {
    await openTimeline(page, "/");
    const before = await windowOf(page);
    expect(new URL(page.url()).searchParams.has("window")).toBe(false);
    const box = (await viewport(page).boundingBox())!;
    await page.mouse.move(box.x + box.width * 0.3, box.y + 30);
    for (let i = 0; i < 5; i++) await page.mouse.wheel(0, -200);
    await expect.poll(() => windowOf(page).then(spanDays)).toBeLessThan(spanDays(before));
    const shown = await windowOf(page);
    await expect.poll(() => new URL(page.url()).searchParams.get("window")).toBe(shown);
  });

  test("the keyboard zooms, pans, fits and steps through events", async ({ page }) => {
    await openTimeline(page, "/");
    const region = page.getByRole("region", { name: "Timeline", exact: true });
    await region.focus();
    const fitted = await windowOf(page);
    await page.keyboard.press("+");
    await expect.poll(() => windowOf(page).then(spanDays)).toBeLessThan(spanDays(fitted) * 0.6);
    const zoomed = await windowOf(page);
    await page.keyboard.press("ArrowRight");
    await expect.poll(() => windowOf(page)).not.toBe(zoomed);
    await page.keyboard.press("0");
    await expect.poll(() => windowOf(page)).toBe(fitted);
    await page.keyboard.press("n");
    await expect(page.getByTestId("details")).toBeVisible();
    await expect(page).toHaveURL(/[?&]event=/);
    await page.keyboard.press("Escape");
    await expect(page.getByTestId("details")).toHaveCount(0);
  });

  test("a link's window survives events that arrive late", async ({ page }) => {
    // Slow feed: the page renders, and would write its window, before there is anything to draw.
    await page.route("**/api/timeline**", async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1500));
      await route.continue();
    });
    await openTimeline(page, `/?window=2025-10-20..2025-11-08`);
    await expect(page.getByTestId("window-label")).toContainText("20 Oct 2025 – 8 Nov 2025");
    await expect(page.locator(`[data-testid="timeline-mark"][data-slug="${MEETING.slug}"]`).first()).toBeVisible();
    await page.waitForTimeout(400);
    await expect(page).toHaveURL(/[?&]window=2025-10-20\.\.2025-11-08(&|$)/);
  });

  test("clicking a mark shows its details with quotes and links", async ({ page }) => {
    await openTimeline(page, `/?window=2025-10-20..2025-11-08`);
    const mark = page.locator(`[data-testid="timeline-mark"][data-slug="${MEETING.slug}"]`).first();
    await mark.hover();
    await expect(page.getByTestId("tooltip")).toContainText(MEETING.title);
    await mark.click();
    const details = page.getByTestId("details");
    await expect(details).toHaveAttribute("data-slug", MEETING.slug);
    await expect(details.getByTestId("details-date")).toHaveText(MEETING.dateLabel);
    await expect(details.getByTestId("details-citation").first()).toContainText(MEETING.quoteFragment);
    await expect(details.getByTestId("permalink")).toHaveAttribute("href", `/events/${MEETING.slug}`);
    await expect(page).toHaveURL(new RegExp(`[?&]event=${MEETING.slug}`));
  });

  test("a filter narrows lanes and URL, and Back restores the previous view", async ({ page }) => {
    await openTimeline(page, "/");
    const lanesBefore = await page.getByTestId("lane-label").allTextContents();
    expect(lanesBefore).toContain("North Korea");
    await tickFacet(page, "Kinds", "deadline");
    await expect(page).toHaveURL(/[?&]kind=deadline(&|$)/);
    await expect(page.getByTestId("result-count")).toHaveText("3 events");
    await expect(page.getByTestId("lane-label")).toHaveText(["Japan"]);
    await page.goBack();
    await expect(page).not.toHaveURL(/kind=/);
    await expect(page.getByTestId("lane-label")).toHaveText(lanesBefore);
    await expect(page.getByTestId("result-count")).toHaveText(`${SEED_EVENT_COUNT} events`);
  });

  test("a copied view link reopens the same window and selection", async ({ page, context }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await openTimeline(page, `/?country=CN&window=2025-09-01..2025-12-31&event=${MEETING.slug}`);
    await expect(page.getByTestId("details")).toHaveAttribute("data-slug", MEETING.slug);
    await page.getByRole("region", { name: "Timeline", exact: true }).focus();
    await page.keyboard.press("-");
    await expect.poll(() => windowOf(page).then(spanDays)).toBeGreaterThan(150);
    const shownWindow = await windowOf(page);
    await expect(page).toHaveURL(new RegExp(`window=${shownWindow.replace(/\./g, "\\.")}`));
    await page.getByRole("button", { name: "Copy link to this view" }).click();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain(`window=${shownWindow}`);

    const second = await context.newPage();
    await openTimeline(second, copied);
    await expect(second.getByTestId("result-count")).toHaveText(`${CHINA_EVENT_COUNT} events`);
    await expect(second.getByTestId("details")).toHaveAttribute("data-slug", MEETING.slug);
    expect(await windowOf(second)).toBe(shownWindow);
  });

  test("the list view shows the same events as the timeline", async ({ page, request }) => {
    const api = (await (await request.get("/api/events?country=CN")).json()) as { events: { slug: string }[] };
    await openTimeline(page, "/?country=CN");
    await page.getByTestId("list-view-link").click();
    await expect(page).toHaveURL(/view=list/);
    const listed = await page.getByTestId("event-item").evaluateAll((items) => items.map((i) => i.getAttribute("data-slug")));
    expect(listed).toEqual(api.events.map((e) => e.slug));
  });

  test("a permalink's 'view on timeline' opens the event selected and in view", async ({ page }) => {
    await page.goto(`/events/${END_2026_DEADLINE.slug}`);
    await page.getByTestId("view-on-timeline").click();
    await expect(page.getByTestId("details")).toHaveAttribute("data-slug", END_2026_DEADLINE.slug);
    await expect(page.locator(`[data-testid="timeline-mark"][data-slug="${END_2026_DEADLINE.slug}"]`)).toHaveCount(1);
  });

  test("the embed mode works inside an iframe, without site chrome, links leaving the frame", async ({ page, baseURL }) => {
    await page.setContent(`<iframe title="Embedded timeline" src="${baseURL}/?embed=1&country=CN" width="900" height="700"></iframe>`);
    const frame = page.frameLocator("iframe");
    await expect(frame.getByTestId("result-count")).toHaveText(`${CHINA_EVENT_COUNT} events`);
    await expect(frame.locator(".site-header")).toBeHidden();
    await expect(frame.getByRole("link", { name: /Open in Policy Timeline/ })).toHaveAttribute("target", "_top");
    await frame.getByRole("region", { name: "Timeline", exact: true }).focus();
    await frame.getByRole("region", { name: "Timeline", exact: true }).press("n");
    await expect(frame.getByTestId("permalink")).toHaveAttribute("target", "_top");
  });

  test("without JavaScript the server-drawn first frame shows the timeline", async ({ browser, baseURL }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
    const page = await context.newPage();
    await page.goto("/?country=CN");
    const frame = page.getByTestId("first-frame");
    await expect(frame).toBeVisible();
    await expect(frame.locator("text", { hasText: "China" }).first()).toBeAttached();
    // Marks that look alike are one path (or a lone circle or rect), as on the canvas.
    await expect(frame.locator("path, circle").first()).toBeAttached();
    expect(await page.locator("noscript").innerHTML()).toContain("The interactive timeline needs JavaScript");
    // Unfiltered, the 2% target's moved deadline is drawn between the axis and the lanes, as in the live view,
    // as a picture: nothing in the frame can be focused.
    await page.goto("/");
    const strip = page.getByTestId("first-frame").getByTestId("target-strip");
    await expect(strip).toBeVisible();
    await expect(strip.getByTestId("chain-revision")).toHaveCount(2);
    await expect(page.getByTestId("first-frame").locator("[tabindex], a, button")).toHaveCount(0);
    await context.close();
  });

  test("the first frame has the live view's layout, so the lanes stay in place when the canvas takes over", async ({ page }) => {
    // The scripts are held back until the first frame has been measured.
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route("**/_next/static/chunks/*.js", async (route) => {
      await held;
      await route.continue();
    });
    await page.goto("/", { waitUntil: "commit" });
    await expect(page.getByTestId("first-frame").getByTestId("target-strip")).toBeVisible();
    // Measure what a reader first sees: the browser paints nothing before the stylesheets have loaded.
    await page.waitForFunction(() => Array.from(document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')).every((link) => link.sheet !== null));
    const framedLanesTop = (await page.getByTestId("first-frame").locator("> div").last().boundingBox())!.y;
    release();
    await expect(page.getByTestId("window-label")).toContainText("in view");
    const liveLanesTop = (await page.getByTestId("timeline-viewport").boundingBox())!.y;
    // The frame is drawn 1000 px wide and scaled to the timeline's width, so a few pixels may differ; the
    // target strip's height (30 px for the seed's one target) may not.
    expect(Math.abs(liveLanesTop - framedLanesTop)).toBeLessThan(12);
  });

  test("with JavaScript the canvas takes over from the first frame", async ({ page }) => {
    await openTimeline(page, "/");
    await expect(page.getByTestId("first-frame")).toHaveCount(0);
    await expect(page.getByTestId("timeline-canvas")).toBeVisible();
  });
});
