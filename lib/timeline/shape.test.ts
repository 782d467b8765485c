import { describe, expect, it } from "vitest";
import { PRECISIONS } from "@/lib/dates/precision";
import { markShape } from "./shape";

describe("markShape", () => {
  it("draws each precision", () => {
    expect(markShape("day")).toBe("point");
    expect(markShape("by")).toBe("deadline");
    expect(markShape("approximate")).toBe("approximate");
    expect(markShape("month")).toBe("band");
    expect(markShape("quarter")).toBe("band");
    expect(markShape("year")).toBe("band");
    expect(markShape("fiscal-year")).toBe("band");
  });

  it("has a shape for every precision", () => {
    for (const p of PRECISIONS) expect(["point", "band", "approximate", "deadline"]).toContain(markShape(p));
  });
});
