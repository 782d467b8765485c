import { request as httpRequest } from "node:http";
import { MEETING } from "./seed";
import { expect, test } from "./test";

const common = {
  "x-content-type-options": "nosniff",
  "referrer-policy": "strict-origin-when-cross-origin",
  "cross-origin-opener-policy": "same-origin",
};

/** One raw request (Playwright's and fetch's clients refuse TRACE themselves), answered with its status, headers and body. */
function rawRequest(url: string, method: string): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(url, { method }, (response) => {
      let body = "";
      response.setEncoding("utf8");
      response.on("data", (chunk: string) => (body += chunk));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body }));
    });
    request.on("error", reject);
    request.end();
  });
}

test("TRACE gets a 405 with the methods allowed, on pages and API routes alike, and the server goes on answering", async ({ baseURL, request }) => {
  for (const path of ["/", "/api/events", `/events/${MEETING.slug}`]) {
    const answer = await rawRequest(`${baseURL}${path}`, "TRACE");
    expect(answer.status, path).toBe(405);
    expect(answer.headers.allow).toContain("GET");
    expect(answer.headers["x-content-type-options"]).toBe("nosniff");
    expect(JSON.parse(answer.body).error).toMatch(/TRACE is not allowed/);
  }
  expect((await request.get("/api/events?limit=1")).status()).toBe(200);
});

test.describe("security headers", () => {
  test("pages carry a nonce-based policy with a fresh nonce each time, and the nonce is on the page's scripts", async ({ request, page }) => {
    const policies: string[] = [];
    for (const path of ["/", `/events/${MEETING.slug}`, "/deadlines", "/login", "/no-such-page"]) {
      const response = await request.get(path);
      const headers = response.headers();
      expect(headers, path).toMatchObject({ ...common, "x-frame-options": "SAMEORIGIN" });
      expect(headers["permissions-policy"], path).toContain("camera=()");
      const policy = headers["content-security-policy"];
      expect(policy, path).toMatch(/script-src 'nonce-[A-Za-z0-9+/]{22}==' 'strict-dynamic'/);
      for (const directive of ["object-src 'none'", "base-uri 'none'", "form-action 'self'", "frame-ancestors 'self'"]) expect(policy, path).toContain(directive);
      expect(headers["strict-transport-security"], "no HSTS over plain http").toBeUndefined();
      policies.push(policy);
    }
    expect(new Set(policies).size).toBe(policies.length);

    const response = await page.goto("/");
    const nonce = /'nonce-([^']+)'/.exec(response!.headers()["content-security-policy"])![1];
    const scripts = await page.locator("script").evaluateAll((elements) => elements.map((e) => (e as HTMLScriptElement).nonce));
    expect(scripts.length).toBeGreaterThan(1);
    for (const scriptNonce of scripts) expect(scriptNonce).toBe(nonce);
    await expect(page.getByTestId("window-label")).toContainText("in view");
  });

  test("API answers, downloads and build files carry the headers too, with a policy that allows nothing", async ({ request, page }) => {
    await page.goto("/");
    const chunk = await page.locator("script[src^='/_next/static/']").first().getAttribute("src");
    for (const path of ["/api/events?country=JP", "/api/timeline", "/api/events?format=csv", "/api/events?from=bad", "/icon.svg", chunk!]) {
      const response = await request.get(path);
      expect(response.headers(), path).toMatchObject(common);
      expect(response.headers()["content-security-policy"], path).toMatch(path.startsWith("/api/") || path.startsWith("/_next/") ? /^default-src 'none'/ : /script-src 'nonce-/);
    }
  });

  test("a page may be framed only by the site itself, and an ?embed=1 view by any site", async ({ page, baseURL, cspViolations }) => {
    const embed = await page.request.get("/?embed=1&country=CN");
    expect(embed.headers()["content-security-policy"]).toContain("script-src 'nonce-");
    expect(embed.headers()["content-security-policy"]).not.toContain("frame-ancestors");
    expect(embed.headers()["x-frame-options"]).toBeUndefined();

    await page.setContent(`<iframe title="Framed timeline" src="${baseURL}/?country=CN" width="900" height="700"></iframe>`);
    await expect.poll(() => cspViolations.some((v) => v.includes("frame-ancestors"))).toBe(true);
    await expect(page.frameLocator("iframe").getByTestId("result-count")).toHaveCount(0);
    // The refusal was the point here; any other violation still fails the test.
    cspViolations.splice(0, cspViolations.length, ...cspViolations.filter((v) => !v.includes("frame-ancestors")));
  });

  test("a client's X-Forwarded-* headers switch nothing on without TRUST_PROXY=1", async ({ request }) => {
    // The e2e server does not set TRUST_PROXY (lib/api/origin.test.ts covers a server that does).
    const response = await request.get("/", { headers: { "X-Forwarded-Proto": "https", "X-Forwarded-Host": "evil.example" } });
    expect(response.headers()["strict-transport-security"]).toBeUndefined();
    const ics = await request.get(`/api/events/${MEETING.slug}/ics`, { headers: { "X-Forwarded-Proto": "https", "X-Forwarded-Host": "evil.example" } });
    expect(await ics.text()).not.toContain("evil.example");
  });
});

test.describe("search rate limit", () => {
  test.use({ timezoneId: "Pacific/Auckland" });

  test("a client past its searches a minute gets 429 from the API and a readable notice on the page", async ({ request, page }, testInfo) => {
    // Its own client key (the e2e server trusts no proxy, so the header as sent is the key).
    const client = { "X-Forwarded-For": `203.0.113.${Date.now() % 200}` };
    const statuses: number[] = [];
    for (let i = 0; i < 125; i++) statuses.push((await request.get(`/api/events?q=budget${i % 5}&limit=1`, { headers: client })).status());
    expect(statuses.slice(0, 120).every((s) => s === 200)).toBe(true);
    expect(statuses.slice(120)).toEqual([429, 429, 429, 429, 429]);
    const refused = await request.get("/api/events?q=budget&limit=1", { headers: client });
    expect(refused.status()).toBe(429);
    expect(Number(refused.headers()["retry-after"])).toBeGreaterThanOrEqual(1);
    expect((await refused.json()).error).toMatch(/Too many searches: 120 a minute/);
    // Reading without q is never held back.
    expect((await request.get("/api/events?country=JP&limit=1", { headers: client })).status()).toBe(200);

    await page.setExtraHTTPHeaders(client);
    await page.goto("/?q=budget");
    await expect(page.getByTestId("search-refused")).toContainText("Try again in");
    for (const width of [1440, 390]) {
      await page.setViewportSize({ width, height: 900 });
      await page.screenshot({ path: testInfo.outputPath(`search-refused-${width}.png`), fullPage: true });
    }
    await page.goto("/?country=JP");
    await expect(page.getByTestId("result-count")).toBeVisible();
  });
});

test.describe("posts to pages", () => {
  test("a POST to a page that is none of its forms is a 4xx with a JSON message, not a 500", async ({ request }) => {
    const json = await request.post("/", { data: { a: 1 } });
    expect(json.status()).toBe(405);
    expect(json.headers()["allow"]).toBe("GET, HEAD");
    expect((await json.json()).error).toMatch(/GET and HEAD/);
    expect(json.headers()["x-content-type-options"]).toBe("nosniff");
    const broken = await request.post("/targets", { headers: { "Content-Type": "multipart/form-data; boundary=x" }, data: "not a multipart body" });
    expect(broken.status()).toBe(400);
    const noAction = await request.post("/deadlines", { multipart: { name: "value" } });
    expect(noAction.status()).toBe(405);
  });
});
