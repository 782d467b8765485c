import { describe, expect, it } from "vitest";
import { publicOrigin } from "./origin";

const FALLBACK = "http://localhost:3000";
const origin = (headers: Record<string, string>, env: Record<string, string> = {}) =>
  publicOrigin(new Headers(headers), FALLBACK, env as NodeJS.ProcessEnv);

describe("publicOrigin", () => {
  it("uses the host the client asked for, with the fallback's scheme", () => {
    expect(origin({ host: "127.0.0.1:3232" })).toBe("http://127.0.0.1:3232");
    expect(origin({ host: "timeline.example" })).toBe("http://timeline.example");
    expect(origin({ host: "[::1]:3000" })).toBe("http://[::1]:3000");
  });

  it("prefers a proxy's forwarded host and scheme, first value of a list", () => {
    expect(origin({ host: "10.0.0.5:3000", "x-forwarded-host": "timeline.example, proxy.internal", "x-forwarded-proto": "https" })).toBe(
      "https://timeline.example",
    );
    expect(origin({ host: "timeline.example", "x-forwarded-proto": "gopher" })).toBe("http://timeline.example");
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
