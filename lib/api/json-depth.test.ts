import { describe, expect, it } from "vitest";
import { jsonNestingDepth } from "./json-depth";

describe("jsonNestingDepth", () => {
  it("counts the deepest nesting of arrays and objects", () => {
    expect(jsonNestingDepth("1")).toBe(0);
    expect(jsonNestingDepth('{"a":[1,{"b":[]}]}')).toBe(4);
    expect(jsonNestingDepth("[".repeat(65) + "]".repeat(65))).toBe(65);
  });

  it("ignores brackets inside strings, escaped quotes included", () => {
    expect(jsonNestingDepth('{"a":"[[[[{{{"}')).toBe(1);
    expect(jsonNestingDepth('["say \\"[[[\\" twice", "\\\\"]')).toBe(1);
  });
});
