import { afterEach, describe, expect, it } from "vitest";
import { emptyFilters } from "@/lib/url/filters";
import { HttpError } from "./http-error";
import { allowSearch, clientKey } from "./search-limit";

const search = { ...emptyFilters(), q: "budget" };
const refusal = (promise: Promise<void>) => promise.then(() => null, (error: unknown) => error);

describe("the search rate limit", () => {
  afterEach(() => {
    delete process.env.SEARCH_RATE_LIMIT;
  });

  it("allows a client its searches a minute, then answers 429 with Retry-After; other clients and plain reads are not held", async () => {
    process.env.SEARCH_RATE_LIMIT = "5";
    for (let i = 0; i < 5; i++) await allowSearch(search, "198.51.100.1");
    const error = await refusal(allowSearch(search, "198.51.100.1"));
    expect(error).toBeInstanceOf(HttpError);
    expect((error as HttpError).status).toBe(429);
    expect((error as HttpError).message).toMatch(/5 a minute/);
    expect(Number((error as HttpError).headers["Retry-After"])).toBeGreaterThanOrEqual(1);
    await allowSearch(search, "198.51.100.2");
    await allowSearch(emptyFilters(), "198.51.100.1");
  });

  it("is off with SEARCH_RATE_LIMIT=0, and refuses a value that is not a count", async () => {
    process.env.SEARCH_RATE_LIMIT = "0";
    for (let i = 0; i < 500; i++) await allowSearch(search, "198.51.100.3");
    process.env.SEARCH_RATE_LIMIT = "lots";
    await expect(allowSearch(search, "198.51.100.3")).rejects.toThrow(/SEARCH_RATE_LIMIT must be a whole number/);
  });

  it("keys a client by the first forwarded address behind a trusted proxy, by the whole header otherwise", () => {
    expect(clientKey("203.0.113.9, 10.0.0.1", { TRUST_PROXY: "1" })).toBe("203.0.113.9");
    expect(clientKey("203.0.113.9, 10.0.0.1", {})).toBe("203.0.113.9, 10.0.0.1");
    expect(clientKey(null, {})).toBe("unknown");
  });
});
