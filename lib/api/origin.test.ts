import { describe, expect, it } from "vitest";
import { publicOrigin, servedOverHttps } from "./origin";

const FALLBACK = "http://localhost:3000";
const origin = (headers: Record<string, string>, env: Record<string, string> = {}) =>
  publicOrigin(new Headers(headers), FALLBACK, env as NodeJS.ProcessEnv);

describe("publicOrigin", () => {
  it("uses the host the client asked for, with the fallback's scheme", () => {
    expect(origin({ host: "127.0.0.1:3232" })).toBe("http://127.0.0.1:3232");
    expect(origin({ host: "timeline.example" })).toBe("http://timeline.example");
    expect(origin({ host: "[::1]:3000" })).toBe("http://[::1]:3000");
  });

  it("prefers a trusted proxy's forwarded host and scheme, first value of a list", () => {
    const trusted = { TRUST_PROXY: "1" };
    expect(origin({ host: "10.0.0.5:3000", "x-forwarded-host": "timeline.example, proxy.internal", "x-forwarded-proto": "https" }, trusted)).toBe(
      "https://timeline.example",
    );
    expect(origin({ host: "timeline.example", "x-forwarded-proto": "gopher" }, trusted)).toBe("http://timeline.example");
  });

  it("ignores X-Forwarded-* without TRUST_PROXY=1, since any client can send them", () => {
    expect(origin({ host: "10.0.0.5:3000", "x-forwarded-host": "evil.example", "x-forwarded-proto": "https" })).toBe("http://10.0.0.5:3000");
    expect(origin({ host: "10.0.0.5:3000", "x-forwarded-host": "evil.example" }, { TRUST_PROXY: "true" })).toBe("http://10.0.0.5:3000");
  });

  it("knows https from a trusted proxy or an https SITE_URL, never from the client's word", () => {
    const https = (headers: Record<string, string>, env: Record<string, string>) => servedOverHttps(new Headers(headers), env);
    expect(https({ "x-forwarded-proto": "https" }, {})).toBe(false);
    expect(https({ "x-forwarded-proto": "https, http" }, { TRUST_PROXY: "1" })).toBe(true);
    expect(https({ "x-forwarded-proto": "http" }, { TRUST_PROXY: "1" })).toBe(false);
    expect(https({}, { SITE_URL: "https://timeline.example" })).toBe(true);
    expect(https({}, { SITE_URL: "http://timeline.example" })).toBe(false);
  });

  it("prefers SITE_URL when the deployment sets it", () => {
    expect(origin({ host: "127.0.0.1:3232" }, { SITE_URL: "https://timeline.example/some/path" })).toBe("https://timeline.example");
  });

  it("falls back without a usable host", () => {
    expect(origin({})).toBe(FALLBACK);
    expect(origin({ host: "evil.example/path?x" })).toBe(FALLBACK);
    expect(origin({ host: "a b" })).toBe(FALLBACK);
  });
});
