import { describe, expect, it } from "vitest";
import { decodeCursor, encodeCursor, parsePaging } from "./page-cursor";

describe("page cursors", () => {
  it("round-trips the last event's keys through an opaque URL-safe token", () => {
    const cursor = { start: "2025-10-29", end: "2025-10-29", slug: "japan-us-defense-ministers-meeting-2025-10-29" };
    const token = encodeCursor(cursor);
    expect(token).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(token)).toEqual(cursor);
  });

  it("round-trips a search page's place and last hit", () => {
    const token = encodeCursor({ position: 499, id: 1234 });
    expect(decodeCursor(token)).toEqual({ position: 499, id: 1234 });
  });

  it.each(["", "not base64!", Buffer.from('["rank",-1,3]').toString("base64url"), Buffer.from('["rank",1,"x"]').toString("base64url"), Buffer.from("[1,2,3]").toString("base64url"), Buffer.from('["2025-13-01","2025-10-29","a"]').toString("base64url"), Buffer.from('["2025-10-29","2025-10-29","Not A Slug"]').toString("base64url")])(
    "refuses %j",
    (token) => expect(decodeCursor(token)).toBeNull(),
  );

  it("reads limit 1–1,000 (default 500) and reports a bad limit or cursor", () => {
    expect(parsePaging(new URLSearchParams())).toEqual({ limit: 500, cursor: undefined, issues: [] });
    expect(parsePaging(new URLSearchParams("limit=1000")).limit).toBe(1000);
    expect(parsePaging(new URLSearchParams("limit=0&cursor=zz")).issues.map((i) => i.parameter)).toEqual(["limit", "cursor"]);
    expect(parsePaging(new URLSearchParams("limit=1001")).issues[0].message).toBe("limit must be a whole number from 1 to 1000");
    expect(parsePaging(new URLSearchParams("limit=2.5")).issues).toHaveLength(1);
  });
});
