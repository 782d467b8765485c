import { readFileSync } from "node:fs";
import { expect, test } from "./test";
import { signIn } from "./sign-in";
import { MEETING, SEED_EVENT_COUNT, SOURCE_SLUG } from "./seed";

// Runs against the second server, on an empty database: nothing is seeded, as on a fresh install.
const article = readFileSync(`prisma/seed-data/sources/${SOURCE_SLUG}.txt`, "utf8");

test.use({ timezoneId: "Pacific/Auckland" });

test("an editor pastes the seed article into /ingest on an empty database and publishes its events in a few clicks", async ({ page }, testInfo) => {
  // The whole path from an empty database to published events, with screenshots: longer than one step.
  test.setTimeout(90_000);
  await signIn(page);
  expect((await (await page.request.get("/api/events")).json()).total).toBe(0);

  await page.getByRole("link", { name: "Ingest" }).click();
  await expect(page).toHaveURL(/\/ingest$/);
  const form = page.getByTestId("ingest-source-form");
  await form.getByRole("textbox", { name: "Title", exact: true }).fill("Japan-U.S. Defense Ministers' Meeting: Koizumi: Japan Will Build a Strong Self-Defense Force");
  await form.getByLabel("Publisher").fill("we2news");
  await form.getByLabel("Author").fill("Stephanie Thomas");
  await form.getByLabel("Published at (as printed)").fill("2025-10-28 23:40");
  await form.getByLabel("Article text").fill(article);
  await form.getByRole("button", { name: "Find events" }).click();

  await expect(page.getByTestId("ingest-count")).toHaveText(`${SEED_EVENT_COUNT} candidates, ${SEED_EVENT_COUNT} accepted`);
  const first = page.getByTestId("candidate").first();
  await expect(first).toContainText("meeting · 29 Oct 2025");
  await expect(first).toContainText("The weekday checks out: 29 Oct 2025 is a Wednesday.");
  await expect(page.getByTestId("candidate").filter({ hasText: "deadline · by end of 2026" })).toHaveCount(1);
  await expect(page.getByTestId("candidate").filter({ hasText: "deadline · FY2025" })).toHaveCount(1);
  // Every quote is highlighted in the text; a click on one selects its candidate.
  // 12 sentences carry the 14 candidates (one sentence holds the target change and both its deadlines)
  expect(await page.getByTestId("ingest-text").locator("mark").count()).toBeGreaterThanOrEqual(12);
  await page.getByTestId("ingest-text").locator("mark", { hasText: "Furthermore, Japan will revise" }).click();
  const deadline = page.getByTestId("candidate").filter({ hasText: "deadline · by end of 2026" });
  await expect(deadline).toHaveClass(/selected/);
  await expect(deadline.getByLabel("Title")).toHaveValue("Furthermore, Japan will revise three security-related documents by the end of 2026");
  await deadline.getByLabel("Title").fill("Japan to revise its three security documents by the end of 2026");

  for (const width of [390, 1440]) {
    await page.setViewportSize({ width, height: 900 });
    await page.evaluate(() => window.scrollTo(0, 0));
    const { scrollWidth, innerWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth }));
    expect(scrollWidth, `the review scrolls sideways at ${width}px`).toBeLessThanOrEqual(innerWidth);
    await page.screenshot({ path: testInfo.outputPath(`ingest-review-${width}.png`), fullPage: false });
  }

  await page.getByRole("button", { name: `Publish ${SEED_EVENT_COUNT} events` }).click();
  const done = page.getByTestId("ingest-published");
  await expect(done.getByRole("listitem")).toHaveCount(SEED_EVENT_COUNT);
  await expect(done).toContainText("Japan to revise its three security documents by the end of 2026");
  await page.screenshot({ path: testInfo.outputPath("ingest-published-1440.png") });

  // The published events are the timeline's, with their quotes, and the source is stored exactly as pasted.
  const listed = await (await page.request.get("/api/events")).json();
  expect(listed.total).toBe(SEED_EVENT_COUNT);
  const sourceSlug = listed.events[0].citations[0].source.slug;
  expect((await (await page.request.get(`/api/sources/${sourceSlug}`)).json()).source.text).toBe(article);
  await page.goto(listed.events.find((e: { kind: string }) => e.kind === "meeting").url);
  await expect(page.getByTestId("event-page")).toContainText(MEETING.quoteFragment);
  await expect(page.getByTestId("event-page")).toContainText(MEETING.dateLabel);
});
