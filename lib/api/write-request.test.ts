import { describe, expect, it } from "vitest";
import { HttpError } from "./http-error";
import { assertSameOrigin, parseJsonText, readBodyText } from "./write-request";

const request = (headers: Record<string, string>, body?: string) =>
  new Request("http://127.0.0.1:3000/api/events", { method: "POST", headers: { host: "127.0.0.1:3000", ...headers }, body });

const status = (work: () => unknown) => {
  try {
    work();
  } catch (error) {
    return error instanceof HttpError ? error.status : "not an HttpError";
  }
  return "no error";
};

describe("assertSameOrigin (CSRF for cookie-authenticated writes)", () => {
  it("lets the site's own pages write", () => {
    expect(status(() => assertSameOrigin(request({ origin: "http://127.0.0.1:3000", "sec-fetch-site": "same-origin" })))).toBe("no error");
    expect(status(() => assertSameOrigin(request({ origin: "http://127.0.0.1:3000" })))).toBe("no error");
  });

  it("refuses another site, a sibling site and a request that says nothing of where it comes from", () => {
    expect(status(() => assertSameOrigin(request({ origin: "https://attacker.example", "sec-fetch-site": "cross-site" })))).toBe(403);
    expect(status(() => assertSameOrigin(request({ "sec-fetch-site": "same-site" })))).toBe(403);
    expect(status(() => assertSameOrigin(request({ origin: "https://attacker.example" })))).toBe(403);
    expect(status(() => assertSameOrigin(request({})))).toBe(403);
  });
});

describe("body limits", () => {
  it("refuses a body over the limit with 413, whatever Content-Length claims", async () => {
    await expect(readBodyText(request({}, "x".repeat(101)), 100)).rejects.toMatchObject({ status: 413 });
    await expect(readBodyText(request({ "content-length": "999999999" }, "x"), 100)).rejects.toMatchObject({ status: 413 });
    await expect(readBodyText(request({}, "x".repeat(100)), 100)).resolves.toHaveLength(100);
  });

  it("refuses malformed JSON and JSON nested deeper than 64 levels with 400", () => {
    expect(status(() => parseJsonText("{"))).toBe(400);
    expect(status(() => parseJsonText("[".repeat(65) + "]".repeat(65)))).toBe(400);
    expect(parseJsonText("[".repeat(64) + "]".repeat(64))).toBeInstanceOf(Array);
  });
});
