import { expect, test } from "./test";
import { fillSignIn, signIn } from "./sign-in";
import { MEETING, SOURCE_SLUG } from "./seed";

const XSS = `<img src=x onerror="window.__xss=1"> <script>window.__xss=2</script> Edited`;

test.describe("editors", () => {
  test.describe.configure({ mode: "serial" });

  test("a wrong password gets a readable message; the right one signs in, and Sign out signs out", async ({ page }) => {
    await fillSignIn(page, "not-the-password");
    await expect(page.getByTestId("login-error")).toHaveText("Wrong email or password.");
    await signIn(page);
    const cookie = (await page.context().cookies()).find((c) => c.name.includes("session_token"));
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Lax" });
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page.getByTestId("account").getByRole("link", { name: "Sign in" })).toBeVisible();
  });

  test("more than 10 failed sign-ins for one address in a minute get 429", async ({ page }) => {
    await page.goto("/login");
    const attempt = () =>
      page.request.post("/api/auth/sign-in/email", {
        headers: { Origin: new URL(page.url()).origin },
        data: { email: "someone-else@e2e.test", password: "wrong-password" },
      });
    for (let i = 0; i < 10; i++) expect((await attempt()).status()).toBe(401);
    const refused = await attempt();
    expect(refused.status()).toBe(429);
    expect((await refused.json()).message).toMatch(/Too many failed sign-ins for this address/);
    // Another address is not affected.
    await signIn(page);
  });

  test("an editor changes an event, sees markup shown literally, and finds the change in its history", async ({ page, browser, baseURL }) => {
    page.on("dialog", (dialog) => {
      throw new Error(`a dialog opened: ${dialog.message()}`);
    });
    await signIn(page);
    await page.goto(`/events/${MEETING.slug}`);
    await page.getByTestId("edit-event").click();
    await expect(page).toHaveURL(new RegExp(`/events/${MEETING.slug}/edit$`));
    await page.getByLabel("Title").fill(XSS);
    await page.getByRole("button", { name: "Save changes" }).click();

    await expect(page).toHaveURL(new RegExp(`/events/${MEETING.slug}$`));
    await expect(page.getByTestId("event-page").getByRole("heading", { level: 1 })).toHaveText(XSS);
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    await expect(page.locator("img[src=x]")).toHaveCount(0);

    // The timeline's server-drawn first frame is SVG markup built from the titles: the markup stays text there too.
    const noScript = await browser.newContext({ javaScriptEnabled: false, baseURL });
    const frame = await noScript.newPage();
    await frame.goto(`/?window=2025-10-01..2025-12-31`);
    const firstFrame = frame.getByTestId("first-frame");
    await expect(firstFrame).toContainText("<img src=x");
    await expect(firstFrame.locator("img, script, foreignObject")).toHaveCount(0);
    await noScript.close();
    await page.goto("/");
    await expect(page.getByTestId("window-label")).toContainText("in view");
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();

    await page.goto(`/events/${MEETING.slug}`);
    await page.getByRole("link", { name: "History" }).click();
    const entries = page.getByTestId("history-entry");
    await expect(entries).toHaveCount(2);
    await expect(entries.nth(0)).toContainText("Version 1: create");
    await expect(entries.nth(0)).toContainText("by seed");
    await expect(entries.nth(1)).toContainText("Version 2: update");
    await expect(entries.nth(1).locator("tr", { hasText: "title" })).toContainText(MEETING.title);
    await expect(entries.nth(1).locator("tr", { hasText: "title" })).toContainText(XSS);
    await entries.nth(0).getByRole("link", { name: "View this version" }).click();
    await expect(page.getByTestId("version-view")).toContainText(MEETING.title);
  });

  test("selecting a passage in the source fills in the quote and its offsets", async ({ page }) => {
    await signIn(page);
    await page.goto(`/events/${MEETING.slug}/edit`);
    const text = page.getByTestId("citation-0-text");
    const { start, end, expected } = await text.evaluate((element) => {
      const node = element.firstChild!;
      const content = node.textContent!;
      const from = content.indexOf("Koizumi");
      const range = document.createRange();
      range.setStart(node, from);
      range.setEnd(node, from + "Koizumi".length);
      window.getSelection()!.removeAllRanges();
      window.getSelection()!.addRange(range);
      return { start: from, end: from + 7, expected: content.slice(from, from + 7) };
    });
    await text.dispatchEvent("mouseup");
    await expect(page.getByTestId("citation-0-quote")).toHaveValue(expected);
    await expect(page.getByTestId("citation-0-offsets")).toHaveText(`Characters ${start}–${end} of the source.`);
  });

  test("from an event's edit page, an editor adds a target revision that the event announces", async ({ page }) => {
    await signIn(page);
    const slug = "japan-revises-three-security-documents-by-end-2026";
    await page.goto(`/events/${slug}/edit`);
    await page.getByTestId("event-target-revisions").getByRole("link", { name: /Add a revision of .* announced by this event/ }).click();
    await expect(page.getByLabel("Announced by (event)")).toHaveValue(slug);
    await page.getByLabel("Value (% of GDP)").fill("2");
    await page.getByLabel("Value as written").fill("2% of GDP, reaffirmed");
    await page.getByLabel("Start", { exact: true }).fill("2026-12-31");
    await page.getByLabel("End", { exact: true }).fill("2026-12-31");
    await page.getByRole("combobox", { name: /^Precision/ }).selectOption("by");
    await page.getByLabel("Label", { exact: true }).fill("by end of 2026");
    await page.getByRole("button", { name: "Add revision" }).click();
    await expect(page).toHaveURL(/\/targets\/japan-defense-spending-2-percent-gdp$/);
    const target = await (await page.request.get("/api/targets/japan-defense-spending-2-percent-gdp")).json();
    type Revision = { position: number; valueLabel: string; status: string; supersedes: number | null; deadline: { label: string } | null };
    const revisions: Revision[] = target.target.revisions;
    const added = revisions.find((r) => r.valueLabel === "2% of GDP, reaffirmed");
    expect(added).toMatchObject({ announcedBy: { slug }, deadline: { precision: "by", end: "2026-12-31" } });
    // It replaced the latest commitment (FY2025), which is now marked superseded.
    const replaced = revisions.find((r) => r.position === added!.supersedes);
    expect(replaced).toMatchObject({ deadline: { label: "FY2025" }, status: "superseded" });
    await page.goto(`/events/${slug}/edit`);
    await expect(page.getByTestId("event-target-revisions").getByRole("listitem").first()).toContainText("2% of GDP");
  });

  test("a stale save answers with a readable conflict and overwrites nothing", async ({ page }) => {
    await signIn(page);
    await page.goto(`/events/${MEETING.slug}/edit`);
    // Someone else saves first, through the API with the same session.
    const current = await (await page.request.get(`/api/events/${MEETING.slug}`)).json();
    const other = await page.request.put(`/api/events/${MEETING.slug}`, {
      headers: { Origin: new URL(page.url()).origin },
      data: { ...current.event, title: "Saved by someone else", version: current.version },
    });
    expect(other.status()).toBe(200);
    await page.getByLabel("Title").fill("My stale title");
    await page.getByRole("button", { name: "Save changes" }).click();
    await expect(page.getByTestId("write-error")).toContainText("changed by someone else");
    const after = await (await page.request.get(`/api/events/${MEETING.slug}`)).json();
    expect(after.event.title).toBe("Saved by someone else");
  });

  test("writes from another site or without a session are refused", async ({ page, playwright }) => {
    await signIn(page);
    const body = { data: { slug: "x" } };
    const crossSite = await page.request.post("/api/events", { ...body, headers: { Origin: "https://attacker.example" } });
    expect(crossSite.status()).toBe(403);
    expect((await crossSite.json()).error).toMatch(/Origin check failed/);
    const anonymous = await playwright.request.newContext({ baseURL: new URL(page.url()).origin });
    const unauthenticated = await anonymous.post("/api/import", { data: { events: [] } });
    expect(unauthenticated.status()).toBe(401);
    await anonymous.dispose();
  });

  test("an import is checked by a dry run, then written on confirmation", async ({ page }) => {
    await signIn(page);
    await page.goto("/import");
    await page.getByLabel("File (.json or .csv)").setInputFiles("docs/import-example.json");
    await page.getByRole("button", { name: "Check (dry run)" }).click();
    const dry = page.getByTestId("dry-run-report");
    await expect(dry.locator("tr", { hasText: "events" })).toContainText("1");
    expect((await page.request.get("/api/events/japan-draft-national-security-strategy-spring-2026")).status()).toBe(404);
    await page.getByRole("button", { name: "Import for real" }).click();
    await expect(page.getByTestId("import-report")).toBeVisible();
    expect((await page.request.get("/api/events/japan-draft-national-security-strategy-spring-2026")).status()).toBe(200);

    await page.getByLabel("Or paste it").fill('{"events":[{"slug":"Bad Slug"}]}');
    await page.getByRole("button", { name: "Check (dry run)" }).click();
    await expect(page.getByTestId("write-error")).toContainText("events[0].slug");
  });

  test("a personal token is shown once, works as a bearer token, and stops working when revoked", async ({ page, playwright }) => {
    await signIn(page);
    await page.goto("/account/tokens");
    await page.getByLabel("Token name").fill("e2e script");
    await page.getByRole("button", { name: "Create token" }).click();
    const token = (await page.getByTestId("new-token").locator(".token-value").textContent())!.trim();
    expect(token).toMatch(/^pt_/);
    const client = await playwright.request.newContext({ baseURL: new URL(page.url()).origin });
    const check = () => client.post("/api/import?dryRun=1", { headers: { Authorization: `Bearer ${token}` }, data: { events: [] } });
    expect((await check()).status()).toBe(200);
    await page.reload();
    await expect(page.getByTestId("new-token")).toHaveCount(0);
    await page.getByRole("button", { name: "Revoke e2e script" }).click();
    await expect(page.getByTestId("token-list")).toContainText("revoked");
    expect((await check()).status()).toBe(401);
    await client.dispose();
  });

  test("a reader may sign in but not write (403)", async ({ page, playwright }) => {
    await signIn(page);
    const origin = new URL(page.url()).origin;
    const made = await page.request.post("/api/users", { headers: { Origin: origin }, data: { email: "reader@e2e.test", password: "reader-password", role: "reader" } });
    expect(made.status()).toBe(201);
    const reader = await playwright.request.newContext({ baseURL: origin });
    expect((await reader.post("/api/auth/sign-in/email", { headers: { Origin: origin }, data: { email: "reader@e2e.test", password: "reader-password" } })).status()).toBe(200);
    const write = await reader.post("/api/events", { headers: { Origin: origin }, data: {} });
    expect(write.status()).toBe(403);
    expect((await write.json()).error).toMatch(/editor role/);
    expect((await reader.get("/api/audit")).status()).toBe(403);

    // The admin makes the reader an editor on the accounts page: the next write passes the role check.
    await page.goto("/admin/users");
    await page.getByLabel("Role of reader@e2e.test").selectOption("editor");
    await expect(page.getByLabel("Role of reader@e2e.test")).toHaveValue("editor");
    await expect.poll(async () => (await reader.post("/api/events", { headers: { Origin: origin }, data: {} })).status()).toBe(422);
    await reader.dispose();
  });

  test("a deleted event leaves the timeline and its permalink answers 410", async ({ page }) => {
    await signIn(page);
    const origin = { Origin: new URL(page.url()).origin };
    const created = await page.request.post("/api/events", {
      headers: origin,
      data: {
        slug: "e2e-to-delete",
        title: "An event to delete",
        summary: "Made by the end-to-end tests.",
        kind: "statement",
        status: "occurred",
        date: { start: "2025-10-29", end: "2025-10-29", precision: "day", label: "29 Oct 2025" },
        countries: ["JP"],
        citations: [{ source: SOURCE_SLUG, quote: "Koizumi", occurrence: 0 }],
      },
    });
    expect(created.status()).toBe(201);
    await page.goto("/events/e2e-to-delete/edit");
    page.once("dialog", (dialog) => dialog.accept());
    await page.getByRole("button", { name: "Delete event" }).click();
    await expect(page).toHaveURL(/\/events\/e2e-to-delete$/);
    const response = await page.goto("/events/e2e-to-delete");
    expect(response?.status()).toBe(410);
    await expect(page.getByTestId("event-removed")).toContainText("was removed on");
  });
});

const SIGNED_IN_PAGES = [
  { name: "edit", path: `/events/${MEETING.slug}/edit`, ready: "event-editor" },
  { name: "history", path: `/events/${MEETING.slug}/history`, ready: "history-page" },
  { name: "import", path: "/import", ready: "import-form" },
  { name: "ingest", path: "/ingest", ready: "ingest-source-form" },
  { name: "new-source", path: "/sources/new", ready: "source-editor" },
  { name: "revision", path: "/targets/japan-defense-spending-2-percent-gdp/edit", ready: "revision-form" },
  { name: "audit", path: "/admin/audit", ready: "audit-page" },
  { name: "users", path: "/admin/users", ready: "users-page" },
] as const;

for (const width of [390, 1440] as const) {
  test.describe(`signed-in pages at ${width}px`, () => {
    test.use({ viewport: { width, height: 900 }, timezoneId: "Pacific/Auckland" });
    for (const target of SIGNED_IN_PAGES) {
      test(`${target.name} page screenshot`, async ({ page }, testInfo) => {
        await signIn(page);
        const response = await page.goto(target.path);
        expect(response?.status()).toBe(200);
        await expect(page.getByTestId(target.ready)).toBeVisible();
        await page.screenshot({ path: testInfo.outputPath(`${target.name}-${width}.png`), fullPage: true });
        const { scrollWidth, innerWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth }));
        expect(scrollWidth, `page scrolls sideways: ${scrollWidth}px in a ${innerWidth}px window`).toBeLessThanOrEqual(innerWidth);
      });
    }
  });
}
