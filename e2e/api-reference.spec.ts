import type { APIRequestContext, APIResponse } from "@playwright/test";
import { OPERATIONS, operationId } from "../lib/openapi/document";
import { documentValidator } from "../lib/openapi/test-validator";
import type { Operation } from "../lib/openapi/types";
import { signIn } from "./sign-in";
import { expect, test } from "./test";

type Document = { components: object; paths: Record<string, Record<string, { responses: Record<string, { content?: Record<string, { schema: object }> }> }>> };

async function served(request: APIRequestContext): Promise<Document> {
  const response = await request.get("/api/openapi.json");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toContain("application/json");
  expect(response.headers()["cache-control"]).toContain("max-age=");
  return (await response.json()) as Document;
}

/** Checks a real answer against the served document's schema for its status, and against the zod schema it was made from. */
async function expectDocumented(document: Document, operation: Operation, response: APIResponse) {
  const where = `${operation.method.toUpperCase()} ${operation.path} → ${response.status()}`;
  const documented = document.paths[operation.path][operation.method].responses[String(response.status())];
  expect(documented, `${where} is a documented status`).toBeDefined();
  const answer = operation.answers.find((a) => a.status === response.status())!;
  if (answer.mediaType) {
    expect(response.headers()["content-type"], where).toContain(answer.mediaType);
    return;
  }
  expect(response.headers()["content-type"], where).toContain("application/json");
  const body: unknown = await response.json();
  expect(documentValidator(document)(documented.content!["application/json"].schema, body), where).toBeNull();
  expect(answer.schema!.safeParse(body).error, where).toBeUndefined();
}

const find = (method: string, path: string) => OPERATIONS.find((o) => o.method === method && o.path === path)!;

test.describe("the API reference", () => {
  test("every public read answers its example request as the document says", async ({ request }) => {
    const document = await served(request);
    const reads = OPERATIONS.filter((o) => o.method === "get" && o.access === "public");
    expect(reads.length).toBeGreaterThan(10);
    for (const operation of reads) {
      const response = await request.get(operation.example);
      expect(response.status(), operation.example).toBe(200);
      await expectDocumented(document, operation, response);
    }
  });

  test("refusals and signed-in answers match the document too", async ({ page, request }) => {
    const document = await served(request);
    await expectDocumented(document, find("get", "/api/events"), await request.get("/api/events?country=JPN"));
    await expectDocumented(document, find("get", "/api/events/{slug}"), await request.get("/api/events/no-such-event"));
    await expectDocumented(document, find("get", "/api/targets/{slug}"), await request.get("/api/targets/no-such-target?asOf=2025-02-30"));
    await expectDocumented(document, find("post", "/api/events"), await request.post("/api/events", { data: {} }));

    await signIn(page);
    const origin = new URL(page.url()).origin;
    for (const path of ["/api/audit", "/api/tokens", "/api/users", "/api/auth/get-session"]) {
      const operation = find("get", path);
      const response = await page.request.get(operation.example);
      expect(response.status(), path).toBe(200);
      await expectDocumented(document, operation, response);
    }
    // Writes that write nothing: a dry-run import of the example bundle and an article read for candidates.
    for (const path of ["/api/import", "/api/ingest"]) {
      const operation = find("post", path);
      const response = await page.request.post(operation.example, { headers: { Origin: origin }, data: operation.body!.example });
      expect(response.status(), path).toBe(200);
      await expectDocumented(document, operation, response);
    }
    await expectDocumented(document, find("post", "/api/events"), await page.request.post("/api/events", { headers: { Origin: origin }, data: { slug: "Not A Slug" } }));
  });

  test("the header's API link opens the reference, which shows every endpoint with an example request and answer", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("navigation", { name: "Site" }).getByRole("link", { name: "API", exact: true }).click();
    await expect(page).toHaveURL(/\/api$/);
    await expect(page.getByRole("heading", { level: 1, name: "API" })).toBeVisible();
    const sections = page.getByTestId("api-operation");
    await expect(sections).toHaveCount(OPERATIONS.length);
    for (const operation of OPERATIONS) {
      const section = page.locator(`#${operationId(operation)}`);
      await expect(section.getByTestId("api-example-request"), operation.path).toContainText(`curl`);
      await expect(section.getByTestId("api-example-request"), operation.path).toContainText(operation.example);
      await expect(section.getByTestId("api-example-answer"), operation.path).toContainText("HTTP 2");
    }
    await expect(page.getByRole("link", { name: "/api/openapi.json", exact: true })).toHaveAttribute("href", "/api/openapi.json");
  });

  for (const width of [390, 1440] as const) {
    test.describe(`at ${width}px`, () => {
      test.use({ viewport: { width, height: 900 }, timezoneId: "Pacific/Auckland" });

      test("screenshot, without sideways scrolling", async ({ page }, testInfo) => {
        await page.goto("/api");
        await expect(page.getByTestId("api-page")).toBeVisible();
        await page.evaluate(() => document.fonts.ready);
        // Kept as artifacts: test-results/…/api-<width>.png (the whole page) and api-<width>-top.png (the first screen).
        await page.screenshot({ path: testInfo.outputPath(`api-${width}.png`), fullPage: true });
        await page.screenshot({ path: testInfo.outputPath(`api-${width}-top.png`) });
        const { scrollWidth, innerWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth }));
        expect(scrollWidth, `page scrolls sideways: ${scrollWidth}px of content in a ${innerWidth}px window`).toBeLessThanOrEqual(innerWidth);
        // Long code scrolls inside its own block instead.
        const widest = await page.locator(".api-code").evaluateAll((blocks) => Math.max(...blocks.map((b) => b.getBoundingClientRect().right)));
        expect(widest).toBeLessThanOrEqual(innerWidth);
      });
    });
  }
});
