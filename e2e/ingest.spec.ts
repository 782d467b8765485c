import { readFileSync } from "node:fs";
import { expect, test } from "./test";
import { signIn } from "./sign-in";
import { SEED_EVENT_COUNT, SOURCE_SLUG } from "./seed";

// Against the seeded server: the API's refusals, and the duplicate warnings of an article already stored.
const article = readFileSync(`prisma/seed-data/sources/${SOURCE_SLUG}.txt`, "utf8");
const source = (text: string, extra: Record<string, unknown> = {}) => ({ source: { title: "T", publisher: "P", publishedAt: "2025-10-28 23:40", text, ...extra } });

test("POST /api/ingest needs an editor, refuses empty or oversized text with a JSON message, and writes nothing", async ({ page, baseURL }) => {
  const anonymous = await page.request.post("/api/ingest", { headers: { Origin: baseURL! }, data: source(article) });
  expect(anonymous.status()).toBe(401);

  await signIn(page);
  const post = (data: unknown, origin = baseURL!) => page.request.post("/api/ingest", { headers: { Origin: origin }, data });
  expect((await post(source(article), "https://evil.example")).status()).toBe(403);

  const empty = await post(source("  \n "));
  expect(empty.status()).toBe(422);
  expect(await empty.json()).toMatchObject({ error: "The article text is empty.", issues: [{ path: "source.text" }] });

  const huge = await post(source("word ".repeat(40_001)));
  expect(huge.status()).toBe(413);
  expect((await huge.json()).error).toMatch(/200,005 characters long; at most 200,000/);

  const undated = await post(source(article, { publishedAt: "sometime" }));
  expect(undated.status()).toBe(422);
  expect((await undated.json()).issues[0].path).toBe("source.publishedAt");

  const html = await post(source("<p>Japan and the U.S. agreed on 5 May 2026.</p><script>x()</script>", { format: "html" }));
  expect(html.status()).toBe(200);
  const answer = await html.json();
  expect(answer.text).toBe("Japan and the U.S. agreed on 5 May 2026.");
  expect(answer.candidates[0]).toMatchObject({ quote: answer.text, start: 0, kind: "agreement", date: { start: "2026-05-05", precision: "day" }, countries: ["JP", "US"] });

  const before = (await (await page.request.get("/api/events")).json()).total;
  const ok = await post(source(article.replace(/\n/g, "\r\n")));
  expect(ok.status()).toBe(200);
  const body = await ok.json();
  // CRLF is normalised once on the server; the offsets index the text it answers.
  expect(body.text).toBe(article);
  for (const c of body.candidates) expect(body.text.slice(c.start, c.end)).toBe(c.quote);
  expect((await (await page.request.get("/api/events")).json()).total).toBe(before);
});

test("an article already stored is flagged candidate by candidate, and nothing is ticked for publishing", async ({ page }) => {
  await signIn(page);
  await page.goto("/ingest");
  const form = page.getByTestId("ingest-source-form");
  await form.getByRole("textbox", { name: "Title", exact: true }).fill("The same article again");
  await form.getByLabel("Publisher").fill("we2news");
  await form.getByLabel("Published at (as printed)").fill("2025-10-28 23:40");
  await form.getByLabel("Article text").fill(article);
  await form.getByRole("button", { name: "Find events" }).click();
  await expect(page.getByTestId("ingest-count")).toHaveText(`${SEED_EVENT_COUNT} candidates, 0 accepted`);
  await expect(page.getByTestId("candidate").first().getByRole("note")).toContainText("Looks like a stored event");
  await expect(page.getByTestId("candidate").first().getByRole("note").getByRole("link").first()).toHaveAttribute("href", "/events/japan-us-defense-ministers-meeting-2025-10-29");
  await expect(page.getByRole("button", { name: "Publish 0 events" })).toBeDisabled();
  await page.getByTestId("candidate").first().getByRole("checkbox").check();
  await expect(page.getByRole("button", { name: "Publish 1 event" })).toBeEnabled();
});

test("an uploaded HTML page is read as its text, and the candidates' offsets index that text", async ({ page }) => {
  await signIn(page);
  await page.goto("/ingest");
  const form = page.getByTestId("ingest-source-form");
  const html = `<html><head><title>Ministers meet</title><style>p { color: red }</style><script>window.__ran = 1</script></head>
<body><nav>Home | World</nav><h1>Ministers meet</h1><p>The two ministers met in Tokyo on Wednesday (October 29).</p><p>They agreed to expand joint training by the end of 2026.</p></body></html>`;
  await form.getByLabel("File (.txt, .md or .html)").setInputFiles({ name: "article.html", mimeType: "text/html", buffer: Buffer.from(html) });
  await expect(form.getByRole("status")).toContainText("article.html");
  await expect(form.getByRole("textbox", { name: "Title", exact: true })).toHaveValue("Ministers meet");
  await form.getByLabel("Publisher").fill("Test wire");
  await form.getByLabel("Published at (as printed)").fill("2025-10-28 23:40");
  await form.getByRole("button", { name: "Find events" }).click();
  const text = page.getByTestId("ingest-text");
  await expect(text).toHaveText("Ministers meet\n\nThe two ministers met in Tokyo on Wednesday (October 29).\n\nThey agreed to expand joint training by the end of 2026.");
  await expect(page.getByTestId("candidate").first()).toContainText("meeting · 29 Oct 2025");
  await expect(page.getByTestId("candidate").filter({ hasText: "deadline · by end of 2026" })).toHaveCount(1);
  expect(await page.evaluate(() => (window as unknown as { __ran?: number }).__ran)).toBeUndefined();
});
