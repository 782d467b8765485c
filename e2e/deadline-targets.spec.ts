import { expect, test } from "./test";

const TARGET = "japan-defense-spending-2-percent-gdp";
const TARGET_TITLE = "Japan: defense spending at 2% of GDP";
const FY2027 = "japan-2-percent-target-fy2027-original-deadline";
const FY2025 = "japan-2-percent-target-fy2025-deadline";
const BEFORE_MOVE = "2025-10-01";

interface ApiEvent {
  slug: string;
  status: string;
  targets?: { slug: string; title: string; revision: number; role: string }[];
}

const ref = (revision: number, role: string) => ({ slug: TARGET, title: TARGET_TITLE, revision, role });

test.describe("deadline events of target revisions", () => {
  test("an event's JSON names the revision it is the deadline of, and its page links the target", async ({ request, page }) => {
    const fy2025 = (await (await request.get(`/api/events/${FY2025}`)).json()) as { event: ApiEvent };
    expect(fy2025.event.targets).toEqual([ref(1, "deadline")]);
    const fy2027 = (await (await request.get(`/api/events/${FY2027}`)).json()) as { event: ApiEvent };
    expect(fy2027.event.targets).toEqual([ref(0, "announces"), ref(0, "deadline")]);
    const { target } = (await (await request.get(`/api/targets/${TARGET}`)).json()) as { target: { revisions: { deadlineEvent: { slug: string } | null }[] } };
    expect(target.revisions.map((r) => r.deadlineEvent?.slug ?? null)).toEqual([FY2027, FY2025, null]);

    await page.goto(`/events/${FY2025}`);
    const links = page.getByTestId("event-targets");
    await expect(links.getByRole("listitem")).toHaveText([`Deadline of target: ${TARGET_TITLE}`]);
    await links.getByRole("link", { name: TARGET_TITLE }).click();
    await expect(page).toHaveURL(new RegExp(`/targets/${TARGET}$`));
  });
});

test.describe("statuses as known on a day", () => {
  test("the API reads the FY2027 deadline as due before its supersession was reported, and filters by that", async ({ request }) => {
    const list = async (query: string) => ((await (await request.get(`/api/events?${query}`)).json()) as { events: ApiEvent[] }).events;
    expect((await list("")).find((e) => e.slug === FY2027)?.status).toBe("superseded");
    expect((await list(`asOf=${BEFORE_MOVE}`)).find((e) => e.slug === FY2027)?.status).toBe("due");
    expect(await list(`asOf=${BEFORE_MOVE}&status=superseded`)).toEqual([]);
    expect((await list(`asOf=${BEFORE_MOVE}&status=due`)).map((e) => e.slug)).toContain(FY2027);
    expect((await list("asOf=2025-10-29&status=superseded")).map((e) => e.slug)).toEqual([FY2027]);

    const one = (await (await request.get(`/api/events/${FY2027}?asOf=${BEFORE_MOVE}`)).json()) as { event: ApiEvent };
    expect(one.event).toMatchObject({ status: "due", targets: [ref(0, "announces"), ref(0, "deadline")] });
    const later = (await (await request.get(`/api/events/${FY2025}?asOf=${BEFORE_MOVE}`)).json()) as { event: ApiEvent };
    expect(later.event.targets).toBeUndefined();
    const bad = await request.get(`/api/events/${FY2027}?asOf=2025-02-30`);
    expect(bad.status()).toBe(400);
    expect((await bad.json()).issues[0].parameter).toBe("asOf");
  });

  test("the event page, the list and the timeline's details show the status known on the day", async ({ page }) => {
    await page.goto(`/events/${FY2027}?asOf=${BEFORE_MOVE}`);
    await expect(page.getByTestId("event-page").locator(".status").first()).toHaveText("due");
    const deadlineLink = page.getByTestId("event-targets").locator('li[data-role="deadline"] a');
    await expect(deadlineLink).toHaveAttribute("href", `/targets/${TARGET}?asOf=${BEFORE_MOVE}`);
    await page.goto(`/events/${FY2027}`);
    await expect(page.getByTestId("event-page").locator(".status").first()).toHaveText("superseded");

    await page.goto(`/?view=list&asOf=${BEFORE_MOVE}`);
    await expect(page.locator(`[data-testid="event-item"][data-slug="${FY2027}"] .status`)).toHaveText("due");
    await page.goto(`/?asOf=${BEFORE_MOVE}&event=${FY2027}`);
    await expect(page.getByTestId("details").locator(".status")).toHaveText("due");
  });
});

for (const width of [390, 1440] as const) {
  test.describe(`a deadline event's page at ${width}px`, () => {
    test.use({ viewport: { width, height: 900 }, timezoneId: "Pacific/Auckland" });

    test("screenshot with its deadline target link", async ({ page }, testInfo) => {
      for (const [name, path] of [
        ["deadline-event", `/events/${FY2025}`],
        ["deadline-event-as-of", `/events/${FY2027}?asOf=${BEFORE_MOVE}`],
      ] as const) {
        await page.goto(path);
        await expect(page.getByTestId("event-targets").locator('li[data-role="deadline"]')).toBeVisible();
        // Kept as an artifact under test-results/deadline-targets-…/<name>-<width>.png
        await page.screenshot({ path: testInfo.outputPath(`${name}-${width}.png`), fullPage: true });
        const { scrollWidth, innerWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth }));
        expect(scrollWidth, "no sideways scrolling").toBeLessThanOrEqual(innerWidth);
      }
    });
  });
}
