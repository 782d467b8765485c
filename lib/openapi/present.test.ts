import { describe, expect, it } from "vitest";
import { OPERATIONS } from "./document";
import { curlCommand, describeSchema } from "./present";

const operation = (method: string, path: string) => OPERATIONS.find((o) => o.method === method && o.path === path)!;

describe("the reference's example requests", () => {
  it("reads need no credentials", () => {
    expect(curlCommand(operation("get", "/api/events"), "https://pt.example")).toBe("curl 'https://pt.example/api/events?country=CN&limit=1'");
  });

  it("writes send a token and the body from body.json; session-only ones the cookie and the site's Origin", () => {
    expect(curlCommand(operation("post", "/api/events"), "https://pt.example").split(" \\\n  ")).toEqual([
      "curl -X POST 'https://pt.example/api/events'",
      `-H "Authorization: Bearer $POLICY_TIMELINE_TOKEN"`,
      "-H 'Content-Type: application/json'",
      "--data @body.json",
    ]);
    const tokens = curlCommand(operation("post", "/api/tokens"), "https://pt.example");
    expect(tokens).toContain("-b 'better-auth.session_token=…'");
    expect(tokens).toContain("-H 'Origin: https://pt.example'");
    expect(tokens).not.toContain("Bearer");
  });
});

describe("parameter values in words", () => {
  it("names lists, choices, ranges and defaults", () => {
    expect(describeSchema({ type: "array", items: { type: "string", enum: ["a", "b"] } })).toBe("list of a | b");
    expect(describeSchema({ type: "integer", minimum: 1, maximum: 1000, default: 500 })).toBe("integer 1–1000 (default 500)");
    expect(describeSchema({ type: "string", maxLength: 200 })).toBe("string ≤ 200 characters");
  });
});
